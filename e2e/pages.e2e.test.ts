import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO, expectAccessible, launch, signIn, startSamsyn } from './harness.js';
import { Client } from '../src/test/harness.js';
import type { Running } from '../src/app/start.js';

/**
 * Every page Samsyn serves (each route of src/web/App.tsx with a demo record, the sign-in pages, a
 * respondent's link and the API description), on a 320 px phone and a 1280 px desktop: no sideways
 * scroll (WCAG 1.4.10), axe clean, and a clearly visible focus ring (WCAG 2.4.7) on the first text
 * field and on the first element a keyboard reaches.
 */
const widths = [320, 1280] as const;

type Json = Record<string, unknown>;
/** A list answer is either an array or { items }. */
const rows = (body: unknown): Json[] =>
  (Array.isArray(body) ? body : ((body as { items?: Json[] }).items ?? [])) as Json[];

let running: Running;
let url: string;
let browser: Browser;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ({ running, url } = await startSamsyn());
  const coord = await new Client(running.app).login(DEMO.coordinator, DEMO.password);
  const first = async (path: string) => {
    const list = rows((await coord.get(path)).body);
    expect(list.length, `a demo record from ${path}`).toBeGreaterThan(0);
    return String(list[0].id);
  };
  ids.organisation = await first('/api/organisations');
  ids.person = await first('/api/people');
  ids.body = await first('/api/bodies');
  ids.framework = await first('/api/frameworks');
  ids.agreement = await first('/api/agreements');
  ids.template = await first('/api/agreement-templates');
  ids.indexSeries = await first('/api/index-series');
  ids.questionnaire = await first('/api/questionnaires');
  ids.cycle = await first('/api/followup-cycles');
  // The programme, initiative and assessments: the first initiative that has been assessed.
  for (const p of rows((await coord.get('/api/programmes')).body)) {
    for (const i of rows((await coord.get(`/api/programmes/${String(p.id)}/initiatives`)).body)) {
      const initiative = (await coord.get(`/api/initiatives/${String(i.id)}`)).body as { assessments: Json[] };
      if (initiative.assessments.length === 0) continue;
      ids.programme ??= String(p.id);
      ids.initiative ??= String(i.id);
      ids.assessment ??= String(initiative.assessments[0].id);
      if (initiative.assessments.length > 1) {
        ids.programme = String(p.id);
        ids.initiative = String(i.id);
        ids.assessment = String(initiative.assessments[0].id);
        ids.other = String(initiative.assessments[1].id);
      }
    }
  }
  expect(ids.assessment, 'a demo assessment').toBeTruthy();
  ids.other ??= ids.assessment;

  // A respondent's link, as the invitation mail carries it.
  const q = (
    await coord.post('/api/questionnaires/from-template/uppfoljning-samverkansorgan', {
      opensAt: '2026-10-01',
      closesAt: '2099-10-31',
    })
  ).body as { id: string; version: number };
  const bodies = rows((await coord.get('/api/bodies?q=FoU')).body);
  expect((await coord.post(`/api/questionnaires/${q.id}/open`, { version: q.version })).status).toBe(200);
  expect((await coord.post(`/api/questionnaires/${q.id}/invitations`, { bodyIds: [bodies[0].id] })).status).toBe(201);
  const admin = await new Client(running.app).login(DEMO.admin, DEMO.password);
  const mail = rows((await admin.get('/api/admin/outbox')).body).find((m) => /\/svar\//.test(String(m.text)));
  ids.token = /\/svar\/([A-Za-z0-9_-]{43})/.exec(String(mail?.text))![1];

  browser = await launch();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

const publicPages = () => ['/login', '/forgot-password', '/reset-password', `/svar/${ids.token}`, '/api/docs'];
const signedInPages = () => [
  '/',
  '/organisations',
  '/organisations/new',
  `/organisations/${ids.organisation}`,
  `/organisations/${ids.organisation}/edit`,
  '/people',
  '/people/new',
  `/people/${ids.person}`,
  `/people/${ids.person}/edit`,
  '/bodies',
  '/bodies/new',
  `/bodies/${ids.body}`,
  `/bodies/${ids.body}/edit`,
  '/frameworks',
  '/frameworks/new',
  `/frameworks/${ids.framework}`,
  `/frameworks/${ids.framework}/edit`,
  '/programmes',
  '/programmes/new',
  `/programmes/${ids.programme}`,
  `/programmes/${ids.programme}/edit`,
  `/initiatives/${ids.initiative}`,
  `/initiatives/${ids.initiative}/edit`,
  `/assessments/${ids.assessment}`,
  `/assessments/${ids.assessment}/compare/${ids.other}`,
  '/agreements',
  `/agreements/${ids.agreement}`,
  '/agreement-templates',
  '/agreement-templates/new',
  `/agreement-templates/${ids.template}`,
  '/index-series',
  `/index-series/${ids.indexSeries}`,
  '/questionnaires',
  '/questionnaires/new',
  `/questionnaires/${ids.questionnaire}`,
  `/questionnaires/${ids.questionnaire}/edit`,
  '/survey-scales',
  '/followup',
  '/followup/new',
  `/followup/${ids.cycle}`,
  '/finns-inte',
];
const adminPages = () => ['/admin/users', '/admin/outbox'];

/** The focus ring as the browser draws it: a solid outline of at least 2 px, or a box shadow ring. */
async function ringOf(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    const shadow = s.boxShadow !== 'none' && /\d+px\s+\d+px/.test(s.boxShadow);
    return outline || shadow ? 'visible' : `${el.tagName}: outline ${s.outlineStyle} ${s.outlineWidth}`;
  });
}

