import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import type { Browser, Page } from 'playwright-core';
import { DEMO, expectAccessible, launch, signIn, startSamsyn } from './harness.js';
import type { Running } from '../src/app/start.js';

/**
 * A newcomer takes an initiative through the four steps: creates it in the demo programme, rates a
 * RUS goal and an Agenda 2030 target, adds a missing actor, records a conflict and takes a position
 * on it, plans an action, finishes, and downloads the report in Word and PDF.
 */
describe('sustainability assurance in the browser', () => {
  let running: Running;
  let url: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ running, url } = await startSamsyn());
    browser = await launch();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await signIn(page, url, DEMO.coordinator);
  });
  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  const tab = (name: RegExp) => page.getByRole('tab', { name });
  const dialog = () => page.getByRole('dialog');
  /** Where the test went: the programme, the new initiative and its assessment. */
  const at = { programme: '', initiative: '', assessment: '' };

  /** Issue 10 item 10: no page scrolls sideways; wide tables are cards or scroll in their own region. */
  async function expectNoSidewaysScroll(what: string) {
    const { scroll, inner, widest } = await page.evaluate(() => {
      // The outermost elements that reach past the screen's right edge, to name in the failure.
      const inner = window.innerWidth;
      const out = [...document.querySelectorAll<HTMLElement>('body *')].filter(
        (el) => el.getBoundingClientRect().right > inner + 1 && !el.closest('[role="region"][tabindex="0"]'),
      );
      const outermost = out.filter((el) => !out.includes(el.parentElement as HTMLElement));
      const name = (el: HTMLElement) =>
        `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}` +
        ` (${Math.round(el.getBoundingClientRect().right)} px: ${(el.textContent ?? '').slice(0, 40)})`;
      return { scroll: document.documentElement.scrollWidth, inner, widest: outermost.slice(0, 3).map(name) };
    });
    expect(
      scroll,
      `${what} is ${scroll - inner} px wider than a ${inner} px screen: ${widest.join('; ')}`,
    ).toBeLessThanOrEqual(inner);
  }

  it('opens the programme with its overview of initiatives × goals', async () => {
    await page.getByRole('link', { name: 'Program' }).first().click();
    await page.getByRole('heading', { name: 'Program', level: 1 }).waitFor();
    await expectAccessible(page, 'programmes');
    await page.getByRole('link', { name: 'Regionalt serviceprogram Jämtland Härjedalen' }).click();
    await page.getByRole('heading', { name: 'Regionalt serviceprogram Jämtland Härjedalen', level: 1 }).waitFor();
    const overview = page.getByRole('table', { name: /Översikt över insatserna/ });
    await overview.getByText('Servicepunkter i glesbygd').waitFor();
    await expectAccessible(page, 'programme overview');
    at.programme = page.url();
    // On a desktop the overview shows all its columns: the last one is inside the window.
    const last = await overview.locator('thead th').last().boundingBox();
    const width = await page.evaluate(() => window.innerWidth);
    expect(last, 'the overview has a last column').not.toBeNull();
    expect(last!.x + last!.width).toBeLessThanOrEqual(width);
    await expectNoSidewaysScroll('the programme page at 1280 px');
  });

  it('creates an initiative and starts its assessment', async () => {
    await page.getByRole('button', { name: 'Ny insats' }).click();
    await page.getByRole('textbox', { name: 'Namn', exact: true }).fill('Laddinfrastruktur vid servicepunkter');
    await page.getByRole('checkbox', { name: 'Medborgare' }).check();
    await page.getByRole('checkbox', { name: 'Dela med länet' }).check();
    await expectAccessible(page, 'new initiative form');
    await page.getByRole('button', { name: 'Skapa insats' }).click();
    await page.getByRole('heading', { name: 'Laddinfrastruktur vid servicepunkter', level: 1 }).waitFor();
    await expectAccessible(page, 'initiative');
    at.initiative = page.url();
    await page.getByRole('button', { name: 'Starta bedömning' }).click();
    await page.getByRole('tablist', { name: 'Steg i hållbarhetssäkringen' }).waitFor();
    at.assessment = page.url().split('?')[0];
    await expectAccessible(page, 'assessment step 1');
  });

  it('step 1: rates a RUS goal and decides to continue', async () => {
    await page.getByRole('button', { name: /^Bedöm C\.1 / }).click();
    await dialog().getByRole('radio', { name: 'Både positiv och negativ' }).check();
    await dialog()
      .getByRole('textbox', { name: /Motivering/ })
      .fill('Mer laddning men ökad elanvändning');
    await expectAccessible(page, 'impact dialog');
    await dialog().getByRole('button', { name: 'Spara bedömning' }).click();
    await page.getByRole('button', { name: /^Ändra bedömning C\.1 / }).waitFor();
    await page.getByRole('radio', { name: 'Fortsätt' }).check();
    await page
      .getByRole('textbox', { name: /Motivering/ })
      .last()
      .fill('Går i linje med RUS');
    await page.getByRole('button', { name: 'Spara beslut efter steg 1' }).click();
    await tab(/Steg 1 RUS-säkra ✓/).waitFor();
  });

  it('step 2: finds an Agenda 2030 target by search and rates it', async () => {
    await tab(/^Steg 2 Hållbarhetssäkra/).click();
    await page
      .getByRole('searchbox', { name: 'Sök mål eller delmål' })
      .or(page.getByRole('textbox', { name: 'Sök mål eller delmål' }))
      .fill('förnybar energi');
    await page.getByRole('button', { name: /^Bedöm 7\.2 / }).click();
    await dialog().getByRole('radio', { name: 'Positiv', exact: true }).check();
    await dialog().getByRole('radio', { name: 'Direkt', exact: true }).check();
    await dialog()
      .getByRole('textbox', { name: /Motivering/ })
      .fill('Solceller och laddning ökar andelen förnybar energi');
    await dialog().getByRole('button', { name: 'Spara bedömning' }).click();
    await page.getByRole('button', { name: /^Ändra bedömning 7\.2 / }).waitFor();
    await page.getByRole('img', { name: /./ }).first().waitFor();
    await expectAccessible(page, 'assessment step 2');
  });

  it('fits a phone: no page scrolls sideways at 320 and 390 px', async () => {
    try {
      await onPhones();
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${at.assessment}?tab=step2`);
      await tab(/^Steg 2 Hållbarhetssäkra/).waitFor();
    }
  });

  async function onPhones() {
    for (const width of [320, 390]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(at.programme);
      await page.getByRole('heading', { name: 'Regionalt serviceprogram Jämtland Härjedalen', level: 1 }).waitFor();
      await page.getByText('Servicepunkter i glesbygd').first().waitFor();
      await page.getByText('Laddinfrastruktur vid servicepunkter').first().waitFor();
      await expectNoSidewaysScroll(`the programme page with its overview at ${width} px`);
      await page.getByRole('button', { name: 'Ny insats' }).click();
      await page.getByRole('textbox', { name: 'Namn', exact: true }).waitFor();
      await expectNoSidewaysScroll(`the programme page with the new initiative form at ${width} px`);

      await page.goto(at.initiative);
      await page.getByRole('heading', { name: 'Laddinfrastruktur vid servicepunkter', level: 1 }).waitFor();
      await expectNoSidewaysScroll(`an initiative at ${width} px`);

      await page.goto(`${at.assessment}?tab=step2`);
      await page
        .getByRole('button', { name: /^Redigera 7\.2 / })
        .first()
        .waitFor();
      await expectNoSidewaysScroll(`an assessment's step 2 while editing at ${width} px`);
      await page.getByRole('searchbox', { name: 'Sök mål eller delmål' }).fill('energi');
      await page.getByRole('button', { name: /^Bedöm 7\.1 / }).waitFor();
      await expectNoSidewaysScroll(`an assessment's step 2 with search hits at ${width} px`);
      await page.getByRole('button', { name: /^Bedöm 7\.1 / }).click();
      await dialog().getByRole('button', { name: 'Spara bedömning' }).waitFor();
      await expectNoSidewaysScroll(`the rating dialog at ${width} px`);
      await dialog().getByRole('button', { name: 'Avbryt' }).click();
    }
  }

  it('step 3: adds an actor who is missing but should be here', async () => {
    await tab(/^Steg 3 Aktörssäkra/).click();
    await page.getByRole('button', { name: 'Lägg till aktör' }).click();
    await dialog()
      .getByRole('textbox', { name: /^Namn på aktör/ })
      .fill('Elnätsbolaget');
    await dialog().getByRole('radio', { name: 'Saknas men borde vara med' }).check();
    await dialog()
      .getByRole('combobox', { name: /Makt och inflytande/ })
      .selectOption('5');
    await dialog()
      .getByRole('combobox', { name: /^Intresse/ })
      .selectOption('2');
    await expectAccessible(page, 'actor dialog');
    await dialog().getByRole('button', { name: 'Spara aktör' }).click();
    await page.getByRole('table').getByText('Elnätsbolaget').first().waitFor();
    await expectAccessible(page, 'assessment step 3');
  });

  it('records a goal conflict and takes a position on it', async () => {
    await tab(/^Målkonflikter/).click();
    await page.getByRole('button', { name: 'Ny målkonflikt' }).click();
    await dialog()
      .getByRole('radiogroup', { name: /Sida A är/ })
      .getByRole('radio', { name: 'Fritext' })
      .check();
    await dialog()
      .getByRole('textbox', { name: /Intresse för sida A/ })
      .fill('Tillgänglig laddning i glesbygd');
    await dialog()
      .getByRole('radiogroup', { name: /Sida B är/ })
      .getByRole('radio', { name: 'Fritext' })
      .check();
    await dialog()
      .getByRole('textbox', { name: /Intresse för sida B/ })
      .fill('Elnätets kapacitet');
    await dialog().getByRole('button', { name: 'Spara målkonflikt' }).click();
    await page.getByRole('button', { name: /^Ta ställning: / }).click();
    await dialog()
      .getByRole('textbox', { name: /^Ställningstagande/ })
      .fill('Laddning prioriteras där nätet räcker; övriga platser i etapp 2.');
    await dialog()
      .getByRole('textbox', { name: /^Datum/ })
      .fill('2026-11-20');
    await dialog()
      .getByRole('textbox', { name: /^Diarienummer/ })
      .fill('RUN/301/2026');
    await expectAccessible(page, 'position dialog');
    await dialog().getByRole('button', { name: 'Spara ställningstagande' }).click();
    await page.getByText('RUN/301/2026').first().waitFor();
    await expectAccessible(page, 'conflicts');
  });

  it('step 4: plans an action that answers the conflict', async () => {
    await tab(/^Steg 4 Åtgärder/).click();
    await page.getByRole('button', { name: 'Lägg till åtgärd' }).click();
    await dialog()
      .getByRole('textbox', { name: /^Åtgärd/ })
      .fill('Kartlägg nätkapaciteten vid servicepunkterna');
    await dialog()
      .getByRole('combobox', { name: /Svarar på \(typ\)/ })
      .selectOption({ index: 2 });
    await dialog()
      .getByRole('combobox', { name: /^Svarar på$|^Svarar på \*/ })
      .selectOption({ index: 1 });
    await dialog()
      .getByLabel(/^Ansvarig organisation/)
      .fill('Region Jämt');
    await page.getByRole('listbox').getByRole('option', { name: 'Region Jämtland Härjedalen' }).click();
    await dialog()
      .getByRole('textbox', { name: /^Slutdatum/ })
      .fill('2027-06-30');
    await dialog().getByRole('button', { name: 'Spara åtgärd' }).click();
    await page.getByRole('table').getByText('Kartlägg nätkapaciteten vid servicepunkterna').waitFor();
    await expectAccessible(page, 'assessment step 4');
  });

  it('finishes the assessment and downloads the report in Word and PDF', async () => {
    await tab(/^Sammanfattning/).click();
    await expectAccessible(page, 'summary');
    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ladda ner rapport (Word)' }).click(),
    ]);
    const zip = await JSZip.loadAsync(await readFile((await docx.path())!));
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain('Laddinfrastruktur vid servicepunkter');
    expect(text).toContain('Laddning prioriteras där nätet räcker');
    expect(text).toContain('Kartlägg nätkapaciteten vid servicepunkterna');
    expect(text).toContain('Elnätsbolaget');

    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ladda ner rapport (PDF)' }).click(),
    ]);
    const doc = await getDocumentProxy(new Uint8Array(await readFile((await pdf.path())!)));
    const flat = (await extractText(doc, { mergePages: true })).text.replace(/\s+/g, '');
    expect(flat).toContain('Laddinfrastrukturvidservicepunkter');
    expect(flat).toContain('RUN/301/2026');
    expect(flat).toContain('Steg4');

    await page.getByRole('button', { name: 'Avsluta bedömningen' }).click();
    await page.getByRole('button', { name: 'Bekräfta' }).click();
    await page.getByText('Bedömningen är avslutad').first().waitFor();
    await expectAccessible(page, 'finished assessment');
  });
});
