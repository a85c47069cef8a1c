import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import PDFDocument from 'pdfkit';
import type { Browser, Page } from 'playwright-core';
import { DEMO, expectAccessible, launch, signIn, startSamsyn } from './harness.js';
import type { Running } from '../src/app/start.js';

/** A small real PDF (pdfkit), as a secretary would upload a tjänsteskrivelse. */
function smallPdf(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(14).text('Tjänsteskrivelse: Svar på motion om Tillgänglighets- och jämställdhetskartan');
    doc.end();
  });
}

/** A secretary registers a motion, uploads its beslutsunderlag, raises it to the council and reads its history. */
describe('cases (ärenden) in the browser', () => {
  let running: Running;
  let url: string;
  let browser: Browser;
  let page: Page;
  let caseUrl = '';
  // Not one of the demo's numbers (seed 003 has RS/333/2015 and RS/881/2015, seed 004 RS/1020/2018).
  const NUMBER = 'RS/412/2016';
  const TITLE = 'Svar på motion om en gemensam karta för tillgänglighet';
  const H1 = `${NUMBER} ${TITLE}`;

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

  it('lists the cases and offers a new one to a coordinator', async () => {
    await page.getByRole('link', { name: 'Ärenden', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Ärenden', level: 1 }).waitFor();
    await page.getByRole('status').filter({ hasText: /träff/ }).first().waitFor();
    await expectAccessible(page, 'case list');
    await page.getByRole('link', { name: 'Nytt ärende' }).click();
    await page.getByRole('heading', { name: 'Nytt ärende', level: 1 }).waitFor();
  });

  it('registers a motion with its number, who made it and its first body', async () => {
    const form = page.getByRole('form', { name: 'Nytt ärende' });
    await form.getByRole('combobox', { name: 'Organisation' }).selectOption({ label: 'Region Jämtland Härjedalen' });
    await form.getByRole('radio', { name: 'Motion' }).check();
    await form.getByRole('textbox', { name: 'Serie' }).fill('RS');
    await form.getByRole('textbox', { name: 'År' }).fill('2016');
    await form.getByRole('textbox', { name: 'Löpnummer' }).fill('412');
    await form.getByRole('textbox', { name: 'Rubrik' }).fill(TITLE);
    await form.getByRole('textbox', { name: 'Väckt av' }).fill('Berit Johansson');
    await form.getByRole('textbox', { name: 'Parti' }).fill('C');
    await form.getByLabel('Väckt den').fill('2016-03-01');
    await form.getByRole('combobox', { name: 'Första organ' }).selectOption({ label: 'FoU-rådet' });
    await form.getByRole('combobox', { name: 'Steg' }).selectOption({ label: 'Beredning' });
    await expectAccessible(page, 'new case');
    await form.getByRole('button', { name: 'Registrera ärendet' }).click();
    await page.getByRole('heading', { name: H1, level: 1 }).waitFor();
    caseUrl = page.url();
    // Made in 2016 and not decided: flagged (Kommunallagen 5 kap. 35 §).
    await page.getByText('Ej beslutad inom ett år (senast 2017-03-01)').first().waitFor();
    const steps = page.getByRole('table', { name: `Ärendets gång för ${NUMBER}` });
    await steps.getByRole('link', { name: 'FoU-rådet' }).waitFor();
    expect(await steps.textContent()).toContain('Beredning');
    await expectAccessible(page, 'case page');
  });

  it('uploads a PDF as beslutsunderlag, lists it and downloads the same bytes', async () => {
    const pdf = await smallPdf();
    const upload = page.getByRole('form', { name: 'Lägg till ett dokument' });
    await upload
      .getByLabel('Fil')
      .setInputFiles({ name: 'Tjänsteskrivelse.pdf', mimeType: 'application/pdf', buffer: pdf });
    // The title is taken from the file's name; the person may change it.
    expect(await upload.getByRole('textbox', { name: 'Rubrik' }).inputValue()).toBe('Tjänsteskrivelse');
    await upload.getByRole('button', { name: 'Ladda upp' }).click();
    await page.getByText('Dokumentet Tjänsteskrivelse har lagts till.').waitFor();
    const docs = page.getByRole('table', { name: `Beslutsunderlag för ${NUMBER}` });
    const link = docs.getByRole('link', { name: 'Tjänsteskrivelse' });
    await link.waitFor();
    expect(await docs.textContent()).toContain('Tjänsteskrivelse.pdf');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('Tjänsteskrivelse.pdf');
    expect(Buffer.compare(await readFile((await download.path())!), pdf)).toBe(0);
  });

  it('says in words when the server refuses a file that is not what it claims, and stores nothing', async () => {
    const upload = page.getByRole('form', { name: 'Lägg till ett dokument' });
    await upload
      .getByLabel('Fil')
      .setInputFiles({ name: 'Protokoll.pdf', mimeType: 'application/pdf', buffer: Buffer.from('inte en pdf') });
    await upload.getByRole('button', { name: 'Ladda upp' }).click();
    const alert = upload.getByRole('alert').filter({ hasText: 'Dokumentet togs inte emot' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Protokoll.pdf är inte den PDF-, Word- eller Excelfil');
    expect(await alert.textContent()).toContain('Inget har sparats.');
    await expectAccessible(page, 'refused upload');
    const docs = page.getByRole('table', { name: `Beslutsunderlag för ${NUMBER}` });
    expect(await docs.getByRole('link').count()).toBe(1);
    // A file that is no PDF, Word or Excel by its name is stopped before it is sent.
    await upload
      .getByLabel('Fil')
      .setInputFiles({ name: 'anteckning.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
    await upload.getByRole('button', { name: 'Ladda upp' }).click();
    await upload.getByText('Filen anteckning.txt är inte den PDF-, Word- eller Excelfil').waitFor();
  });

  it('raises the question to the council as a new step of the same case', async () => {
    await page.getByRole('button', { name: 'Lyft frågan till ett organ' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lyft frågan till ett organ' });
    await dialog.getByRole('combobox', { name: 'Organ' }).selectOption({ label: 'Regionens samverkansråd' });
    await dialog.getByRole('combobox', { name: 'Steg' }).selectOption({ label: 'Beslut' });
    await dialog
      .getByRole('textbox', { name: 'Anteckning' })
      .fill('Punkt 3: frågan lyfts till Regionens samverkansråd');
    await expectAccessible(page, 'add step dialog');
    await dialog.getByRole('button', { name: 'Lägg till steget' }).click();
    await dialog.waitFor({ state: 'detached' });
    const steps = page.getByRole('table', { name: `Ärendets gång för ${NUMBER}` });
    await steps.getByRole('link', { name: 'Regionens samverkansråd' }).waitFor();
    expect(await steps.getByRole('row').count()).toBe(3);
    expect(await steps.textContent()).toContain('Punkt 3: frågan lyfts till Regionens samverkansråd');
  });

  it('links the case to the agreement it concerns, named and linked to its page', async () => {
    const section = page.getByRole('region', { name: 'Vad ärendet gäller' });
    await section.getByText('Ärendet är inte kopplat till något annat i Samsyn.').waitFor();
    await section.getByRole('button', { name: 'Ändra kopplingar' }).click();
    const dialog = page.getByRole('dialog', { name: 'Vad ärendet gäller' });
    const bracke = dialog.getByRole('checkbox', { name: /Bräcke kommun$/ }).first();
    await bracke.check();
    await expectAccessible(page, 'concerns dialog');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'detached' });
    const link = section.getByRole('link', { name: /Bräcke kommun$/ });
    await link.waitFor();
    expect(await link.getAttribute('href')).toMatch(/^\/agreements\/[0-9a-f-]{36}$/);
    expect(await section.textContent()).toContain('Samverkansavtal:');
  });

  it('keeps my change when someone else saved first, and saves it on top of theirs', async () => {
    await page.getByRole('button', { name: 'Ändra ärendet' }).click();
    const dialog = page.getByRole('dialog', { name: `Ändra ärende ${NUMBER}` });
    await dialog.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Beslutat' });
    // Another secretary changes the description in the meantime.
    const status = await page.evaluate(async (href) => {
      const id = new URL(href).pathname.split('/').pop()!;
      const csrf = decodeURIComponent(document.cookie.match(/(?:^|;\s*)samsyn_csrf=([^;]*)/)?.[1] ?? '');
      const now = await (await fetch(`/api/cases/${id}`)).json();
      const res = await fetch(`/api/cases/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify({ version: now.version, description: 'Motionen från Berit Johansson (C).' }),
      });
      return res.status;
    }, caseUrl);
    expect(status).toBe(200);
    await dialog.getByRole('button', { name: 'Spara' }).click();
    const notice = dialog.getByRole('alert').filter({ hasText: 'Någon annan har ändrat uppgifterna' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Motionen från Berit Johansson (C).');
    await expectAccessible(page, 'stale notice');
    await notice.getByRole('button', { name: 'Spara mina ändringar ovanpå' }).click();
    await dialog.waitFor({ state: 'detached' });
    const facts = page.getByRole('region', { name: 'Uppgifter' });
    await facts.getByText('Beslutat').waitFor();
    await facts.getByText('Motionen från Berit Johansson (C).').waitFor();
    // Decided: no longer flagged.
    expect(await page.getByText('Ej beslutad inom ett år').count()).toBe(0);
  });

  it('shows the change history: registered, the document, the step and the edits', async () => {
    await page.getByRole('button', { name: 'Visa ändringshistorik' }).click();
    const drawer = page.getByRole('dialog', { name: 'Ändringshistorik' });
    await drawer.getByText('Beslutsunderlag').first().waitFor();
    const text = (await drawer.textContent()) ?? '';
    expect(text).toContain('Ärendets gång');
    expect(text).toContain('Beskrivning');
    expect(text).toContain('Status');
    // Registered, the document, the first step, the new step, the edits (theirs and mine, one person within a second).
    expect(await drawer.getByRole('listitem').count()).toBeGreaterThanOrEqual(4);
    await expectAccessible(page, 'case history');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
  });

  it('refuses the same registration number again, in words, with the way to the case that has it', async () => {
    await page.goto(`${url}/cases/new`);
    const form = page.getByRole('form', { name: 'Nytt ärende' });
    await form.getByRole('combobox', { name: 'Organisation' }).selectOption({ label: 'Region Jämtland Härjedalen' });
    await form.getByRole('textbox', { name: 'Serie' }).fill('RS');
    await form.getByRole('textbox', { name: 'År' }).fill('2016');
    await form.getByRole('textbox', { name: 'Löpnummer' }).fill('412');
    await form.getByRole('textbox', { name: 'Rubrik' }).fill('Ett annat ärende');
    await form.getByRole('button', { name: 'Registrera ärendet' }).click();
    await form.getByRole('alert').filter({ hasText: 'Diarienumret är redan använt i serien och året.' }).waitFor();
    await expectAccessible(page, 'duplicate registration number');
    await form.getByRole('link', { name: 'Öppna ärendet som redan har diarienumret' }).click();
    await page.getByRole('heading', { name: H1, level: 1 }).waitFor();
  });

  it('finds the case in the list by its number, kind and year', async () => {
    await page.getByRole('link', { name: 'Ärenden', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Ärenden', level: 1 }).waitFor();
    const table = page.getByRole('table', { name: 'Ärenden' });
    await page.getByRole('searchbox', { name: 'Sök på diarienummer eller rubrik' }).fill(NUMBER);
    await page.getByRole('status').filter({ hasText: '1 träff' }).waitFor();
    await table.getByRole('link', { name: NUMBER }).waitFor();
    expect(await table.getByRole('row').count()).toBe(2);
    expect(await table.textContent()).toContain('Motion');
    expect(await table.textContent()).toContain('Region Jämtland Härjedalen');
    await page.getByRole('combobox', { name: 'Typ' }).selectOption({ label: 'Ärende' });
    await page.getByText('Inga ärenden matchar sökningen.').waitFor();
    await page.getByRole('combobox', { name: 'Typ' }).selectOption({ label: 'Motion' });
    await page.getByRole('textbox', { name: 'År' }).fill('2016');
    await table.getByRole('link', { name: NUMBER }).waitFor();
    await page.getByRole('textbox', { name: 'År' }).fill('2017');
    await page.getByText('Inga ärenden matchar sökningen.').waitFor();
    await page.getByRole('textbox', { name: 'År' }).fill('');
    await table.getByRole('link', { name: NUMBER }).waitFor();
    await page.getByRole('textbox', { name: 'Serie' }).fill('KS');
    await page.getByText('Inga ärenden matchar sökningen.').waitFor();
    await page.getByRole('textbox', { name: 'Serie' }).fill('rs');
    await table.getByRole('link', { name: NUMBER }).waitFor();
    await page.getByRole('textbox', { name: 'Serie' }).fill('');
    await expectAccessible(page, 'case list searched');
  });

  it('follows the demo motion RS/333/2015 through its bodies, each step linked to the § and its meeting', async () => {
    await page.getByRole('searchbox', { name: 'Sök på diarienummer eller rubrik' }).fill('RS/333/2015');
    await page.getByRole('combobox', { name: 'Typ' }).selectOption({ label: 'Ärenden och motioner' });
    await page.getByRole('table', { name: 'Ärenden' }).getByRole('link', { name: 'RS/333/2015' }).click();
    await page.getByRole('heading', { name: /^RS\/333\/2015 /, level: 1 }).waitFor();
    const steps = page.getByRole('table', { name: 'Ärendets gång för RS/333/2015' });
    // The seed's own § numbers: presidium § 38, Regionstyrelsen § 161, Regionfullmäktige § 73.
    const decision = steps.getByRole('link', { name: '§ 73, Regionfullmäktige 2015-06-16' }).first();
    await decision.waitFor();
    expect(await decision.getAttribute('href')).toMatch(/^\/meetings\/[0-9a-f-]{36}$/);
    await steps.getByRole('link', { name: '§ 38, Regionfullmäktiges presidium 2015-05-13' }).waitFor();
    await steps.getByRole('link', { name: '§ 161, Regionstyrelsen 2015-05-26' }).waitFor();
    // The decision raised the question to the council: a new step of the same case, naming its §.
    const raised = steps.getByRole('row').filter({ hasText: 'Lyft från' });
    await raised.getByRole('link', { name: 'Regionens samverkansråd' }).waitFor();
    await raised.getByRole('link', { name: '§ 73, Regionfullmäktige 2015-06-16' }).waitFor();
    await expectAccessible(page, 'demo motion');
    await page.getByRole('link', { name: 'Ärenden', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Ärenden', level: 1 }).waitFor();
  });

  it('flags motions not decided within a year, and lists only those when asked', async () => {
    // Another motion, seeded through the API as the signed-in coordinator: made 2016-05-01, still open.
    const created = await page.evaluate(async () => {
      const csrf = decodeURIComponent(document.cookie.match(/(?:^|;\s*)samsyn_csrf=([^;]*)/)?.[1] ?? '');
      const orgs = await (await fetch('/api/organisations?q=Region%20J%C3%A4mtland')).json();
      const res = await fetch('/api/cases', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify({
          organisationId: orgs.items[0].id,
          series: 'RS',
          number: 413,
          year: 2016,
          kind: 'motion',
          title: 'Motion om pendlarparkeringar',
          motion: { submittedOn: '2016-05-01', submittedBy: 'Anna Berg', party: 'S' },
        }),
      });
      return res.status;
    });
    expect(created).toBe(201);
    await page.getByRole('searchbox', { name: 'Sök på diarienummer eller rubrik' }).fill('RS/41');
    await page.waitForURL(/[?&]q=RS%2F41/);
    const table = page.getByRole('table', { name: 'Ärenden' });
    await table.getByRole('link', { name: 'RS/413/2016' }).waitFor();
    await table.getByRole('link', { name: NUMBER }).waitFor();
    // The box follows the address (?overdue=…), so it is checked once the navigation is done: click, then wait.
    const overdue = page.getByRole('checkbox', { name: 'Bara motioner som inte beslutats inom ett år' });
    await overdue.click();
    await expect.poll(() => overdue.isChecked()).toBe(true);
    // The decided motion leaves the list; the open one stays, flagged in words.
    await table.getByRole('link', { name: NUMBER }).waitFor({ state: 'detached' });
    const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'RS/413/2016' }) });
    await row.getByText('Ej beslutad inom ett år (senast 2017-05-01)').waitFor();
    await expectAccessible(page, 'overdue motions');
  });

  /** How far the page scrolls sideways at 320 px (0: nothing does), after the h1 is shown. */
  async function overflowAt320(h1: string) {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.getByRole('heading', { name: h1, level: 1 }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('main table').length === 0 || window.innerWidth > 576);
    const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await expectAccessible(page, `${h1} at 320 px`);
    await page.setViewportSize({ width: 1280, height: 900 });
    return over;
  }

  it('fits a 320 px phone: the list, the new case and the case page do not scroll sideways', async () => {
    expect(await overflowAt320('Ärenden')).toBe(0);
    await page.goto(`${url}/cases/new`);
    expect(await overflowAt320('Nytt ärende')).toBe(0);
    await page.goto(caseUrl);
    expect(await overflowAt320(H1)).toBe(0);
  });

  it('reads the case in English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Path of the case', level: 2 }).waitFor();
    await page.getByRole('table', { name: `Decision documents of ${NUMBER}` }).waitFor();
    await page.getByRole('form', { name: 'Add a document' }).waitFor();
    await page.getByRole('button', { name: 'Raise the question to a body' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expectAccessible(page, 'case page in English');
    await page.getByRole('link', { name: 'Cases', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Cases', level: 1 }).waitFor();
    await page.getByRole('searchbox', { name: 'Search by registration number or title' }).fill(NUMBER);
    const table = page.getByRole('table', { name: 'Cases' });
    await page.getByRole('status').filter({ hasText: '1 result' }).waitFor();
    await table.getByRole('link', { name: NUMBER }).waitFor();
    await table.getByText('Decided', { exact: true }).waitFor();
    await expectAccessible(page, 'case list in English');
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { name: 'Ärenden', level: 1 }).waitFor();
  });
  it('lets a reader read the cases but offers no new case, edit, step or upload', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const reader = await context.newPage();
    reader.setDefaultTimeout(10_000);
    try {
      await signIn(reader, url, DEMO.reader);
      await reader.goto(`${url}/cases`);
      await reader.getByRole('heading', { name: 'Ärenden', level: 1 }).waitFor();
      await reader.getByRole('table', { name: 'Ärenden' }).waitFor();
      expect(await reader.getByRole('link', { name: 'Nytt ärende' }).count()).toBe(0);
      await reader.goto(caseUrl);
      await reader.getByRole('heading', { name: H1, level: 1 }).waitFor();
      await reader
        .getByRole('table', { name: `Beslutsunderlag för ${NUMBER}` })
        .getByRole('link')
        .waitFor();
      expect(await reader.getByRole('button', { name: 'Ändra ärendet' }).count()).toBe(0);
      expect(await reader.getByRole('button', { name: 'Lyft frågan till ett organ' }).count()).toBe(0);
      expect(await reader.getByRole('form', { name: 'Lägg till ett dokument' }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
