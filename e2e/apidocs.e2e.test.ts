import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectAccessible, launch, startSamsyn } from './harness.js';
import type { Running } from '../src/app/start.js';

// Every page Samsyn serves is axe-clean, the API description included (issue 10 item 18).
describe('the API description at /api/docs', () => {
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

  it('lists every operation of the OpenAPI document, accessibly, within the content security policy', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${url}/api/docs`);
    await page.getByRole('heading', { name: 'Samsyns API', level: 1 }).waitFor();
    const doc = (await (await fetch(`${url}/api/openapi.json`)).json()) as { paths: Record<string, object> };
    const count = Object.values(doc.paths).reduce((n, ops) => n + Object.keys(ops).length, 0);
    await expect(page.getByRole('status').filter({ hasText: 'anrop' }).textContent()).resolves.toBe(`${count} anrop`);
    await page.getByText('/api/organisations/{id}', { exact: true }).first().click();
    await page
      .getByRole('table', { name: /Parametrar/ })
      .first()
      .waitFor();
    await expectAccessible(page, 'API description');
    await page.getByLabel('Sök bland anropen').fill('payment');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('does not scroll sideways on a 320 px phone', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${url}/api/docs`);
    await page.getByRole('heading', { name: 'Samsyns API', level: 1 }).waitFor();
    await page.locator('summary').first().click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'API description on a phone');
    await context.close();
  });
});
