import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO, expectAccessible, launch, signIn, startSamsyn } from './harness.js';
import type { Running } from '../src/app/start.js';
import { Client, PASSWORD } from '../src/test/harness.js';
import { systemActor } from '../src/test/factories.js';
import { createPerson } from '../src/people/use-cases.js';
import { insertUser } from '../src/auth/index.js';

const BODY = 'Kulturnämnden';
const today = () => new Date().toISOString().slice(0, 10);

/**
 * A secretary runs a nämnd's meeting in the browser: attendance, a § written with the keyboard and
 * saved by itself (a motion, a vote, decision points), the meeting held; the chair and the adjuster
 * approve on a phone; the protocol is announced and downloaded as PDF.
 */
describe('meetings and protocols in the browser', () => {
  let running: Running;
  let url: string;
  let browser: Browser;
  let page: Page;
  let api: Client;
  let meetingId = '';
  const people: Record<'chair' | 'adjuster' | 'lemon' | 'absent', { id: string; email: string; name: string }> =
    {} as never;

  beforeAll(async () => {
    ({ running, url } = await startSamsyn());
    const db = running.services.database.db;
    api = await new Client(running.app).login(DEMO.coordinator, DEMO.password);
    const me = (await api.get('/api/auth/session')).body.user as { organisationId: string; countyId: string };
    const names = {
      chair: ['Anders', 'Ordförande'],
      adjuster: ['Lena', 'Justerare'],
      lemon: ['Elin', 'Lemon'],
      absent: ['Per', 'Borta'],
    } as const;
    for (const [key, [givenName, familyName]] of Object.entries(names)) {
      const email = `${key}@meetings.example`;
      const person = await createPerson(db, systemActor(me.countyId), {
        organisationId: me.organisationId,
        givenName,
        familyName,
        email,
      });
      await db.transaction((tx) =>
        insertUser(tx, null, { personId: person.id, email, role: 'reader', password: PASSWORD }),
      );
      people[key as keyof typeof people] = { id: person.id, email, name: `${givenName} ${familyName}` };
    }
    const body = await api.post('/api/bodies', { organisationId: me.organisationId, type: 'committee', name: BODY });
    expect(body.status).toBe(201);
    const roles = { chair: 'chair', adjuster: 'member', lemon: 'member', absent: 'member' };
    for (const [key, p] of Object.entries(people)) {
      const r = await api.post(`/api/bodies/${body.body.id}/members`, {
        personId: p.id,
        role: roles[key as keyof typeof roles],
        party: key === 'lemon' ? 'C' : 'S',
        startDate: '2020-01-01',
      });
      expect(r.status).toBe(201);
    }
    const meeting = await api.post(`/api/bodies/${body.body.id}/meetings`, {
      startDate: today(),
      startTime: '09:00',
      endTime: '12:00',
      place: 'Regionens hus, Östersund',
    });
    expect(meeting.status).toBe(201);
    meetingId = meeting.body.id;

    browser = await launch();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await signIn(page, url, DEMO.coordinator);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  const group = (name: string) => page.getByRole('group', { name, exact: true });

  it('lists the meeting among the meetings the coordinator may see and opens it', async () => {
    await page.goto(`${url}/meetings`);
    await page.getByRole('heading', { name: 'Sammanträden', level: 1 }).waitFor();
    const table = page.getByRole('table', { name: /Sammanträden, \d+ sammanträde/ });
    await table
      .getByRole('link', { name: `${today()} 09:00–12:00` })
      .first()
      .waitFor();
    await expectAccessible(page, 'meeting list');
    // The body's page lists its meetings and leads to the meeting.
    await table.getByRole('link', { name: BODY }).first().click();
    await page.getByRole('heading', { name: BODY, level: 1 }).waitFor();
    const section = page.getByRole('region', { name: 'Sammanträden' });
    await section.getByRole('link', { name: 'Nytt sammanträde' }).waitFor();
    await section.getByRole('link', { name: `${today()} 09:00–12:00` }).click();
    await page.getByRole('heading', { name: `${BODY} ${today()}`, level: 1 }).waitFor();
    await page.getByText('Planerat', { exact: true }).first().waitFor();
    await expectAccessible(page, 'meeting overview');
  });

  it('sets the attendance: one member absent, one named adjuster', async () => {
    await page.getByRole('tab', { name: 'Deltagare' }).click();
    await group(`${people.absent.name} (S)`).waitFor();
    await group(`${people.absent.name} (S)`).getByRole('checkbox', { name: 'Närvarande' }).uncheck();
    await group(`${people.adjuster.name} (S)`).getByRole('checkbox', { name: 'Justerare' }).check();
    await expectAccessible(page, 'participants');
    await page.getByRole('button', { name: 'Spara deltagare' }).click();
    await page.getByText('Deltagarna är sparade.').waitFor();
    const m = (await api.get(`/api/meetings/${meetingId}`)).body;
    expect(m.participants).toHaveLength(4);
    expect(m.adjusters.map((a: { name: string }) => a.name).sort()).toEqual(
      [people.chair.name, people.adjuster.name].sort(),
    );
  });

  it('writes a § with a motion, a vote and decision points using only the keyboard, saved by itself', async () => {
    const kb = page.keyboard;
    await page.getByRole('tab', { name: 'Paragrafer' }).click();
    await page.getByRole('textbox', { name: 'Rubrik för ny paragraf' }).focus();
    await kb.type('Bidrag till kulturföreningar');
    await kb.press('Enter');
    // The new § opens with the keyboard in its title.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('meeting-item-title');
    await page.getByRole('heading', { name: /^§ \d+ Bidrag till kulturföreningar$/, level: 3 }).waitFor();

    await page.getByRole('textbox', { name: 'Ärendet' }).focus();
    await kb.type('Förvaltningen föreslår fördelning av bidrag för 2027.');

    await page.getByRole('button', { name: 'Lägg till yrkande' }).focus();
    await kb.press('Enter');
    const motion = group('Yrkande 1');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    await kb.type('Elin');
    expect(await motion.getByRole('combobox', { name: 'Yrkas av' }).inputValue()).not.toBe('');
    const kind = motion.getByRole('combobox', { name: 'Slag av yrkande' });
    await kind.focus();
    // Bifall → Avslag → Ändring
    await kb.press('ArrowDown');
    await kb.press('ArrowDown');
    expect(await kind.inputValue()).toBe('amendment');
    await motion.getByRole('textbox', { name: 'Yrkandet' }).focus();
    await kb.type('Bidraget till Folkets hus höjs med 50 000 kronor.');

    await page.getByRole('button', { name: 'Lägg till proposition' }).focus();
    await kb.press('Enter');
    const proposition = group('Proposition 1');
    await proposition.getByRole('checkbox', { name: `Yrkande 1 (${people.lemon.name} (C))` }).focus();
    await kb.press('Space');
    await proposition.getByRole('textbox', { name: 'Ordföranden ställer proposition' }).focus();
    await kb.type('Ordföranden ställer proposition på förslaget mot Elin Lemons yrkande');
    await proposition.getByRole('textbox', { name: 'Ordföranden finner' }).focus();
    await kb.type('och finner förslaget antaget. Votering begärs.');

    await page.getByRole('checkbox', { name: 'Votering begärdes' }).focus();
    await kb.press('Space');
    await page.getByRole('textbox', { name: 'Voteringsproposition' }).focus();
    await kb.type('Ja för förslaget, nej för Elin Lemons yrkande');
    for (const [who, choice] of [
      [`${people.chair.name} (S)`, 'Ja'],
      [`${people.adjuster.name} (S)`, 'Nej'],
      [`${people.lemon.name} (C)`, 'Nej'],
    ] as const) {
      await page.getByRole('radiogroup', { name: who }).getByRole('radio', { name: choice, exact: true }).focus();
      await kb.press('Space');
    }

    await page.getByRole('button', { name: 'Lägg till beslutspunkt' }).focus();
    await kb.press('Enter');
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.tagName))
      .toBe('TEXTAREA');
    await kb.type('Bidrag fördelas enligt förvaltningens förslag.');
    await kb.press('Control+Enter');
    await kb.type('Bidraget till Folkets hus höjs med 50 000 kronor.');

    await page
      .getByRole('status')
      .filter({ hasText: /^Sparat \d/ })
      .waitFor({ timeout: 15_000 });
    await page.getByText('Resultat: 1 ja, 2 nej, 0 avstår – Nej vinner.').waitFor();
    const m = (await api.get(`/api/meetings/${meetingId}`)).body;
    const item = (await api.get(`/api/meetings/${meetingId}/items/${m.items[0].id}`)).body;
    expect(item.matter).toBe('Förvaltningen föreslår fördelning av bidrag för 2027.');
    expect(item.motions).toMatchObject([
      { kind: 'amendment', text: 'Bidraget till Folkets hus höjs med 50 000 kronor.' },
    ]);
    expect(item.vote.result).toMatchObject({ yes: 1, no: 2, outcome: 'no' });
    expect(item.decision).toEqual([
      'Bidrag fördelas enligt förvaltningens förslag.',
      'Bidraget till Folkets hus höjs med 50 000 kronor.',
    ]);
    await expectAccessible(page, 'protocol editor');
  });

  it('shows the server’s 400 naming the member, and keeps the typed text', async () => {
    // Elin Lemon made a motion and voted: marked jävig, the server refuses the § and names her.
    const jav = page.getByRole('group', { name: 'Deltog inte i paragrafen på grund av jäv' });
    await jav.getByRole('checkbox', { name: `${people.lemon.name} (C)` }).focus();
    await page.keyboard.press('Space');
    await page.getByText(`Gäller: ${people.lemon.name}`).waitFor({ timeout: 15_000 });
    await page.getByRole('alert').first().waitFor();
    await page.getByText('Inte sparat – rätta felet nedan').waitFor();
    await expectAccessible(page, 'protocol editor with an error');
    expect(await page.getByRole('textbox', { name: 'Beslutspunkt 2' }).inputValue()).toBe(
      'Bidraget till Folkets hus höjs med 50 000 kronor.',
    );
    await jav.getByRole('checkbox', { name: `${people.lemon.name} (C)` }).focus();
    await page.keyboard.press('Space');
    await page
      .getByRole('status')
      .filter({ hasText: /^Sparat \d/ })
      .waitFor({ timeout: 15_000 });
    await expect.poll(async () => page.getByText(`Gäller: ${people.lemon.name}`).count()).toBe(0);
  });

  it('keeps the typed text when someone else saved the § first, and saves it on top when asked', async () => {
    const m = (await api.get(`/api/meetings/${meetingId}`)).body;
    const item = (await api.get(`/api/meetings/${meetingId}/items/${m.items[0].id}`)).body;
    const other = await api.patch(`/api/meetings/${meetingId}/items/${item.id}`, {
      version: item.version,
      matter: 'Ändrat av en kollega.',
    });
    expect(other.status).toBe(200);
    await page.getByRole('textbox', { name: 'Ärendet' }).focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' Beredd i kulturutskottet.');
    const notice = page.getByRole('alert').filter({ hasText: 'Någon annan har ändrat' });
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.textContent()).toContain('Ändrat av en kollega.');
    expect(await page.getByRole('textbox', { name: 'Ärendet' }).inputValue()).toBe(
      'Förvaltningen föreslår fördelning av bidrag för 2027. Beredd i kulturutskottet.',
    );
    await expectAccessible(page, 'protocol editor with the stale notice');
    await notice.getByRole('button', { name: 'Spara mina ändringar ovanpå' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Sparat \d/ })
      .waitFor({ timeout: 15_000 });
    const saved = (await api.get(`/api/meetings/${meetingId}/items/${item.id}`)).body;
    expect(saved.matter).toBe('Förvaltningen föreslår fördelning av bidrag för 2027. Beredd i kulturutskottet.');
    expect(saved.version).toBe(other.body.version + 1);
  });

  it('marks the meeting held', async () => {
    await page.getByRole('tab', { name: 'Översikt' }).click();
    await page.getByRole('button', { name: 'Markera som hållet' }).click();
    await page.getByText('Hållet', { exact: true }).first().waitFor();
    await page.getByText(/Sammanträdet är hållet/).waitFor();
  });

  async function approveOnPhone(email: string, expectText: RegExp) {
    const context: BrowserContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const phone = await context.newPage();
    phone.setDefaultTimeout(10_000);
    await signIn(phone, url, email, PASSWORD);
    await phone.goto(`${url}/meetings/${meetingId}?tab=adjusting`);
    await phone.getByRole('heading', { name: 'Justering', level: 2 }).waitFor();
    await phone.getByText('Bidrag fördelas enligt förvaltningens förslag.').waitFor();
    await expectAccessible(phone, 'adjusting on a phone');
    const approve = phone.getByRole('button', { name: 'Godkänn protokollet' });
    const box = await approve.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await approve.click();
    await phone.getByText(expectText).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await context.close();
  }

  it('is approved by the chair and then the adjuster on a phone, each with their own account', async () => {
    // The secretary may not approve: no button, the reason in words.
    await page.getByRole('tab', { name: 'Justering' }).click();
    await page.getByText(/Bara ordföranden och de utsedda justerarna/).waitFor();
    expect(await page.getByRole('button', { name: 'Godkänn protokollet' }).count()).toBe(0);
    await expectAccessible(page, 'adjusting tab');
    await approveOnPhone(people.chair.email, /Du godkände protokollet/);
    await approveOnPhone(people.adjuster.email, /Protokollet är justerat/);
  });

  it('announces the protocol with the dates the law gives, and downloads it as PDF', async () => {
    await page.getByRole('tab', { name: 'Översikt' }).click();
    await page.reload();
    await page.getByRole('button', { name: 'Anslå protokollet' }).click();
    await page.getByText('Anslaget', { exact: true }).first().waitFor();
    const m = (await api.get(`/api/meetings/${meetingId}`)).body;
    expect(m.status).toBe('announced');
    await page.getByText(m.notice.appealEndsOn).first().waitFor();
    await expectAccessible(page, 'announced overview');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Protokollet som PDF' }).click(),
    ]);
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(download.suggestedFilename()).toMatch(/^protokoll-.*\.pdf$/);
  });

  it('reflows at 320 px on every tab, nothing scrolls sideways', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    for (const tab of ['Översikt', 'Deltagare', 'Paragrafer', 'Justering']) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('tab', { name: tab, selected: true }).waitFor();
      await page.waitForFunction(() => !document.querySelector('.mantine-Loader-root'));
      if (tab === 'Paragrafer') await page.getByRole('link', { name: /^§ \d+ Bidrag/ }).click();
      const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(over, `sideways scroll on ${tab}`).toBeLessThanOrEqual(0);
      await expectAccessible(page, `${tab} at 320 px`);
    }
    await page.goto(`${url}/meetings`);
    await page.getByRole('heading', { name: 'Sammanträden', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('reads the meeting in English', async () => {
    await page.goto(`${url}/meetings/${meetingId}`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('tab', { name: 'Participants' }).waitFor();
    await page.getByText('Appeal period ends').waitFor();
    await page.getByRole('link', { name: 'The protocol as PDF' }).waitFor();
    await expectAccessible(page, 'meeting in English');
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('tab', { name: 'Deltagare' }).waitFor();
  });
});