async function checkPage(page: Page, path: string, width: number) {
  const where = `${path} at ${width} px`;
  await page.goto(`${url}${path}`);
  await page.locator('h1').first().waitFor();
  // Let lazy parts (charts, tables, the API description) settle before measuring.
  await page.waitForLoadState('networkidle');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `sideways scroll on ${where}`).toBeLessThanOrEqual(0);
  await expectAccessible(page, where);

  // The first element a keyboard reaches shows where focus is.
  await page.locator('body').press('Tab');
  expect(await ringOf(page), `focus ring of the first tab stop on ${where}`).toBe('visible');

  const field = page
    .locator(
      'input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([disabled]), textarea:not([disabled]), [contenteditable=true]',
    )
    .first();
  if ((await field.count()) > 0 && (await field.isVisible())) {
    await field.focus();
    expect(await ringOf(page), `focus ring of the first text field on ${where}`).toBe('visible');
  }
}

async function tour(context: () => Promise<BrowserContext>, pages: () => string[], width: number) {
  const failures: string[] = [];
  const ctx = await context();
  const page = await ctx.newPage();
  page.setDefaultTimeout(15_000);
  for (const path of pages()) {
    try {
      await checkPage(page, path, width);
    } catch (e) {
      failures.push(`${path}: ${(e as Error).message.split('\n').slice(0, 6).join(' ')}`);
    }
  }
  await ctx.close();
  // All pages are visited before failing, so one run lists every page that still breaks a rule.
  expect(failures).toEqual([]);
}

const fresh = (width: number) => () => browser.newContext({ viewport: { width, height: 900 } });
const signedIn = (width: number, email: string) => async () => {
  const ctx = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await ctx.newPage();
  await signIn(page, url, email);
  await page.close();
  return ctx;
};

describe('every page at 320 and 1280 px', () => {
  for (const width of widths) {
    it(`the public pages at ${width} px`, () => tour(fresh(width), publicPages, width), 300_000);
    it(
      `every page as a coordinator at ${width} px`,
      () => tour(signedIn(width, DEMO.coordinator), signedInPages, width),
      900_000,
    );
    it(
      `every page as an administrator at ${width} px`,
      () => tour(signedIn(width, DEMO.admin), () => [...adminPages(), ...signedInPages()], width),
      900_000,
    );
  }
});
