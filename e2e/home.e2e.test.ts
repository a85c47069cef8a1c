import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO, expectAccessible, launch, signIn, startSamsyn } from './harness.js';
import type { Running } from '../src/app/start.js';

const groups = [
  'Bedömningar att slutföra',
  'Ställningstaganden att ta',
  'Försenade åtgärder',
  'Kommande milstolpar',
  'Uppsägningstider som närmar sig',
  'Öppna enkäter',
];

// Issue 10 item 12: the overview is the person's work, each group a titled list, each item a link.
describe('the overview: my work', () => {
  let running: Running;
  let url: string;
  let browser: Browser;
  beforeAll(async () => {
    ({ running, url } = await startSamsyn());
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  it("shows a coordinator the county's work in groups, accessibly, and follows an item's link", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await signIn(page, url, DEMO.coordinator);
    for (const name of groups) await page.getByRole('heading', { level: 2, name }).waitFor();
    const group = (name: string) => page.getByRole('region', { name });

    await expect(group('Bedömningar att slutföra').getByText('2 bedömningar pågår').count()).resolves.toBe(1);
    await expect(group('Försenade åtgärder').getByRole('listitem').count()).resolves.toBe(2);
    await expect(group('Försenade åtgärder').getByText('Försenad', { exact: true }).count()).resolves.toBe(2);
    // An empty group says what would appear in it.
    await group('Ställningstaganden att ta')
      .getByText(/Inga ställningstaganden väntar/)
      .waitFor();
    // The open questionnaire with its response rate, in words and as a bar.
    await group('Öppna enkäter')
      .getByText(/^\d+ av \d+ har svarat \(\d+ %\)$/)
      .waitFor();
    await expect(group('Öppna enkäter').getByRole('progressbar', { name: 'Svarsfrekvens' }).count()).resolves.toBe(1);
    await group('Kommande milstolpar').getByRole('link', { name: 'Beslut i samverkansrådet' }).waitFor();
    await expectAccessible(page, 'the overview');

    // Follow an assessment to finish to its page.
    await group('Bedömningar att slutföra').getByRole('link', { name: 'Hemsändning av dagligvaror' }).click();
    await page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: /Hemsändning av dagligvaror/ }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it("shows a member their organisation's work, and does not scroll sideways on a 320 px phone", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await signIn(page, url, DEMO.member);
    for (const name of groups) await page.getByRole('heading', { level: 2, name }).waitFor();
    await page
      .getByRole('region', { name: 'Bedömningar att slutföra' })
      .getByText(/Inga bedömningar att slutföra/)
      .waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'the overview on a phone');
    // A milestone's link opens the follow-up it belongs to.
    await page.getByRole('region', { name: 'Kommande milstolpar' }).getByRole('link').first().click();
    await page.waitForURL(/\/followup\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: /Uppföljning/ }).waitFor();
    await context.close();
  });
});
