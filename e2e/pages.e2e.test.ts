import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { DEMO, launch, signIn, startSamsyn } from './harness.js';
import { Client } from '../src/test/harness.js';
import type { Running } from '../src/app/start.js';
import { organisations } from '../src/organisations/index.js';

/**
 * Every page Samsyn serves (each route of src/web/App.tsx with a demo record, the sign-in pages, a
 * respondent's link, the API description and a public notice board), as a coordinator, an administrator
 * and a reader — a route added to App.tsx without a page here fails the first test:
 * - no sideways scroll on a 320 px phone (WCAG 1.4.10 reflow), and none on a 1280 px desktop;
 * - a clearly visible focus indicator (WCAG 2.4.7) on the first element a keyboard reaches, the first
 *   one in the main region and the first text field: an outline or box-shadow ring of at least 2 px with
 *   3:1 contrast against what surrounds it, that the element does not have without focus;
 * - axe clean (WCAG 2.1 A and AA), once per page and role: on the phone for the coordinator and the
 *   public pages, on the desktop for the administrator;
 * - the agreement and follow-up pages are not swamped by their edit history (a height bound).
 *
 * Speed (2 loaded cores): one browser, one context per role, pages reached by the application's own
 * navigation (no reloads), and every page visited before the test fails with the list of what broke.
 */
const PHONE = { width: 320, height: 800 };
const DESKTOP = { width: 1280, height: 900 };
/**
 * The tallest an agreement or follow-up page may be on a desktop (issue 10.11: 5 800–6 100 px, mostly history).
 * With history in its drawer, the demo agreement's own sections (terms, a 13-year payment plan, periods,
 * contacts, signatures) measure 4 500–4 600 px; inline history would push it far past this bound.
 */
const MAX_HEIGHT = 5000;

type Json = Record<string, unknown>;
/** A list answer is either an array or { items }. */
const rows = (body: unknown): Json[] =>
  (Array.isArray(body) ? body : ((body as { items?: Json[] }).items ?? [])) as Json[];

let running: Running;
let url: string;
let browser: Browser;
const ids: Record<string, string> = {};

