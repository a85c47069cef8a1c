import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO, expectAccessible, launch, signIn, startSamsyn } from './harness.js';
import type { Running } from '../src/app/start.js';
import { startFakeKolada, type FakeKolada } from '../src/statistics/sources/fake-kolada.js';
import { demoKoladaStore } from '../src/statistics/sources/demo.js';

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/**
 * An analyst imports key figures in the browser: a Kolada import against the local Kolada (the
 * configured base URL), watched until it is done; a CSV with a bad row, refused with the errors per
 * row; every page axe clean and without sideways scrolling at 320 px.
 */
describe('statistics imports in the browser', () => {
  let running: Running;
  let kolada: FakeKolada;
  let url: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    kolada = await startFakeKolada({ store: demoKoladaStore(), maxPerPage: 20 });
    ({ running, url } = await startSamsyn({ KOLADA_BASE_URL: kolada.baseUrl }));
    browser = await launch();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(page, url, DEMO.coordinator);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await running?.close();
    await kolada?.close();
  });

  it('lists the demo’s import and starts a Kolada import that is watched until it is done', async () => {
    await page.getByRole('link', { name: 'Importer av statistik' }).click();
    await page.getByRole('heading', { name: 'Importer av statistik', level: 1 }).waitFor();
    await page.getByRole('table', { name: /Importer, 1 import/ }).waitFor();
    expect(await page.getByRole('table').innerText()).toMatch(/demo/i);
    await expectAccessible(page, 'the list of imports');

    await page.getByRole('link', { name: 'Ny import' }).click();
    await page.getByRole('heading', { name: 'Ny import', level: 1 }).waitFor();
    await page.getByRole('textbox', { name: 'Sök nyckeltal i Kolada' }).fill('invånare');
    await page.getByRole('button', { name: 'Välj N01951' }).click();
    await expect.poll(() => page.getByText('N01951 Invånare totalt, antal').count()).toBeGreaterThan(0);
    await page.getByRole('textbox', { name: 'Från år' }).fill('2022');
    await page.getByRole('textbox', { name: 'Till år' }).fill('2024');
    await expectAccessible(page, 'the Kolada form');
    await page.getByRole('button', { name: 'Starta import från Kolada' }).click();
    await page.getByRole('heading', { name: /^Import från Kolada: N01951/, level: 1 }).waitFor();
    await expect.poll(() => page.getByText('I kö').count()).toBeGreaterThan(0);
    // The job runner takes it; the page polls until it says done.
    await running.jobs.drain();
    await page.getByText('Klar', { exact: true }).first().waitFor({ timeout: 10_000 });
    await expect.poll(() => page.getByText('3 av 3').count()).toBeGreaterThan(0);
    expect(kolada.requests.some((r) => r.includes('/data/kpi/N01951/'))).toBe(true);
    await expectAccessible(page, 'an import’s page');
    await page.setViewportSize({ width: 320, height: 800 });
    await page.reload();
    await page.getByRole('heading', { name: /^Import från Kolada: N01951/, level: 1 }).waitFor();
    // The layout settles after the resize (the phone media query re-renders the shell): ask until it has.
    await expect.poll(() => overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: '/tmp/h2-import-320.png', fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 90_000);

  it('an upload with a bad row shows the errors per row, and nothing is imported', async () => {
    await page.goto(`${url}/statistics/imports/new`);
    await page.getByRole('tab', { name: 'Ladda upp fil' }).click();
    const csv = [
      'Nyckeltal;Kommunkod;År;Kön;Värde',
      'Andel trygga;2380;2024;K;71,5',
      'Andel trygga;0380;2024;M;abc',
    ].join('\r\n');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Fil (CSV eller Excel .xlsx)' }).click(),
    ]);
    await chooser.setFiles({ name: 'trygghet.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'latin1') });
    await page.getByRole('textbox', { name: 'Siffrornas källa' }).fill('Polisen');
    await page.getByRole('button', { name: 'Läs filen' }).click();
    const pick = async (label: string, option: string) => {
      await page.getByRole('combobox', { name: label }).click();
      await page.getByRole('option', { name: option, exact: true }).click();
    };
    await pick('Kolumn med nyckeltalets namn eller id', 'Nyckeltal');
    await pick('Kolumn med kommunkod', 'Kommunkod');
    await pick('Kolumn med år', 'År');
    await pick('Kolumn med kön', 'Kön');
    await pick('Kolumn med värde', 'Värde');
    await page.getByRole('button', { name: 'Kontrollera raderna' }).click();
    const problems = page.getByRole('table', { name: 'Fel per rad' });
    await problems.waitFor();
    const text = await problems.innerText();
    expect(text).toContain('Kommunen hör inte till länet');
    expect(text).toContain('0380');
    expect(text).toContain('Inte ett tal');
    expect(text).toContain('abc');
    await expect.poll(() => page.getByText('Filen har 2 fel.').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: /^Importera/ }).count()).toBe(0);
    await expectAccessible(page, 'an upload with errors');
    await page.setViewportSize({ width: 320, height: 800 });
    // The layout settles after the resize (the phone media query re-renders the shell): ask until it has.
    await expect.poll(() => overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: '/tmp/h2-upload-320.png', fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: '/tmp/h2-upload-1280.png', fullPage: true });

    const api = await page.request.get(`${url}/api/statistics/imports`);
    const body = (await api.json()) as { items: { kind: string }[] };
    expect(body.items.some((i) => i.kind === 'upload')).toBe(false);
  }, 90_000);
});
