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
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'the matrix at 320 px');
    await page.screenshot({ path: '/tmp/h4-matrix-320.png', fullPage: true });
    await page.getByRole('tab', { name: 'Dokument' }).click();
    await page.getByRole('link', { name: 'Regional utvecklingsstrategi 2030' }).click();
    await page.getByRole('heading', { name: 'Regional utvecklingsstrategi 2030', level: 1 }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'the document’s review at 320 px');
    await page.goto(`${url}/gender-reviews`);
    await page.getByRole('heading', { name: 'Jämställdhetsgranskning av styrdokument', level: 1 }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });
});