beforeAll(async () => {
  const t0 = Date.now();
  const started = startSamsyn();
  const launched = launch();
  ({ running, url } = await started);
  browser = await launched;
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
  ids.case = await first('/api/cases');
  ids.meeting = await first('/api/meetings');
  // Issue 13: the demo's indicator set and its first indicator, its Kolada import, and a gender review
  // of the coordinator's region with one document (the demo's review is Region Halland's, another county).
  ids.indicatorSet = await first('/api/statistics/indicator-sets');
  ids.indicator = String(
    rows((await coord.get(`/api/statistics/indicator-sets/${ids.indicatorSet}`)).body.indicators)[0].id,
  );
  ids.statisticsImport = await first('/api/statistics/imports');
  const region = rows((await coord.get('/api/organisations?q=Region')).body)[0];
  const review = await coord.post('/api/gender-reviews', {
    organisationId: region.id,
    year: 2026,
    title: 'Granskning av styrdokument',
  });
  expect(review.status).toBe(201);
  ids.genderReview = String(review.body.id);
  const document = await coord.post(`/api/gender-reviews/${ids.genderReview}/documents`, {
    title: 'Regional utvecklingsstrategi',
    kind: 'rus',
    position: 1,
  });
  expect(document.status).toBe(201);
  ids.genderReviewDocument = String(document.body.id);
  // The public notice board of an organisation that has announced a protocol (the demo's Region Halland).
  const [halland] = await running.services.database.db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.name, 'Region Halland'));
  expect(halland, 'the demo has Region Halland').toBeTruthy();
  ids.noticeBoard = halland.id;
  // The programme, initiative and assessments: an initiative assessed twice if there is one.
  for (const p of rows((await coord.get('/api/programmes')).body)) {
    for (const i of rows((await coord.get(`/api/programmes/${String(p.id)}/initiatives`)).body)) {
      const initiative = (await coord.get(`/api/initiatives/${String(i.id)}`)).body as { assessments: Json[] };
      if (initiative.assessments.length === 0) continue;
      ids.programme ??= String(p.id);
      ids.initiative ??= String(i.id);
      ids.assessment ??= String(initiative.assessments[0].id);
      if (initiative.assessments.length > 1 && !ids.other) {
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
  console.info(`started in ${Math.round((Date.now() - t0) / 1000)} s`);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

const publicPages = () => [
  '/login',
  '/forgot-password',
  '/reset-password',
  `/svar/${ids.token}`,
  '/api/docs',
  // The same page as /svar/ (not straight after it: the page stays mounted and keeps its heading).
  `/respond/${ids.token}`,
  `/anslagstavla/${ids.noticeBoard}`,
];
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
  '/cases',
  '/cases/new',
  `/cases/${ids.case}`,
  '/meetings',
  '/meetings/new',
  `/meetings/${ids.meeting}`,
  '/statistics',
  '/statistics/imports',
  '/statistics/imports/new',
  `/statistics/imports/${ids.statisticsImport}`,
  '/indicators',
  '/indicators/new',
  // The same list as /indicators (not straight after it: the page stays mounted and keeps its heading).
  '/indicators/sets',
  `/indicators/sets/${ids.indicatorSet}`,
  `/indicators/sets/${ids.indicatorSet}/edit`,
  `/indicators/sets/${ids.indicatorSet}/add`,
  `/indicators/${ids.indicator}`,
  `/indicators/${ids.indicator}/edit`,
  '/gender-reviews',
  '/gender-reviews/new',
  `/gender-reviews/${ids.genderReview}`,
  `/gender-reviews/${ids.genderReview}/edit`,
  `/gender-reviews/${ids.genderReview}/documents/${ids.genderReviewDocument}`,
  '/finns-inte',
];
const adminPages = () => ['/admin/users', '/admin/outbox'];
/** Pages whose edit history once made them thousands of pixels tall (issue 10.11). */
const tallPages = () => [`/agreements/${ids.agreement}`, `/followup/${ids.cycle}`];

/** What went wrong, on which page, for whom: collected over the whole tour. */
const failures: string[] = [];
const timings: string[] = [];
const heights: string[] = [];
const spent: Record<string, number> = {};
async function timed<T>(step: string, work: () => Promise<T>): Promise<T> {
  const t0 = Date.now();
  try {
    return await work();
  } finally {
    spent[step] = (spent[step] ?? 0) + Date.now() - t0;
  }
}

/** axe-core as @axe-core/playwright loads it, put into a page once and kept while it navigates. */
const axeSource = readFileSync(
  createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** The WCAG 2.1 A and AA violations axe finds on the page as it is now (the same rules as expectAccessible). */
async function axeProblems(page: Page, where: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<AxeResults> } }).axe
      .run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        resultTypes: ['violations'],
      })
      .then((r) =>
        r.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => n.target.join(' ')),
        })),
      ),
  );
  return violations.map((v) => `${where}: axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 5).join(', ')}`);
}

