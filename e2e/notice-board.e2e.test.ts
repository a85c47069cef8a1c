import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { DEMO, expectAccessible, launch, signIn, startSamsyn } from './harness.js';
import type { Running } from '../src/app/start.js';
import { organisations } from '../src/organisations/index.js';

// Issue 12 item 7: an organisation's notice board is public — no sign-in, Swedish first, the demo's
// announced § 67 of Region Halland with its dates and protocol, the feed, accessible, fits 320 px.
describe('the public notice board', () => {
  let running: Running;
  let url: string;
  let browser: Browser;
  const orgId = async (name: string) =>
    (
      await running.services.database.db
        .select({ id: organisations.id })
        .from(organisations)
        .where(eq(organisations.name, name))
    )[0].id;
  const fitsAt = async (page: Page, width: number) => {
    await page.setViewportSize({ width, height: 800 });
    await page
      .waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth, null, { timeout: 3000 })
      .catch(() => undefined);
    return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  };
  beforeAll(async () => {
    ({ running, url } = await startSamsyn());
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  it("shows Region Halland's announced protocol without signing in, with its PDF and feed, at 320 px", async () => {
    const halland = await orgId('Region Halland');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));

    // Loaded directly (the server answers the address with the web app), no session cookie.
    const response = await page.goto(`${url}/anslagstavla/${halland}`);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'Region Halland – anslagstavla' }).waitFor();
    expect(page.url()).toBe(`${url}/anslagstavla/${halland}`);
    expect(await page.title()).toContain('Region Halland – anslagstavla');

    const notice = page.getByRole('article', { name: /^Regionstyrelsens arbetsutskott, sammanträde \d{4}-\d\d-\d\d$/ });
    await notice.waitFor();
    const field = async (label: string) =>
      (await notice.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]').innerText()).trim();
    const postedOn = await field('Anslaget uppsatt');
    const appealEnds = await field('Sista dag att överklaga');
    expect(postedOn).toMatch(/^\d{4}-\d\d-\d\d$/);
    // The appeal period ends three weeks after the notice went up (here no holiday moves it).
    const threeWeeks = new Date(Date.parse(`${postedOn}T12:00:00Z`) + 21 * 86_400_000).toISOString().slice(0, 10);
    expect(appealEnds >= threeWeeks).toBe(true);
    expect(await field('Förvaringsplats för protokollet')).toBe('Regionkontoret, Region Halland');
    expect(await field('Anslaget tas ned')).toMatch(/^\d{4}-\d\d-\d\d$/);

    // The feed is linked on the page and in the head, and answers with Atom.
    const feedHref = await page.getByRole('link', { name: /Atom-flöde/ }).getAttribute('href');
    expect(feedHref).toBe(`/public/notice-board/${halland}/feed.atom`);
    expect(await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe(
      feedHref,
    );
    const feed = await page.request.get(`${url}${feedHref}`);
    expect(feed.headers()['content-type']).toContain('application/atom+xml');
    expect(await feed.text()).toContain('Regionstyrelsens arbetsutskott');

    // The protocol link gives the PDF.
    const pdfHref = await notice
      .getByRole('link', { name: /^Protokollet \(PDF\), Regionstyrelsens arbetsutskott/ })
      .getAttribute('href');
    expect(pdfHref).toMatch(new RegExp(`^/public/notice-board/${halland}/protocols/[0-9a-f-]{36}\\.pdf$`));
    const pdf = await page.request.get(`${url}${pdfHref}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    await expectAccessible(page, 'the notice board');
    expect(await fitsAt(page, 320)).toBe(0);

    // English on the language switch, the same notice.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Region Halland – notice board' }).waitFor();
    await page.getByText('Last day to appeal').first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says in words that an unknown notice board does not exist', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${url}/anslagstavla/00000000-0000-4000-8000-000000000000`);
    await page.getByRole('heading', { level: 1, name: 'Anslagstavlan finns inte' }).waitFor();
    await page.getByText(/Det finns ingen organisation med den här adressen/).waitFor();
    await expectAccessible(page, 'an unknown notice board');
    expect(await fitsAt(page, 320)).toBe(0);
    await context.close();
  });

  it("links the organisation's page to its notice board", async () => {
    const region = await orgId('Region Jämtland Härjedalen');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await signIn(page, url, DEMO.coordinator);
    await page.goto(`${url}/organisations/${region}`);
    await page.getByRole('link', { name: 'Anslagstavlan (offentlig sida)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Region Jämtland Härjedalen – anslagstavla' }).waitFor();
    await page.getByText('Inga protokoll är anslagna just nu.').waitFor();
    await context.close();
  });
});
