import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO, expectAccessible, launch, signIn } from './harness.js';
import type { Running } from '../src/app/start.js';
import { DEMO_YEARS } from '../src/statistics/sources/demo.js';
import { startWithDemoFigures } from './statistics-figures.js';

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/**
 * A coordinator builds an indicator set in the browser: a new set, an indicator on a demo KPI linked
 * to a gender equality sub-goal, and its page with the county's figures (latest value, trend,
 * women and men, the country), axe clean, and nothing sideways at 320 px.
 */
describe('indicator sets tied to goals in the browser', () => {
  let running: Running;
  let url: string;
  let browser: Browser;
  let page: Page;
  let kpiTitle = '';

  beforeAll(async () => {
    const started = await startWithDemoFigures();
    ({ running, url } = started);
    const kpis = started.kpis;
    kpiTitle = kpis.find((k) => k.id === 'N00914')!.title;
    browser = await launch();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await signIn(page, url, DEMO.coordinator);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  it('creates a set and adds an indicator linked to a sub-goal; its page shows the figures', async () => {
    await page.goto(`${url}/indicators`);
    await page.getByRole('heading', { name: 'Indikatoruppsättningar', level: 1 }).waitFor();
    // The demo's set tied to the gender equality sub-goals is listed.
    await page.getByRole('link', { name: 'Jämställdhet i Jämtlands län' }).waitFor();
    await expectAccessible(page, 'the list of indicator sets');
    await page.getByRole('link', { name: 'Ny indikatoruppsättning' }).click();
    await page.getByRole('textbox', { name: 'Namn' }).fill('Ekonomisk jämställdhet i länet');
    await page.getByRole('textbox', { name: 'Beskrivning' }).fill('Förvärvsarbete bland kvinnor och män.');
    await page.getByRole('button', { name: 'Skapa uppsättning' }).click();
    await page.getByRole('heading', { name: 'Ekonomisk jämställdhet i länet', level: 1 }).waitFor();
    await page.getByText('Uppsättningen har inga indikatorer ännu.').waitFor();

    await page.getByRole('link', { name: 'Lägg till indikator' }).click();
    await page.getByRole('heading', { name: 'Ny indikator', level: 1 }).waitFor();
    await page.getByRole('textbox', { name: /Nyckeltalets id/ }).fill('N00914');
    await page.getByRole('radio', { name: /Mot jämställdhet/ }).check();
    await page.getByRole('textbox', { name: 'Målvärde' }).fill('1');
    await page.getByRole('checkbox', { name: '2 Ekonomisk jämställdhet' }).check();
    await expectAccessible(page, 'the new indicator form');
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();

    await page.getByRole('heading', { name: `${kpiTitle} (N00914)`, level: 1 }).waitFor();
    await page.getByText(/Källa: Kolada, hämtad/).waitFor();
    const summary = page.getByRole('region', { name: 'Läget i länet' });
    await summary.getByText('Senaste värde').waitFor();
    await summary
      .getByText(/\(2024\)/)
      .first()
      .waitFor();
    await summary
      .getByText(/Bättre|Sämre|Oförändrat/)
      .first()
      .waitFor();
    await summary.getByText(/Kvinnor .*, män .*, kvot K\/M/).waitFor();
    await summary.getByText(/Länet ligger .* riket \(2024\)/).waitFor();
    const municipalities = page.getByRole('table', { name: /Länets kommuner/ });
    await municipalities.getByRole('rowheader', { name: 'Östersunds kommun' }).waitFor();
    expect(
      await page
        .getByRole('table', { name: /Länet och riket per år/ })
        .getByRole('row')
        .count(),
    ).toBe(DEMO_YEARS.length + 1);
    await expectAccessible(page, 'the indicator page');
    await page.screenshot({ path: '/tmp/h3-indicator.png', fullPage: true });

    // The set page lists it under its goal with its latest value and trend.
    await page.getByRole('link', { name: 'Indikatoruppsättningar' }).first().click();
    await page.getByRole('link', { name: 'Ekonomisk jämställdhet i länet' }).click();
    await page.getByRole('heading', { name: '2 Ekonomisk jämställdhet', level: 3 }).waitFor();
    await page.getByRole('link', { name: `${kpiTitle} (N00914)` }).waitFor();
    await expectAccessible(page, 'the set page');
  });

  it('reflows at 320 px: nothing scrolls sideways, still axe clean', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.getByRole('link', { name: `${kpiTitle} (N00914)` }).click();
    await page.getByRole('heading', { name: `${kpiTitle} (N00914)`, level: 1 }).waitFor();
    await expect.poll(() => overflow(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'the indicator page at 320 px');
    await page.screenshot({ path: '/tmp/h3-indicator-320.png', fullPage: true });
    await page.goto(`${url}/indicators`);
    await page.getByRole('heading', { name: 'Indikatoruppsättningar', level: 1 }).waitFor();
    await expect.poll(() => overflow(page)).toBeLessThanOrEqual(0);
  });
});