/** Requests under way, so a page is measured once its data has arrived. */
function trackRequests(page: Page) {
  let inFlight = 0;
  let last = Date.now();
  page.on('request', () => {
    inFlight++;
    last = Date.now();
  });
  const done = () => {
    inFlight = Math.max(0, inFlight - 1);
    last = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return async function quiet(timeout = 15_000) {
    const until = Date.now() + timeout;
    while (Date.now() < until) {
      if (inFlight === 0 && Date.now() - last >= 120) return;
      await new Promise((r) => setTimeout(r, 40));
    }
  };
}

/**
 * Opens a page the way the application does (a history entry and a popstate: no reload, the
 * application and its cached data stay), then waits for its own heading, its data and no spinner.
 */
async function open(page: Page, path: string, quiet: () => Promise<void>, reload: boolean) {
  if (reload) {
    await page.goto(`${url}${path}`);
  } else {
    await page.evaluate((to) => {
      if (window.location.pathname === to) return;
      document.querySelectorAll('h1').forEach((h) => h.setAttribute('data-previous-page', ''));
      window.history.pushState({ usr: null, key: Math.random().toString(36).slice(2), idx: history.length }, '', to);
      window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }));
    }, path);
  }
  // The page's heading, or an application that has stopped (an error unmounts it: nothing to wait for).
  await page.waitForFunction(
    () =>
      document.querySelector('h1:not([data-previous-page])') ||
      document.getElementById('root')?.childElementCount === 0,
    null,
    { timeout: 15_000 },
  );
  if (!(await page.locator('h1:not([data-previous-page])').count())) throw new Error('the application stopped');
  await quiet();
  await page.waitForFunction(() => !document.querySelector('.mantine-Loader-root'), null, { timeout: 15_000 });
  await quiet();
}

/** Sideways scroll, and if any, the elements it starts at (outermost ones that stick out). */
async function overflowOf(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const over = doc.scrollWidth - window.innerWidth;
    if (over <= 0) return null;
    const name = (el: Element) => {
      let s = el.tagName.toLowerCase();
      if (el.id) s += `#${el.id}`;
      const cls = [...el.classList].filter((c) => !/^m_[0-9a-f]+$/.test(c)).slice(0, 3);
      if (cls.length) s += `.${cls.join('.')}`;
      const label = el.getAttribute('aria-label');
      if (label) s += `[aria-label="${label.slice(0, 40)}"]`;
      return s;
    };
    const path = (el: Element) => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
        parts.unshift(name(e));
      }
      return parts.join(' > ');
    };
    const sticksOut = (el: Element) => el.getBoundingClientRect().right > window.innerWidth + 0.5;
    // Scrolling boxes clip what is inside them, except what is placed absolutely against a box outside them.
    const clipped = (el: Element) => {
      const fixed = getComputedStyle(el).position;
      const start = fixed === 'absolute' ? (el as HTMLElement).offsetParent : el.parentElement;
      if (
        fixed === 'absolute' &&
        start &&
        start !== document.body &&
        /auto|scroll|hidden|clip/.test(getComputedStyle(start).overflowX)
      ) {
        return true;
      }
      for (let e = start; e && e !== document.body; e = e.parentElement) {
        const o = getComputedStyle(e).overflowX;
        if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
      }
      return false;
    };
    const all = [...document.body.querySelectorAll('*')].filter((el) => sticksOut(el));
    const outermost = all.filter((el) => !(el.parentElement && sticksOut(el.parentElement)));
    const unclipped = outermost.filter((el) => !clipped(el) && getComputedStyle(el).position !== 'fixed');
    const culprits = (unclipped.length ? unclipped : outermost.length ? outermost : all)
      .slice(0, 4)
      .map((el) => `${path(el)} (right ${Math.round(el.getBoundingClientRect().right)} px)`);
    return `${over} px too wide; starts at ${culprits.join('; ') || 'an element not found'}`;
  });
}

interface Ring {
  element: string;
  /** Outline width, or the widest box-shadow's visible spread, in px. */
  width: number;
  color: string;
  /** Of its colour against the background it is drawn on. */
  contrast: number;
  description: string;
}

/**
 * Puts `window.ringOf(element)` and `window.ringed(element)` into the page (again after a reload): the ring the browser draws
 * around an element — its outline, or else its widest box-shadow — with the contrast of its colour
 * against the background it is drawn on (the nearest opaque background outside the element, or the
 * element's own for an inset ring).
 */
