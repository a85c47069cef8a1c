import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { DEMO, expectAccessible, launch, signIn } from './harness.js';
import type { Running } from '../src/app/start.js';
import { readDocx, readPdf } from '../src/documents/read-back.js';
import { DEMO_MUNICIPALITIES, DEMO_YEARS } from '../src/statistics/sources/demo.js';
import { startWithDemoFigures } from './statistics-figures.js';

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/**
 * An analyst builds the county's picture in the browser: the demo county's Kolada figures (loaded here
 * through the repository, marked demo), a KPI and year as table and map, the women/men ratio, a
 * municipality's series and comparison, the map by keyboard, and the picture as Word and PDF.
 */
describe('the county’s picture of key figures in the browser', () => {
  let running: Running;
  let url: string;
  let browser: Browser;
  let page: Page;
  let kpiTitle = '';

  beforeAll(async () => {
    const started = await startWithDemoFigures();
    ({ running, url } = started);
    const kpis = started.kpis;
    kpiTitle = kpis.find((k) => k.id === 'U60900')!.title;

    browser = await launch();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await signIn(page, url, DEMO.reader);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  it('chooses a KPI and a year: the table with the county average, the map, source, date and demo mark', async () => {
    await page.getByRole('link', { name: 'Länets bild' }).click();
    await page.getByRole('heading', { name: 'Länets bild', level: 1 }).waitFor();
    await page.getByLabel('Nyckeltal').selectOption('kolada:U60900');
    await page.getByLabel('År', { exact: true }).selectOption('2022');
    const table = page.getByRole('table', {
      name: new RegExp(`${kpiTitle.slice(0, 20).replace(/[.()]/g, '\\$&')}.*2022`),
    });
    await table.waitFor();
    // Ragunda's girls are missing on purpose: "uppgift saknas", and the county average is of 7 for K.
    const ragunda = table.getByRole('row', { name: /Ragunda/ });
    await expect(ragunda.getByText('uppgift saknas').count()).resolves.toBeGreaterThanOrEqual(1);
    await table
      .getByRole('rowheader', { name: /Länets medelvärde \(medel av K 7, M 8, T 8 av 8 kommuner\)/ })
      .waitFor();
    await table.getByRole('rowheader', { name: 'Riket' }).waitFor();
    await table.getByRole('rowheader', { name: 'Jämtlands län' }).waitFor();
    await page
      .getByTestId('source')
      .first()
      .getByText(/Källa: Kolada · Hämtad 2025-03-20/)
      .waitFor();
    await page.getByText('Demo: påhittade värden i Koladas format, inte verklig statistik.').waitFor();
    const map = page.getByTestId('county-map');
    expect(await map.locator('path[data-code]').count()).toBe(Object.keys(DEMO_MUNICIPALITIES).length);
    expect(await map.locator('path[data-code="2303"]').getAttribute('data-class')).not.toBe('missing');
    await map.getByRole('button', { name: /^Östersunds kommun: / }).waitFor();
    await expectAccessible(page, 'the county picture');
  });

  it('switches the map to the women/men ratio: a diverging legend, the missing one hatched', async () => {
    await page.getByText('Kvinnor/män', { exact: true }).click();
    await page.getByTestId('map-legend').getByText('uppgift saknas').waitFor();
    const map = page.getByTestId('county-map');
    expect(await map.locator('path[data-code="2303"]').getAttribute('data-class')).toBe('missing');
    expect(await page.getByTestId('map-legend').getByRole('listitem').count()).toBe(6); // five classes + missing
    await page.getByTestId('map-legend').getByText(/^≤ /).waitFor();
    await page.getByText('Under 1: männens värde är högre. Över 1: kvinnornas värde är högre.').waitFor();
    await expectAccessible(page, 'the ratio map');
  });

  it('focuses a municipality by keyboard and opens its series with K and M lines and the comparison', async () => {
    const krokom = page.getByTestId('county-map').getByRole('button', { name: /^Krokoms kommun: / });
    await krokom.focus();
    await expect(page.getByTestId('map-focused').textContent()).resolves.toMatch(/^Krokoms kommun: \d+(,\d+)?$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Tidsserie: Krokoms kommun' }).waitFor();
    await page.getByTestId('series-chart').locator('.recharts-line').first().waitFor();
    expect(await page.getByTestId('series-chart').locator('.recharts-line').count()).toBe(3);
    const seriesTable = page.getByRole('table', { name: /för Krokoms kommun per år/ });
    expect(await seriesTable.getByRole('row').count()).toBe(DEMO_YEARS.length + 1);
    await page.getByRole('heading', { name: 'Jämförelse: Krokoms kommun med länet och riket' }).waitFor();
    const compare = page.getByRole('table', { name: /totalt per år: Krokoms kommun, regionen/ });
    await compare.getByRole('columnheader', { name: 'Länets medelvärde' }).waitFor();
    await compare.getByRole('columnheader', { name: 'Riket' }).waitFor();
    expect(await page.getByTestId('compare-chart').locator('.recharts-line').count()).toBe(4);
    // The table's button opens another area's series.
    await page.getByRole('button', { name: 'Visa tidsserie för Bergs kommun' }).click();
    await page.getByRole('heading', { name: 'Tidsserie: Bergs kommun' }).waitFor();
    await expectAccessible(page, 'the series and comparison');
  });

  it('downloads the picture as Word and PDF, read back', async () => {
    const [word] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ladda ner länets bild som Word' }).click(),
    ]);
    expect(word.suggestedFilename()).toBe('länets-bild-u60900-2022-kvot.docx');
    const docx = await readDocx(await readFile((await word.path())!));
    expect(docx.media.length).toBeGreaterThanOrEqual(1);
    expect(docx.text).toContain('Källa: Kolada');
    expect(docx.text).toContain('Demo: påhittade värden');
    expect(docx.text).toContain('Ragunda kommun');
    const [pdfDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ladda ner länets bild som PDF' }).click(),
    ]);
    const pdf = await readPdf(await readFile((await pdfDownload.path())!));
    expect(pdf.text).toContain('Källa: Kolada');
    expect(pdf.text).toContain('2025-03-20');
  });

  it('reads the picture in English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'The county’s picture', level: 1 }).waitFor();
    await page
      .getByRole('rowheader', { name: /^County average \(mean of W 7, M 8, T 8 of 8 municipalities\)/ })
      .waitFor();
    await page
      .getByTestId('source')
      .first()
      .getByText(/Source: Kolada · Fetched 2025-03-20/)
      .waitFor();
    await page.getByTestId('map-legend').getByText('no data').waitFor();
    await expectAccessible(page, 'the county picture in English');
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { name: 'Länets bild', level: 1 }).waitFor();
  });

  it('reflows at 320 px: nothing scrolls sideways, still axe clean', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.getByRole('heading', { name: 'Länets bild', level: 1 }).waitFor();
    await page.waitForFunction(() => !document.querySelector('.mantine-Loader-root'));
    await expect.poll(() => overflow(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'the county picture at 320 px');
    await page.screenshot({ path: '/tmp/h1-statistics-320.png', fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: '/tmp/h1-statistics-1280.png', fullPage: true });
  });
});
