import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO, expectAccessible, launch, signIn, startSamsyn } from './harness.js';
import { Client } from '../src/test/harness.js';
import type { Running } from '../src/platform/start.js';

/** A body's chair answers the seed's questionnaire from the link in the mail, on a phone, without an account. */
describe('answering a questionnaire on a phone', () => {
  let running: Running;
  let url: string;
  let browser: Browser;
  let page: Page;
  let token: string;
  let questionnaireId: string;

  beforeAll(async () => {
    ({ running, url } = await startSamsyn());
    const coord = await new Client(running.app).login(DEMO.coordinator, DEMO.password);
    const q = (await coord.post('/api/questionnaires/from-template/uppfoljning-samverkansorgan', { opensAt: '2026-10-01', closesAt: '2099-10-31' })).body;
    questionnaireId = q.id;
    const bodies = (await coord.get('/api/bodies?q=FoU')).body.items;
    const opened = await coord.post(`/api/questionnaires/${q.id}/open`, { version: q.version });
    expect(opened.status).toBe(200);
    const invited = await coord.post(`/api/questionnaires/${q.id}/invitations`, { bodyIds: [bodies[0].id] });
    expect(invited.status).toBe(201);
    const admin = await new Client(running.app).login(DEMO.admin, DEMO.password);
    const mail = (await admin.get('/api/admin/outbox')).body.find((m: { text: string }) => /\/svar\//.test(m.text));
    token = /\/svar\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1];
    browser = await launch();
    page = await (await browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
    page.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  it('answers all six questions, resumes after a reload and submits once', async () => {
    await page.goto(`${url}/svar/${token}`);
    await page.getByRole('heading', { level: 2, name: 'Samverkansorganets verksamhet' }).waitFor();
    await expectAccessible(page, 'respondent page');
    await page.getByRole('group', { name: /^1\. / }).getByRole('radio', { name: 'Till stor del' }).check();
    await page.getByRole('group', { name: /^2\. / }).getByRole('radio', { name: 'I stort sett nöjd' }).check();
    await page.getByRole('status').getByText(/Sparat/).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Samverkansorganets verksamhet' }).waitFor();
    expect(await page.getByRole('group', { name: /^1\. / }).getByRole('radio', { name: 'Till stor del' }).isChecked()).toBe(true);
    await page.getByRole('group', { name: /^3\. / }).getByRole('radio', { name: 'Nöjd', exact: true }).check();
    await page.getByRole('group', { name: /^4\. / }).getByRole('radio', { name: 'Inte riktigt nöjd' }).check();
    await page.getByRole('group', { name: /^5\. / }).getByRole('radio', { name: 'Nöjd', exact: true }).check();
    await page.getByRole('textbox', { name: /^6\. / }).fill('Fler gemensamma underlag inför besluten, tack.');
    await page.getByRole('button', { name: 'Skicka svar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tack för ditt svar!' }).waitFor();
    await expectAccessible(page, 'thank you');
    await page.goto(`${url}/svar/${token}`);
    await page.getByRole('heading', { level: 1, name: 'Enkäten är redan besvarad' }).waitFor();
    await page.goto(`${url}/svar/${'x'.repeat(43)}`);
    await page.getByRole('heading', { level: 1, name: 'Länken fungerar inte' }).waitFor();
  });

  it('shows the coordinator the response rate and the compilation', async () => {
    const coord = await new Client(running.app).login(DEMO.coordinator, DEMO.password);
    const rate = (await coord.get(`/api/questionnaires/${questionnaireId}/response-rate`)).body;
    expect(JSON.stringify(rate)).toContain('"completed":1');
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, url, DEMO.coordinator);
    await page.goto(`${url}/questionnaires/${questionnaireId}`);
    await page.getByText('Fler gemensamma underlag inför besluten, tack.').first().waitFor();
    await expectAccessible(page, 'questionnaire with responses');
  });
});
