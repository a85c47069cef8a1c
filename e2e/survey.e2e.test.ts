import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { DEMO, expectAccessible, launch, signIn, startSamsyn } from './harness.js';
import { Client } from '../src/test/harness.js';
import type { Running } from '../src/app/start.js';

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
    const q = (
      await coord.post('/api/questionnaires/from-template/uppfoljning-samverkansorgan', {
        opensAt: '2026-10-01',
        closesAt: '2099-10-31',
      })
    ).body;
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
    await page
      .getByRole('status')
      .getByText(/Sparat/)
      .waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Samverkansorganets verksamhet' }).waitFor();
    expect(
      await page.getByRole('group', { name: /^1\. / }).getByRole('radio', { name: 'Till stor del' }).isChecked(),
    ).toBe(true);
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

  // Issue 10 item 7: one body without a chair or secretary failed the whole batch ("Något gick fel").
  it('shows beforehand which body nobody can receive the link for, invites the rest and lists who was skipped', async () => {
    const coord = await new Client(running.app).login(DEMO.coordinator, DEMO.password);
    const me = (await coord.get('/api/auth/session')).body.user as { organisationId: string };
    const empty = await coord.post('/api/bodies', {
      organisationId: me.organisationId,
      type: 'working_group',
      name: 'Arbetsgruppen utan ordförande',
    });
    expect(empty.status).toBe(201);
    const recipients = (await coord.get(`/api/questionnaires/${questionnaireId}/body-recipients`)).body as {
      bodyId: string;
      recipient: unknown;
    }[];
    const invited = (await coord.get(`/api/questionnaires/${questionnaireId}/invitations`)).body as {
      bodyId: string | null;
    }[];
    const reachable = recipients.find((r) => r.recipient && !invited.some((i) => i.bodyId === r.bodyId))!;
    expect(reachable, 'a body with a chair or secretary not yet invited').toBeTruthy();
    const other = (await coord.get(`/api/bodies/${reachable.bodyId}`)).body as { name: string };

    await page.goto(`${url}/questionnaires/${questionnaireId}`);
    const form = page.getByRole('form', { name: 'Bjud in' });
    const nobody = form.getByRole('checkbox', { name: 'Arbetsgruppen utan ordförande' });
    await nobody.waitFor();
    // Said beside the body before anything is sent.
    expect(await nobody.getAttribute('aria-describedby')).toBeTruthy();
    const hint = page.locator(`[id="${await nobody.getAttribute('aria-describedby')}"]`);
    expect(await hint.innerText()).toBe('ingen ordförande eller sekreterare med e-postadress tar emot länken');
    await nobody.check();
    await form.getByRole('checkbox', { name: other.name, exact: true }).check();
    await form.getByRole('button', { name: 'Skicka inbjudningar' }).click();
    await form.getByRole('status').filter({ hasText: '1 ny inbjudan skickades.' }).waitFor();
    const skipped = form.getByRole('alert').filter({ hasText: '1 fick ingen inbjudan' });
    await skipped.waitFor();
    expect(await skipped.innerText()).toContain(
      'Arbetsgruppen utan ordförande: ingen ordförande eller sekreterare med e-postadress tar emot länken',
    );
    expect(await page.getByText('Något gick fel').count()).toBe(0);
    await expectAccessible(page, 'invitations with a skipped body');
  });
});

/**
 * A coordinator builds a questionnaire in the web from nothing: a scale of the county's own, two
 * sections with one question of each of the six types, saved and still there after a reload; a
 * body's chair answers it on a phone and the coordinator sees the answers compiled.
 */