async function installRingOf(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as Partial<Probe>;
    if (w.ringOf) return;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    const rgba = (css: string): [number, number, number, number] => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = '#000';
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const d = ctx.getImageData(0, 0, 1, 1).data;
      return [d[0], d[1], d[2], d[3] / 255];
    };
    const background = (from: Element | null): [number, number, number] => {
      for (let e = from; e; e = e.parentElement) {
        const [r, g, b, a] = rgba(getComputedStyle(e).backgroundColor);
        if (a > 0.5) return [r, g, b];
      }
      return [255, 255, 255];
    };
    const lum = (rgb: number[]) => {
      const c = rgb.map((v) => {
        const x = v / 255;
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    const contrast = (fg: [number, number, number, number], bg: [number, number, number]) => {
      const mixed = [0, 1, 2].map((i) => fg[i] * fg[3] + bg[i] * (1 - fg[3]));
      const [l1, l2] = [lum(mixed), lum(bg)].sort((x, y) => y - x);
      return (l1 + 0.05) / (l2 + 0.05);
    };
    w.ringOf = (el: Element) => {
      const s = getComputedStyle(el);
      const label = el.getAttribute('aria-label');
      const text = el.textContent?.trim().slice(0, 30);
      const element = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${label ? `[aria-label="${label}"]` : ''}${text ? ` "${text}"` : ''}`;
      if (s.outlineStyle !== 'none' && s.outlineStyle !== 'hidden' && parseFloat(s.outlineWidth) > 0) {
        const inset = parseFloat(s.outlineOffset) + parseFloat(s.outlineWidth) <= 0;
        return {
          element,
          width: parseFloat(s.outlineWidth),
          color: s.outlineColor,
          contrast: contrast(rgba(s.outlineColor), background(inset ? el : el.parentElement)),
          description: `outline ${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
        };
      }
      // Box shadows: "rgb(…) 0px 0px 0px 2px[, …]"; a ring is a shadow whose spread (plus half its blur) shows.
      let best: Omit<Ring, 'element' | 'description'> | null = null;
      for (const part of s.boxShadow === 'none' ? [] : s.boxShadow.split(/,(?![^(]*\))/)) {
        const color = /(rgba?\([^)]*\)|color\([^)]*\)|#[0-9a-f]+)/i.exec(part)?.[1] ?? s.color;
        const [x = 0, y = 0, blur = 0, spread = 0] = [...part.replace(color, '').matchAll(/(-?[\d.]+)px/g)].map((m) =>
          parseFloat(m[1]),
        );
        const width = Math.max(spread + blur / 2, Math.abs(x), Math.abs(y));
        const c = contrast(rgba(color), background(/inset/.test(part) ? el : el.parentElement));
        if (!best || width * c > best.width * best.contrast) best = { width, color, contrast: c };
      }
      if (best) return { ...best, element, description: `box-shadow ${s.boxShadow}` };
      return { element, width: 0, color: '', contrast: 1, description: `outline ${s.outlineStyle}, no box-shadow` };
    };
    // A field inside a box (e.g. a multi-select's pills) shows focus on the box (:focus-within).
    w.ringed = (el: Element) => {
      for (let e: Element | null = el, up = 0; e && up < 3; e = e.parentElement, up++) {
        if (w.ringOf!(e).width >= 2) return e;
      }
      return el;
    };
  });
}

/** A focus indicator is clearly visible: at least 2 px, 3:1 against its background, and absent without focus. */
function ringProblem(focused: Ring, unfocused: Ring): string | null {
  const who = focused.element;
  if (focused.width < 2) return `${who}: no focus ring (${focused.description})`;
  if (focused.contrast < 3)
    return `${who}: focus ring contrast ${focused.contrast.toFixed(2)}:1 (${focused.description})`;
  if (unfocused.width >= 2 && unfocused.contrast >= 3 && unfocused.description === focused.description) {
    return `${who}: looks the same without focus (${focused.description})`;
  }
  return null;
}

interface Probe {
  ringOf: (el: Element) => Ring;
  /** The element that draws the ring for `el`: itself, or a box around it. */
  ringed: (el: Element) => Element;
}

type Measured = { focused: Ring; unfocused: Ring } | null;

