import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO, expectAccessible, launch, signIn, startSamsyn } from './harness.js';
import { Client } from '../src/test/harness.js';
import type { Running } from '../src/app/start.js';

type Json = Record<string, unknown>;
const rows = (body: unknown): Json[] =>
  (Array.isArray(body) ? body : ((body as { items?: Json[] }).items ?? [])) as Json[];

/**
 * Issue 10 item 8: forms opened for people who may not use them. A reader who opens a "new" or "edit"
 * address directly (a bookmark, a link from a colleague) gets the page's title, why there is no form and
 * the way back — not a form the server refuses on submit. Those the abilities allow get the form; an
 * archived record says so; an administrator is told why their own role is not theirs to change.
 */
describe('forms only for those who may use them', () => {
  let running: Running;
  let url: string;
  let browser: Browser;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ({ running, url } = await startSamsyn());
    browser = await launch();
    const coord = await new Client(running.app).login(DEMO.coordinator, DEMO.password);
    // A record the coordinator may change (so the same page shows the reader why not, and the coordinator the form).
    const first = async (path: string) => {
      const list = rows((await coord.get(path)).body);
      const mine = list.find((r) => (r.abilities as { update?: boolean } | undefined)?.update === true);
      expect(mine, `${path}: a record the coordinator may change`).toBeTruthy();
      return mine!;
    };
    ids.organisation = String((await first('/api/organisations')).id);
    ids.person = String((await first('/api/people')).id);
    ids.body = String((await first('/api/bodies')).id);
    ids.framework = String((await first('/api/frameworks')).id);
    ids.programme = String((await first('/api/programmes')).id);
    ids.initiative = String((await first(`/api/programmes/${ids.programme}/initiatives`)).id);
    ids.questionnaire = String((await first('/api/questionnaires')).id);
    // An organisation of its own to archive, so the demo's stay as they are.
    const made = await coord.post('/api/organisations', { name: 'Arkivförbundet', type: 'civil_society' });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const archived = await coord.post(`/api/organisations/${made.body.id}/archive`, { version: made.body.version });
    expect(archived.status, JSON.stringify(archived.body)).toBe(200);
    ids.archived = String(made.body.id);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  const creates = [
    { path: '/organisations/new', title: 'Ny organisation' },
    { path: '/people/new', title: 'Ny person' },
    { path: '/bodies/new', title: 'Nytt samverkansorgan' },
    { path: '/frameworks/new', title: 'Nytt målramverk' },
    { path: '/programmes/new', title: 'Nytt program' },
    { path: '/agreement-templates/new', title: 'Ny avtalsmall' },
    { path: '/questionnaires/new', title: 'Ny enkät' },
    { path: '/followup/new', title: 'Ny uppföljning' },
    { path: '/cases/new', title: 'Nytt ärende' },
    { path: '/meetings/new', title: 'Nytt sammanträde' },
  ];
  const edits = () => [
    `/organisations/${ids.organisation}/edit`,
    `/people/${ids.person}/edit`,
    `/bodies/${ids.body}/edit`,
    `/frameworks/${ids.framework}/edit`,
    `/programmes/${ids.programme}/edit`,
    `/initiatives/${ids.initiative}/edit`,
    `/questionnaires/${ids.questionnaire}/edit`,
  ];

  async function as(email: string): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, url, email);
    return page;
  }
  /** What the main region offers to fill in: forms and text fields. */
  const fillable = (page: Page) =>
    page.evaluate(() => {
      const main = document.getElementById('main')!;
      return main.querySelectorAll('form, input:not([type=hidden]), textarea, select, [contenteditable=true]').length;
    });
  const explained = (page: Page, reason: string) => page.locator(`#main [data-not-allowed="${reason}"]`);

  it('shows a reader who opens a create page why there is no form, with the way back', async () => {
    const page = await as(DEMO.reader);
    for (const c of creates) {
      await page.goto(`${url}${c.path}`);
      await page.getByRole('heading', { level: 1, name: c.title }).waitFor();
      const why = explained(page, 'create');
      await why.waitFor();
      expect(await why.innerText(), c.path).toMatch(/^Du kan inte lägga till något här.*\(Läsare\)/);
      expect(await fillable(page), `${c.path}: nothing to fill in`).toBe(0);
      expect(await page.locator('#main a', { hasText: '←' }).count(), `${c.path}: the way back`).toBe(1);
    }
    await expectAccessible(page, 'a create page a reader may not use');
    await page.context().close();
  });

  it('shows a reader who opens an edit page why there is no form', async () => {
    const page = await as(DEMO.reader);
    for (const path of edits()) {
      await page.goto(`${url}${path}`);
      await page.getByRole('heading', { level: 1, name: /^Ändra|^Redigera|^Bygg/ }).waitFor();
      const why = explained(page, 'update');
      await why.waitFor();
      expect(await why.innerText(), path).toMatch(/^Du kan inte ändra .+, så formuläret visas inte/);
      expect(await fillable(page), `${path}: nothing to fill in`).toBe(0);
    }
    await page.context().close();
  });

  it('gives the coordinator the forms, and says an archived record cannot be changed', async () => {
    const page = await as(DEMO.coordinator);
    for (const path of [...creates.map((c) => c.path), ...edits()]) {
      await page.goto(`${url}${path}`);
      await page.locator('#main form').first().waitFor();
      expect(await explained(page, 'create').count(), path).toBe(0);
      expect(await explained(page, 'update').count(), path).toBe(0);
    }
    await page.goto(`${url}/organisations/${ids.archived}/edit`);
    await explained(page, 'archived').waitFor();
    expect(await explained(page, 'archived').innerText()).toMatch(/^Arkivförbundet är arkiverad och kan inte ändras/);
    expect(await fillable(page)).toBe(0);
    await page.context().close();
  });

  it('tells an administrator why their own role and status are not in their account dialog', async () => {
    const page = await as(DEMO.admin);
    const me = (await page.evaluate(() => fetch('/api/auth/session').then((r) => r.json()))) as {
      user: { name: string };
    };
    await page.goto(`${url}/admin/users`);
    await page.getByRole('heading', { level: 1, name: 'Användare' }).waitFor();
    await page.getByRole('button', { name: `Redigera kontot för ${me.user.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Kontot för ${me.user.name}` });
    await dialog.getByText('Du kan inte ändra din egen roll eller stänga av ditt eget konto').waitFor();
    expect(await dialog.getByRole('combobox', { name: 'Roll' }).count()).toBe(0);
    expect(await dialog.getByRole('combobox', { name: 'Status' }).count()).toBe(0);
    await dialog.getByRole('combobox', { name: 'Språk' }).waitFor();
    await expectAccessible(page, 'own account dialog');
    await page.context().close();
  });
});
