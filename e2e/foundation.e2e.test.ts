import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO, expectAccessible, launch, signIn, startSamsyn } from './harness.js';
import { Client } from '../src/test/harness.js';
import type { Running } from '../src/app/start.js';

/** A newcomer's first visit: sign in, switch language, browse goals, register an organisation and a body. */
describe('foundation in the browser', () => {
  let running: Running;
  let url: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ running, url } = await startSamsyn());
    browser = await launch();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  it('signs in with email and password', async () => {
    await page.goto(url);
    await page.waitForURL('**/login');
    await page.getByRole('heading', { name: 'Logga in', level: 1 }).waitFor();
    await expectAccessible(page, 'login');
    await page.getByRole('textbox', { name: 'E-postadress' }).fill(DEMO.admin);
    await page.getByLabel(/^Lösenord/).fill('fel lösenord');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByText('Fel e-postadress eller lösenord').waitFor();
    await page.getByLabel(/^Lösenord/).fill(DEMO.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { name: 'Översikt', level: 1 }).waitFor();
    await expectAccessible(page, 'home');
  });

  it('switches the whole interface to English and back', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('link', { name: 'Organisations' }).first().waitFor();
    await expectAccessible(page, 'home in English');
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { name: 'Översikt', level: 1 }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
  });

  it('browses Agenda 2030 and searches a target', async () => {
    await page.getByRole('link', { name: 'Målramverk' }).first().click();
    await page.getByRole('heading', { name: 'Målramverk', level: 1 }).waitFor();
    await expectAccessible(page, 'frameworks');
    await page
      .getByRole('link', { name: /Agenda 2030/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: /Agenda 2030/ }).waitFor();
    await page.getByText('Ingen fattigdom').first().waitFor();
    await expectAccessible(page, 'Agenda 2030');
    await page.getByLabel('Sök bland mål och delmål').fill('föroreningarna i haven');
    await page
      .getByText(/\d+ träff(ar)?$/)
      .first()
      .waitFor();
    await page.getByText('14.1 Minska föroreningarna i haven').locator('visible=true').first().waitFor();
    await expectAccessible(page, 'Agenda 2030 search');
  });

  it('creates an organisation, sees it in the list and its audit entry', async () => {
    await page.getByRole('link', { name: 'Organisationer' }).first().click();
    await page.getByRole('heading', { name: 'Organisationer', level: 1 }).waitFor();
    await page.getByText('Bräcke kommun').first().waitFor();
    await expectAccessible(page, 'organisations');
    await page.getByRole('link', { name: 'Ny organisation' }).click();
    await page.getByRole('heading', { name: 'Ny organisation', level: 1 }).waitFor();
    await expectAccessible(page, 'new organisation');
    await page.getByRole('textbox', { name: 'Namn', exact: true }).fill('Mittuniversitetet');
    await page.getByRole('combobox', { name: 'Typ' }).selectOption({ label: 'Universitet eller högskola' });
    await page.getByRole('textbox', { name: 'Webbplats' }).fill('https://www.miun.se');
    await page.getByRole('button', { name: 'Skapa' }).click();
    await page.getByRole('heading', { name: 'Mittuniversitetet', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Ändringshistorik' }).waitFor();
    // The history opens in a drawer, so it never swamps the page (issue 10 item 11).
    await page.getByRole('button', { name: 'Visa ändringshistorik' }).click();
    await page
      .getByText(/Skapade av Astrid Norberg/)
      .first()
      .waitFor();
    await expectAccessible(page, 'organisation detail');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Visa ändringshistorik' }).waitFor();
  });

  it('creates a body that reports to the council, adds a member and sees it on the body page', async () => {
    await page.getByRole('link', { name: 'Samverkansorgan' }).first().click();
    await page.getByRole('heading', { name: 'Samverkansorgan', level: 1 }).waitFor();
    await expectAccessible(page, 'bodies');
    await page.getByRole('link', { name: 'Nytt samverkansorgan' }).click();
    await page.getByRole('heading', { name: 'Nytt samverkansorgan', level: 1 }).waitFor();
    await page.getByRole('textbox', { name: 'Namn', exact: true }).fill('Kansligruppen för social hållbarhet');
    await page.getByRole('combobox', { name: 'Typ' }).selectOption({ label: 'Kansligrupp' });
    await page
      .getByRole('combobox', { name: 'Värdorganisation' })
      .selectOption({ label: 'Region Jämtland Härjedalen' });
    await page.getByRole('combobox', { name: 'Rapporterar till' }).selectOption({ label: 'Regionens samverkansråd' });
    await expectAccessible(page, 'new body form');
    await page.getByRole('button', { name: 'Skapa' }).click();
    await page.getByRole('heading', { name: 'Kansligruppen för social hållbarhet', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Regionens samverkansråd' }).first().waitFor();

    await page.getByRole('button', { name: 'Lägg till medlem' }).first().click();
    const form = page.getByRole('form', { name: 'Lägg till medlem' });
    await form.getByLabel(/^Person/).fill('Sara');
    await page
      .getByRole('listbox')
      .getByRole('option', { name: /Sara Holm/ })
      .click();
    await form.getByRole('combobox', { name: 'Roll' }).selectOption({ label: 'Ordförande' });
    await form.getByLabel(/^Från/).fill('2026-01-01');
    await expectAccessible(page, 'add member');
    await form.getByRole('button', { name: 'Lägg till medlem' }).click();
    const members = page.getByRole('table', { name: /Medlemmar i Kansligruppen/ });
    await members.getByText('Sara Holm').waitFor();
    await members.getByText('Ordförande').waitFor();
    await expectAccessible(page, 'body detail');
  });

  it('tells the user when someone else saved the same record first, keeping what they typed', async () => {
    await page.goto(`${url}/organisations`);
    await page.getByRole('link', { name: 'Mittuniversitetet' }).click();
    await page.getByRole('link', { name: 'Redigera' }).click();
    await page.getByRole('textbox', { name: 'Telefon' }).fill('010-111 11 11');

    // A colleague opens the same organisation in another browser and saves first.
    const colleague = await (await browser.newContext()).newPage();
    await signIn(colleague, url, DEMO.coordinator);
    await colleague.goto(page.url());
    await colleague.getByRole('textbox', { name: 'Telefon' }).fill('010-222 22 22');
    await colleague.getByRole('button', { name: 'Spara' }).click();
    await colleague.getByRole('heading', { name: 'Mittuniversitetet', level: 1 }).waitFor();
    await colleague.context().close();

    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Någon annan har ändrat uppgifterna').waitFor();
    await page.getByText('010-222 22 22').first().waitFor();
    expect(await page.getByRole('textbox', { name: 'Telefon' }).inputValue()).toBe('010-111 11 11');
    await expectAccessible(page, 'stale edit');
    // The person may save theirs on top of what the colleague saved.
    await page.getByRole('button', { name: 'Spara mina ändringar ovanpå' }).click();
    await page.getByRole('heading', { name: 'Mittuniversitetet', level: 1 }).waitFor();
    await page.getByText('010-111 11 11').first().waitFor();
  });

  it('shows a reader no action they may not take: no new, edit or archive on the registers (issue 10 item 8)', async () => {
    const reader = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    reader.setDefaultTimeout(10_000);
    await signIn(reader, url, DEMO.reader);
    const lists = [
      { path: '/organisations', title: 'Organisationer', record: 'Mittuniversitetet', create: 'Ny organisation' },
      { path: '/people', title: 'Personer', record: 'Sara Holm', create: 'Ny person' },
      {
        path: '/bodies',
        title: 'Samverkansorgan',
        record: 'Kansligruppen för social hållbarhet',
        create: 'Nytt samverkansorgan',
      },
      { path: '/frameworks', title: 'Målramverk', record: 'Agenda 2030', create: 'Nytt ramverk' },
    ];
    for (const l of lists) {
      await reader.goto(`${url}${l.path}`);
      await reader.getByRole('heading', { name: l.title, level: 1 }).waitFor();
      await reader.getByRole('link', { name: l.record }).first().waitFor();
      expect(await reader.getByRole('link', { name: l.create }).count(), l.path).toBe(0);
      expect(await reader.getByRole('button', { name: 'Importera JSON' }).count(), l.path).toBe(0);
      await reader.getByRole('link', { name: l.record }).first().click();
      await reader.getByRole('heading', { name: new RegExp(l.record), level: 1 }).waitFor();
      await reader.getByRole('heading', { name: 'Uppgifter' }).first().waitFor();
      for (const action of [
        'Redigera',
        'Arkivera',
        'Återställ',
        'Lägg till medlem',
        'Publicera utkastet',
        'Starta ny version',
      ]) {
        const shown =
          (await reader.getByRole('link', { name: action, exact: true }).count()) +
          (await reader.getByRole('button', { name: action, exact: true }).count());
        expect(shown, `${l.path}: ${action}`).toBe(0);
      }
    }
    await reader.context().close();
  });

  it('administers accounts: lists them, makes one, changes its role, and tells when someone else saved first', async () => {
    await page.goto(`${url}/admin/users`);
    await page.getByRole('heading', { name: 'Användare', level: 1 }).waitFor();
    const accounts = page.getByRole('table', { name: 'Användarkonton' });
    await accounts.getByRole('link', { name: 'Sara Holm' }).waitFor();
    await accounts.getByText('lasare@samsyn.example').waitFor();
    await expectAccessible(page, 'user accounts');

    // A first password that is too short is refused at its field before anything is sent.
    await page.getByRole('button', { name: 'Nytt användarkonto' }).click();
    const form = page.getByRole('form', { name: 'Nytt användarkonto' });
    await form.getByLabel(/^Person/).fill('Margit');
    await page
      .getByRole('listbox')
      .getByRole('option', { name: /Margit Sundberg/ })
      .click();
    await form.getByRole('textbox', { name: 'E-postadress för inloggning' }).fill('margit.sundberg@samsyn.example');
    await form.getByRole('combobox', { name: 'Roll' }).selectOption({ label: 'Läsare' });
    await form.getByLabel(/^Startlösenord/).fill('kort');
    await form.getByRole('button', { name: 'Skapa' }).click();
    await form.getByText('Lösenordet måste ha minst 10 tecken.').waitFor();
    await expectAccessible(page, 'new account form');
    await form.getByLabel(/^Startlösenord/).fill('ett långt startlösenord');
    await form.getByRole('button', { name: 'Skapa' }).click();
    await page.getByRole('status').filter({ hasText: 'Kontot för Margit Sundberg är skapat.' }).waitFor();
    await form.waitFor({ state: 'detached' });
    const margit = accounts.locator('tr', { hasText: 'Margit Sundberg' });
    await margit.getByText('margit.sundberg@samsyn.example').waitFor();
    await margit.getByText('Läsare', { exact: true }).waitFor();

    const edit = page.getByRole('button', { name: 'Redigera kontot för Margit Sundberg' });
    const dialog = page.getByRole('dialog', { name: 'Kontot för Margit Sundberg' });
    await edit.click();
    await dialog.getByRole('combobox', { name: 'Roll' }).selectOption({ label: 'Medlem' });
    await expectAccessible(page, 'account dialog');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await margit.getByText('Medlem', { exact: true }).waitFor();

    // Another administrator changes the same account while the dialog is open.
    await edit.click();
    await dialog.getByRole('combobox', { name: 'Roll' }).selectOption({ label: 'Samordnare' });
    const colleague = await new Client(running.app).login(DEMO.admin, DEMO.password);
    const account = ((await colleague.get('/api/users')).body as { id: string; name: string; version: number }[]).find(
      (u) => u.name === 'Margit Sundberg',
    )!;
    const theirs = await colleague.patch(`/api/users/${account.id}`, { role: 'reader', version: account.version });
    expect(theirs.status).toBe(200);
    await dialog.getByRole('button', { name: 'Spara' }).click();
    const notice = dialog.getByRole('table', { name: 'Någon annan har ändrat uppgifterna' });
    const roleRow = notice.locator('tr', { hasText: 'Roll' });
    await roleRow.getByRole('cell', { name: 'Läsare' }).waitFor();
    await roleRow.getByRole('cell', { name: 'Samordnare' }).waitFor();
    expect(await dialog.getByRole('combobox', { name: 'Roll' }).inputValue()).toBe('coordinator');
    await expectAccessible(page, 'stale account');
    await dialog.getByRole('button', { name: 'Spara mina ändringar ovanpå' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await margit.getByText('Samordnare', { exact: true }).waitFor();
    const saved = (await colleague.get('/api/users')).body as { id: string; role: string }[];
    expect(saved.find((u) => u.id === account.id)?.role).toBe('coordinator');
  });

  it('works on a phone-sized screen', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${url}/organisations`);
    await page.getByRole('heading', { name: 'Organisationer', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Öppna menyn' }).click();
    await page.getByRole('link', { name: 'Målramverk' }).first().click();
    await page.getByRole('heading', { name: 'Målramverk', level: 1 }).waitFor();
    await expectAccessible(page, 'frameworks on a phone');
  });
});