/**
 * The focus checks on the page as it is: the first element a keyboard reaches from the start of the
 * page and from the start of the main region (a focus probe is placed there and Tab pressed, as a
 * keyboard user would), and the first visible text field (focused as a click would).
 */
async function checkFocus(page: Page, where: string) {
  await installRingOf(page);
  for (const from of ['page', 'main'] as const) {
    const placed = await page.evaluate((start) => {
      const host = start === 'page' ? document.body : document.getElementById('main');
      if (!host) return false;
      const probe = document.createElement('span');
      probe.id = 'focus-probe';
      probe.tabIndex = -1;
      host.prepend(probe);
      probe.focus();
      return true;
    }, from);
    if (!placed) continue;
    await page.keyboard.press('Tab');
    const measured: Measured = await page.evaluate(() => {
      document.getElementById('focus-probe')?.remove();
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const { ringOf, ringed } = window as unknown as Probe;
      const box = ringed(el);
      const focused = ringOf(box);
      el.blur();
      return { focused, unfocused: ringOf(box) };
    });
    const problem = measured ? ringProblem(measured.focused, measured.unfocused) : 'nothing takes focus';
    if (problem) failures.push(`${where}: focus on the first tab stop (${from}): ${problem}`);
  }
  const field: Measured = await page.evaluate(() => {
    const candidates = document.querySelectorAll<HTMLElement>(
      'input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=file]):not([disabled]), textarea:not([disabled]), [contenteditable=true]',
    );
    const el = [...candidates].find(
      (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden',
    );
    if (!el) return null;
    const { ringOf, ringed } = window as unknown as Probe;
    el.focus();
    const box = ringed(el);
    const focused = ringOf(box);
    el.blur();
    return { focused, unfocused: ringOf(box) };
  });
  const problem = field && ringProblem(field.focused, field.unfocused);
  if (problem) failures.push(`${where}: focus on the first text field: ${problem}`);
}

interface Tour {
  role: string;
  pages: string[];
  /** Sign in first (else the pages are public). */
  email?: string;
  /** Where axe runs on these pages: once per page in the whole suite, so each role does its share. */
  axe: (path: string) => 'phone' | 'desktop' | null;
  /** Also measure each page on a desktop (sideways scroll). */
  desktop?: boolean;
}

/** One role's visit of its pages, in one context and one tab, recording every failure. */
async function tour({ role, pages, email, axe, desktop = false }: Tour) {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const quiet = trackRequests(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message.split('\n')[0]));
  let size = PHONE;
  const resize = async (to: typeof PHONE) => {
    if (size === to) return;
    await page.setViewportSize(to);
    size = to;
    await quiet();
  };
  if (email) await signIn(page, url, email);
  let reload = !email;
  for (const path of pages) {
    const where = `${role} ${path}`;
    const pageStarted = Date.now();
    try {
      await resize(PHONE);
      await timed('open', () => open(page, path, quiet, reload)).catch(async (e: Error) => {
        const shown = await page
          .evaluate(() =>
            (document.getElementById('main') ?? document.body).innerText.replace(/\s+/g, ' ').slice(0, 200),
          )
          .catch(() => '');
        throw new Error(`did not open (${e.message.split('\n')[0]}); the page shows "${shown}"`);
      });
      reload = false;
      const phone = await timed('reflow', () => overflowOf(page));
      if (phone) failures.push(`${where} at 320 px: ${phone}`);
      const tall = tallPages().includes(path);
      // axe first: the focus checks open what opens on focus (a multi-select's list).
      if (axe(path) === 'phone') failures.push(...(await timed('axe', () => axeProblems(page, `${where} at 320 px`))));
      await timed('focus', () => checkFocus(page, `${where} at 320 px`));
      if (desktop || tall || axe(path) === 'desktop') {
        await timed('resize', () => resize(DESKTOP));
        const wide = await timed('reflow', () => overflowOf(page));
        if (wide) failures.push(`${where} at 1280 px: ${wide}`);
        if (tall) {
          const { height, parts } = await page.evaluate(() => ({
            height: document.documentElement.scrollHeight,
            // The tallest parts, by their headings, to say where the height comes from.
            parts: [...document.querySelectorAll('#main section, #main [role=tabpanel]')]
              .map((el) => ({
                name: el.querySelector('h2, h3')?.textContent?.trim().slice(0, 40) ?? el.tagName.toLowerCase(),
                h: Math.round(el.getBoundingClientRect().height),
              }))
              .sort((a, b) => b.h - a.h)
              .slice(0, 5)
              .map((x) => `"${x.name}" ${x.h} px`)
              .join(', '),
          }));
          heights.push(`${where}: ${height} px`);
          if (height > MAX_HEIGHT) {
            failures.push(`${where} at 1280 px: ${height} px tall (at most ${MAX_HEIGHT}); tallest parts: ${parts}`);
          }
        }
        if (axe(path) === 'desktop') {
          failures.push(...(await timed('axe', () => axeProblems(page, `${where} at 1280 px`))));
        }
      }
    } catch (e) {
      failures.push(`${where}: ${(e as Error).message.split('\n').slice(0, 8).join(' ')}`);
      reload = true;
    }
    if (errors.length) failures.push(`${where}: errors in the page: ${errors.splice(0).join('; ')}`);
    timings.push(`${Date.now() - pageStarted} ms ${where}`);
  }
  await context.close();
}

