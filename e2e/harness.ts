import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { expect } from 'vitest';
import { testConfig } from '../src/platform/config.js';
import { prepare, type Running } from '../src/app/start.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Samsyn with the demo county on an in-memory database, listening on a free port. */
/**
 * The demo county as loaded by the first Samsyn this test worker started, as a PGlite dump: loading
 * the demo takes 5–10 s, and every browser test file starts from it (the workers keep their modules
 * between files), so the later ones open the dump instead (~0.5 s).
 */
let demo: Promise<Blob> | undefined;

export async function startSamsyn(overrides: Record<string, string> = {}): Promise<{ running: Running; url: string }> {
  const config = testConfig({
    ...overrides,
    DEMO_DATA: 'true',
    ...(process.env.WEB_DIST ? { WEB_DIST: process.env.WEB_DIST } : {}),
  });
  const loaded = demo && (await demo.catch(() => undefined));
  const running = await prepare(config, { inMemory: true, from: loaded });
  if (!loaded) demo = running.services.database.dump!();
  await running.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = running.app.server.address() as { port: number };
  return { running, url: `http://127.0.0.1:${port}` };
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** WCAG 2.1 A and AA rules; a page passes with zero violations. */
export async function expectAccessible(page: Page, what: string) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const report = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
  expect(report, `axe violations on ${what}`).toEqual([]);
}

/** Sign in through the login page as a person would, and wait for the overview. */
export async function signIn(page: Page, url: string, email: string, password = DEMO.password) {
  await page.goto(`${url}/login`);
  await page.getByRole('textbox', { name: 'E-postadress' }).fill(email);
  await page.getByLabel(/^Lösenord/).fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('heading', { name: 'Översikt', level: 1 }).waitFor();
}

export const DEMO = {
  admin: 'admin@samsyn.example',
  coordinator: 'samordnare@samsyn.example',
  member: 'medlem@samsyn.example',
  reader: 'lasare@samsyn.example',
  password: 'samsyn-demo-2026',
};
