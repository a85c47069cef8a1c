import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO, expectAccessible, launch, signIn, startSamsyn } from './harness.js';
import type { Running } from '../src/app/start.js';
import { readDocx } from '../src/documents/read-back.js';

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/**
 * A coordinator runs a gender review in the browser: a new review, a document of the steering chain,
 * ratings chosen by keyboard in the matrix, the summary, the report downloaded and read back, axe
 * clean, and nothing sideways at 320 px (the matrix becomes a list there).
 */
describe('gender review of governing documents in the browser', () => {
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
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  it('creates a review, adds a document, rates it by keyboard and sees the summary', async () => {
    await page.goto(`${url}/gender-reviews`);
    await page.getByRole('heading', { name: 'Jämställdhetsgranskning av styrdokument', level: 1 }).waitFor();
    await expectAccessible(page, 'the list of reviews');
    await page.getByRole('link', { name: 'Ny granskning' }).click();
    await page.getByRole('textbox', { name: 'Rubrik' }).fill('Granskning av styrdokument 2026');
    await page.getByRole('combobox', { name: 'Organisation' }).selectOption({ label: 'Region Jämtland Härjedalen' });
    await expectAccessible(page, 'the new review form');
    await page.getByRole('button', { name: 'Skapa granskning' }).click();
    await page.getByRole('heading', { name: 'Granskning av styrdokument 2026', level: 1 }).waitFor();

    await page.getByRole('button', { name: 'Lägg till dokument' }).click();
    await page.getByRole('textbox', { name: 'Dokumentets namn' }).fill('Regional utvecklingsstrategi 2030');
    await page.getByRole('textbox', { name: 'Antaget av' }).fill('Regionfullmäktige');
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await page.getByRole('link', { name: 'Regional utvecklingsstrategi 2030' }).waitFor();
    await expectAccessible(page, 'the review’s documents');

    await page.getByRole('tab', { name: 'Översikt' }).click();
    const first = page.getByRole('combobox', {
      name: 'Regional utvecklingsstrategi 2030: 1. En jämn fördelning av makt och inflytande',
    });
    await first.focus();
    // A native select: the arrow key picks the next choice ("Tydligt") and the change is saved.
    await page.keyboard.press('ArrowDown');
    await page
      .getByTestId('review-result')
      .getByText(/1 tydliga/)
      .waitFor();
    const second = page.getByRole('combobox', {
      name: 'Regional utvecklingsstrategi 2030: 2. Ekonomisk jämställdhet',
    });
    await second.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page
      .getByTestId('review-result')
      .getByText(/1 tydliga, 1 delvis, 0 saknas, 13 ej bedömda/)
      .waitFor();
    const summary = page.getByRole('table', { name: 'Antal bedömningar per dokument' });
    await summary.getByRole('rowheader', { name: 'Regional utvecklingsstrategi 2030' }).waitFor();
    await expectAccessible(page, 'the matrix');
    await page.screenshot({ path: '/tmp/h4-matrix.png', fullPage: true });

    // The document's own page: a quote with its page reference on the first criterion.
    await page.getByRole('tab', { name: 'Dokument' }).click();
    await page.getByRole('link', { name: 'Regional utvecklingsstrategi 2030' }).click();
    await page.getByRole('heading', { name: 'Regional utvecklingsstrategi 2030', level: 1 }).waitFor();
    const criterion = page.getByRole('region', { name: '1. En jämn fördelning av makt och inflytande' });
    await criterion.getByRole('button', { name: 'Lägg till citat' }).click();
    await criterion.getByRole('textbox', { name: 'Citat 1' }).fill('Kvinnor och män ska ha samma makt');
    await criterion.getByRole('textbox', { name: 'Sida 1' }).fill('12');
    await criterion.getByRole('button', { name: 'Spara bedömningen' }).click();
    await criterion.getByText('Bedömningen är sparad.').waitFor();
    await expectAccessible(page, 'the document’s review');
    await page.getByRole('link', { name: /Till granskningen/ }).click();

    await page.getByRole('tab', { name: 'Rapport' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ladda ner som Word' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^jämställdhetsgranskning-region-jämtland-härjedalen-\d{4}\.docx$/);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const word = await readDocx(await readFile(path!));
    expect(word.text).toContain('Regional utvecklingsstrategi 2030');
    expect(word.text).toContain('Granskningens resultat');
    expect(word.text).toContain('”Kvinnor och män ska ha samma makt” (s. 12)');
    await expectAccessible(page, 'the report tab');
  });

  it('reflows at 320 px: the matrix as a list, nothing scrolls sideways, still axe clean', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.getByRole('tab', { name: 'Översikt' }).click();
    await page.getByRole('combobox', { name: '1. En jämn fördelning av makt och inflytande' }).first().waitFor();
    await expect.poll(() => overflow(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'the matrix at 320 px');
    await page.screenshot({ path: '/tmp/h4-matrix-320.png', fullPage: true });
    await page.getByRole('tab', { name: 'Dokument' }).click();
    await page.getByRole('link', { name: 'Regional utvecklingsstrategi 2030' }).click();
    await page.getByRole('heading', { name: 'Regional utvecklingsstrategi 2030', level: 1 }).waitFor();
    await expect.poll(() => overflow(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'the document’s review at 320 px');
    await page.goto(`${url}/gender-reviews`);
    await page.getByRole('heading', { name: 'Jämställdhetsgranskning av styrdokument', level: 1 }).waitFor();
    await expect.poll(() => overflow(page)).toBeLessThanOrEqual(0);
  });

  it('takes back what was added by mistake: renames and removes an own criterion, removes a document, each confirmed', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('link', { name: 'Granskning av styrdokument 2026' }).click();
    await page.getByRole('heading', { name: 'Granskning av styrdokument 2026', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Lägg till dokument' }).click();
    await page.getByRole('textbox', { name: 'Dokumentets namn' }).fill('Felregistrerad plan');
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await page.getByRole('link', { name: 'Felregistrerad plan' }).waitFor();

    // An own criterion, rated "missing" on the strategy: the summary counts it.
    await page.getByRole('tab', { name: 'Översikt' }).click();
    await page.getByRole('button', { name: 'Lägg till eget kriterium' }).click();
    await page.getByRole('textbox', { name: 'Kriteriets namn (t.ex. HBTQI-perspektiv)' }).fill('Tillgänglighet');
    await page.getByRole('button', { name: 'Lägg till kriterium' }).click();
    await page
      .getByRole('combobox', { name: 'Regional utvecklingsstrategi 2030: Tillgänglighet' })
      .selectOption('missing');
    const result = page.getByTestId('review-result');
    await result.getByText(/1 tydliga, 1 delvis, 1 saknas/).waitFor();

    // Renamed in a dialog, by keyboard.
    await page.getByRole('button', { name: 'Byt namn på Tillgänglighet' }).press('Enter');
    const rename = page.getByRole('dialog', { name: 'Ändra kriteriet Tillgänglighet' });
    await rename
      .getByRole('textbox', { name: 'Kriteriets namn (t.ex. HBTQI-perspektiv)' })
      .fill('Tillgänglighet för alla');
    await expectAccessible(page, 'the dialog renaming an own criterion');
    await rename.getByRole('textbox', { name: 'Kriteriets namn (t.ex. HBTQI-perspektiv)' }).press('Enter');
    await rename.waitFor({ state: 'detached' });
    const own = page.getByRole('region', { name: 'Egna kriterier' });
    await own.getByText('Tillgänglighet för alla', { exact: true }).waitFor();

    // At 320 px the own criteria and the documents' remove buttons fit, nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 800 });
    await own.getByRole('button', { name: 'Ta bort kriteriet Tillgänglighet för alla' }).waitFor();
    await expect.poll(() => overflow(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'the own criteria at 320 px');
    await page.setViewportSize({ width: 1280, height: 900 });

    // Removed after the confirmation, with its rating: the summary no longer counts it.
    await own.getByRole('button', { name: 'Ta bort kriteriet Tillgänglighet för alla' }).press('Enter');
    const confirmCriterion = page.getByRole('dialog', { name: 'Ta bort kriteriet Tillgänglighet för alla' });
    await confirmCriterion.getByText(/tillsammans med dess 1 bedömning\./).waitFor();
    await expectAccessible(page, 'the confirmation removing an own criterion');
    await confirmCriterion.getByRole('button', { name: 'Bekräfta' }).press('Enter');
    await page.getByRole('status').getByText('Kriteriet ”Tillgänglighet för alla” är borttaget.').waitFor();
    await result.getByText(/1 tydliga, 1 delvis, 0 saknas/).waitFor();
    expect(await page.getByRole('combobox', { name: /Tillgänglighet/ }).count()).toBe(0);

    // A document: its remove button in the list of documents, the confirmation, then gone.
    await page.getByRole('tab', { name: 'Dokument' }).click();
    await page.getByRole('button', { name: 'Ta bort dokumentet Felregistrerad plan' }).click();
    const confirmDocument = page.getByRole('dialog', { name: 'Ta bort dokumentet Felregistrerad plan' });
    await confirmDocument.getByText(/Det går inte att ångra/).waitFor();
    await confirmDocument.getByRole('button', { name: 'Avbryt' }).click();
    await page.getByRole('link', { name: 'Felregistrerad plan' }).waitFor();
    await page.getByRole('button', { name: 'Ta bort dokumentet Felregistrerad plan' }).click();
    await confirmDocument.getByRole('button', { name: 'Bekräfta' }).click();
    const removed = page.getByRole('status').getByText('Dokumentet ”Felregistrerad plan” är borttaget.');
    await removed.waitFor();
    // The note takes the focus the removed row's button had.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Dokumentet ”Felregistrerad plan” är borttaget.',
    );
    expect(await page.getByRole('link', { name: 'Felregistrerad plan' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Regional utvecklingsstrategi 2030' }).waitFor();
    await expectAccessible(page, 'the documents after a removal');
  });
});