/** The routes of src/web/App.tsx as absolute patterns (`/cases/:id`); the catch-all left out. */
function appRoutes(): string[] {
  const source = readFileSync(new URL('../src/web/App.tsx', import.meta.url), 'utf8');
  const paths = [...source.matchAll(/<Route\s+(index|path="([^"]+)")/g)].map((m) => (m[1] === 'index' ? '/' : m[2]));
  return paths.filter((p) => p !== '*').map((p) => (p.startsWith('/') ? p : `/${p}`));
}

describe('every page Samsyn serves', () => {
  it('visits every route of App.tsx', () => {
    const routes = appRoutes();
    expect(routes.length).toBeGreaterThan(50);
    const params = (r: string) => (r.match(/:/g) ?? []).length;
    const matches = (r: string, path: string) => new RegExp(`^${r.replace(/:[A-Za-z]+/g, '[^/]+')}$`).test(path);
    // Each page is the route the router would choose: static segments win over parameters (/cases/new, not /cases/:id).
    const shown = new Set(
      [...publicPages(), ...signedInPages(), ...adminPages()].map(
        (path) => routes.filter((r) => matches(r, path)).sort((a, b) => params(a) - params(b))[0],
      ),
    );
    expect(routes.filter((r) => !shown.has(r))).toEqual([]);
  });

  it('reflows at 320 px, shows where focus is and is axe clean, for every role', async () => {
    const started = Date.now();
    const admin = adminPages();
    // The roles side by side, each in its own context (the machine waits on the server as much as on the browser).
    await Promise.all([
      (async () => {
        await tour({ role: 'public', pages: publicPages(), axe: () => 'phone' });
        await tour({ role: 'reader', pages: signedInPages(), email: DEMO.reader, axe: () => null });
      })(),
      tour({ role: 'coordinator', pages: signedInPages(), email: DEMO.coordinator, axe: () => 'phone' }),
      tour({
        role: 'administrator',
        pages: [...admin, ...signedInPages()],
        email: DEMO.admin,
        axe: (path) => (admin.includes(path) ? 'desktop' : null),
        desktop: true,
      }),
    ]);
    console.info(
      `every page: ${Math.round((Date.now() - started) / 1000)} s`,
      JSON.stringify(spent),
      `\n${heights.join('\n')}`,
      `\n${timings.join('\n')}`,
    );
    // Every page is visited before failing, so one run lists all that still break a rule.
    expect(failures.sort()).toEqual([]);
  }, 900_000);
});