describe('building a questionnaire in the web', () => {
  let running: Running;
  let url: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ running, url } = await startSamsyn());
    browser = await launch();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  const question = (n: number) => page.getByRole('group', { name: new RegExp(`^Fråga ${n}:`) });
  const addQuestion = async (section: number, n: number, type: string) => {
    await page.getByRole('button', { name: `Lägg till fråga i sektion ${section}` }).click();
    const q = question(n);
    await q.getByLabel('Frågetyp').selectOption(type);
    return q;
  };
  const texts = async (q: Locator, sv: string, en: string) => {
    await q.getByLabel(/^Frågetext \(svenska\)/).fill(sv);
    await q.getByLabel(/^Frågetext \(engelska\)/).fill(en);
  };
  const rows = async (q: Locator, what: 'Alternativ' | 'Påstående', items: [string, string][]) => {
    for (const [i, [sv, en]] of items.entries()) {
      if (i >= (what === 'Alternativ' ? 2 : 1))
        await q
          .getByRole('button', { name: what === 'Alternativ' ? 'Lägg till alternativ' : 'Lägg till påstående' })
          .click();
      await q.getByLabel(new RegExp(`^${what} ${i + 1} \\(svenska\\)`)).fill(sv);
      await q.getByLabel(new RegExp(`^${what} ${i + 1} \\(engelska\\)`)).fill(en);
    }
  };

  it('builds every question type, keeps it after a reload, and compiles a phone answer', async () => {
    await signIn(page, url, DEMO.coordinator);
    await page.goto(`${url}/questionnaires`);
    await page.getByRole('link', { name: 'Svarsskalor' }).click();
    await page.getByRole('heading', { level: 1, name: 'Svarsskalor' }).waitFor();
    await page.getByRole('button', { name: 'Ny skala' }).click();
    await page.getByLabel(/^Skalans namn \(svenska\)/).fill('Instämmer i tre steg');
    await page.getByLabel(/^Skalans namn \(engelska\)/).fill('Agreement in three steps');
    const scale = page.getByRole('group', { name: 'Svarsalternativ' });
    await rows(scale, 'Alternativ', [
      ['Instämmer helt', 'Fully agree'],
      ['Instämmer delvis', 'Partly agree'],
      ['Instämmer inte', 'Do not agree'],
    ]);
    expect(await page.getByLabel(/^Kod för alternativ 2/).inputValue()).toBe('instammer_delvis');
    await page.getByRole('button', { name: 'Skapa skala' }).click();
    await page.getByText('Skalan Instämmer i tre steg skapades.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Instämmer i tre steg' }).waitFor();
    await expectAccessible(page, 'answer scales');

    await page.getByRole('link', { name: 'Enkäter' }).first().click();
    await page.getByRole('link', { name: 'Ny enkät' }).click();
    await page.getByRole('radio', { name: 'Tom enkät' }).check();
    await page.getByLabel(/^Rubrik \(svenska\)/).fill('Samverkan i praktiken');
    await page.getByLabel(/^Rubrik \(engelska\)/).fill('Collaboration in practice');
    await page.getByLabel(/^Inledning \(svenska\)/).fill('Några frågor om hur samverkan fungerar.');
    await page.getByLabel(/^Inledning \(engelska\)/).fill('A few questions on how collaboration works.');
    await expectAccessible(page, 'new blank questionnaire');
    await page.getByRole('button', { name: 'Skapa och lägg till frågor' }).click();
    await page.getByRole('heading', { level: 1, name: 'Redigera enkät' }).waitFor();
    const editUrl = page.url();

    await page.getByRole('button', { name: 'Lägg till sektion' }).click();
    await page.getByLabel(/^Sektionens rubrik \(svenska\)/).fill('Arbetet i organet');
    await page.getByLabel(/^Sektionens rubrik \(engelska\)/).fill('The work of the body');
    let q = await addQuestion(1, 1, 'single_choice');
    await texts(q, 'Samverkan ger resultat', 'Collaboration gives results');
    await q.getByLabel(/^Skala/).selectOption({ label: 'Instämmer i tre steg' });
    await q.getByRole('switch', { name: 'Obligatorisk' }).check();
    q = await addQuestion(1, 2, 'multiple_choice');
    await texts(q, 'Vilka frågor har ni arbetat med?', 'Which issues have you worked on?');
    await rows(q, 'Alternativ', [
      ['Vård', 'Care'],
      ['Skola', 'School'],
    ]);
    q = await addQuestion(1, 3, 'matrix');
    await texts(q, 'Hur nöjda är ni med', 'How satisfied are you with');
    await q.getByLabel(/^Skala/).selectOption({ label: 'Nöjdhet i fyra steg' });
    await rows(q, 'Påstående', [
      ['Mötena', 'The meetings'],
      ['Underlagen', 'The documents'],
    ]);

    await page.getByRole('button', { name: 'Lägg till sektion' }).click();
    await page
      .getByLabel(/^Sektionens rubrik \(svenska\)/)
      .nth(1)
      .fill('Övrigt');
    await page
      .getByLabel(/^Sektionens rubrik \(engelska\)/)
      .nth(1)
      .fill('Other');
    q = await addQuestion(2, 4, 'rating');
    await texts(q, 'Betyg på året', 'Grade for the year');
    await q.getByLabel(/^Högsta värde/).fill('5');
    q = await addQuestion(2, 5, 'short_text');
    await texts(q, 'Kontaktperson', 'Contact person');
    q = await addQuestion(2, 6, 'long_text');
    await texts(q, 'Övriga synpunkter', 'Other comments');
    await q.getByLabel(/^Hjälptext \(svenska\)/).fill('Skriv fritt.');
    await q.getByLabel(/^Hjälptext \(engelska\)/).fill('Write freely.');
    await q.getByLabel(/^Maxlängd \(tecken\)/).fill('2000');
    await page.getByRole('button', { name: 'Spara enkäten' }).click();
    await page.getByText('Enkäten sparades.').waitFor();
    await expectAccessible(page, 'questionnaire editor');

    await page.goto(editUrl);
    await page.getByRole('heading', { level: 1, name: 'Redigera enkät' }).waitFor();
    expect(await page.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'Sektion 1: Arbetet i organet',
      'Sektion 2: Övrigt',
    ]);
    expect(await page.getByRole('heading', { level: 4 }).allTextContents()).toEqual([
      'Fråga 1: Samverkan ger resultat',
      'Fråga 2: Vilka frågor har ni arbetat med?',
      'Fråga 3: Hur nöjda är ni med',
      'Fråga 4: Betyg på året',
      'Fråga 5: Kontaktperson',
      'Fråga 6: Övriga synpunkter',
    ]);
    expect(await question(1).getByRole('switch', { name: 'Obligatorisk' }).isChecked()).toBe(true);
    expect(await question(2).getByRole('switch', { name: 'Obligatorisk' }).isChecked()).toBe(false);
    expect(await question(1).getByLabel('Frågetyp').inputValue()).toBe('single_choice');
    expect(
      await question(3)
        .getByLabel(/^Påstående 2 \(engelska\)/)
        .inputValue(),
    ).toBe('The documents');
    expect(
      await question(6)
        .getByLabel(/^Maxlängd/)
        .inputValue(),
    ).toBe('2000');

    await page.getByRole('link', { name: 'Visa enkäten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Samverkan i praktiken' }).waitFor();
    await page.getByRole('button', { name: 'Öppna enkäten' }).click();
    const coord = await new Client(running.app).login(DEMO.coordinator, DEMO.password);
    const body = (await coord.get('/api/bodies?q=FoU')).body.items[0];
    await page.getByRole('checkbox', { name: body.name }).check();
    await page.getByRole('button', { name: 'Skicka inbjudningar' }).click();
    await page.getByText('1 ny inbjudan skickades.').waitFor();
    const admin = await new Client(running.app).login(DEMO.admin, DEMO.password);
    const mail = (await admin.get('/api/admin/outbox')).body.find((m: { text: string }) =>
      m.text.includes('Samverkan i praktiken'),
    );
    const token = /\/svar\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1];

    const phone = await (await browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
    phone.setDefaultTimeout(10_000);
    await phone.goto(`${url}/svar/${token}`);
    await phone.getByRole('heading', { level: 2, name: 'Arbetet i organet' }).waitFor();
    await expectAccessible(phone, 'respondent page of a built questionnaire');
    await phone.getByRole('group', { name: /^1\. / }).getByRole('radio', { name: 'Instämmer helt' }).check();
    await phone.getByRole('group', { name: /^2\. / }).getByRole('checkbox', { name: 'Skola' }).check();
    const matrix = phone.getByRole('group', { name: /^3\. / });
    await matrix.getByRole('group', { name: 'Mötena' }).getByRole('radio', { name: 'Nöjd', exact: true }).check();
    await matrix.getByRole('group', { name: 'Underlagen' }).getByRole('radio', { name: 'Missnöjd' }).check();
    await phone.getByRole('group', { name: /^4\. / }).getByRole('radio', { name: '4' }).check();
    await phone.getByRole('textbox', { name: /^5\. / }).fill('Anna Andersson');
    await phone.getByRole('textbox', { name: /^6\. / }).fill('Tätare möten under våren.');
    await phone.getByRole('button', { name: 'Skicka svar' }).click();
    await phone.getByRole('heading', { level: 1, name: 'Tack för ditt svar!' }).waitFor();
    await phone.context().close();

    await page.reload();
    await page.getByText('Tätare möten under våren.').waitFor();
    await page.getByText('Anna Andersson').waitFor();
    await page.getByRole('row', { name: /^Instämmer helt 1 100/ }).waitFor();
    await page.getByRole('row', { name: /^Skola 1 100/ }).waitFor();
    await page
      .getByRole('table', { name: /Underlagen/ })
      .getByRole('row', { name: /^Missnöjd 1 100/ })
      .waitFor();
    await page.getByText(/Medelvärde 4 av 5/).waitFor();
  });
});
