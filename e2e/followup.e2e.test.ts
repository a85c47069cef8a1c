import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { DEMO, expectAccessible, launch, signIn, startSamsyn } from './harness.js';
import { Client } from '../src/test/harness.js';
import type { Running } from '../src/app/start.js';
import type { CycleSummary } from '../src/followup/contract.js';

const tabs = [
  'Tidslinje',
  'Verksamhetsberättelser',
  'Kommunernas bedömningar',
  'Enkät',
  'Sammanställning',
  'Värdering och beslut',
];

/**
 * The yearly follow-up in the demo county: the coordinator goes through this year's cycle, a body's
 * chair answers the questionnaire from a reminder's link on a phone, the coordinator sees the answer
 * counted and downloads the report for the council, and Bräcke's member hands in Bräcke's assessment.
 */
describe('the yearly follow-up', () => {
  let running: Running;
  let url: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let cycle: CycleSummary;
  let completedBefore: number;

  beforeAll(async () => {
    ({ running, url } = await startSamsyn());
    const coord = await new Client(running.app).login(DEMO.coordinator, DEMO.password);
    cycle = ((await coord.get('/api/followup-cycles')).body.items as CycleSummary[]).find((c) => c.status === 'open')!;
    expect(cycle).toBeDefined();
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  const tab = (name: string) => page.getByRole('tab', { name: new RegExp(`^${name}`) });
  const rateText = () => page.getByText(/\d+ av \d+ inbjudna har svarat/).first();
  const completed = async () =>
    Number(/(\d+) av \d+ inbjudna har svarat/.exec((await rateText().textContent()) ?? '')![1]);

  it('shows the coordinator every part of the current cycle, each accessible', async () => {
    await signIn(page, url, DEMO.coordinator);
    await page.getByRole('link', { name: 'Årlig uppföljning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Årlig uppföljning' }).waitFor();
    await expectAccessible(page, 'follow-up list');
    await page.getByRole('link', { name: cycle.title }).click();
    await page.getByRole('heading', { level: 1, name: cycle.title }).waitFor();
    for (const name of tabs) {
      await tab(name).click();
      await page.getByRole('heading', { level: 2, name }).waitFor();
      if (name === 'Enkät') await rateText().waitFor();
      if (name === 'Sammanställning')
        await page.getByRole('heading', { level: 3, name: 'Samverkansorganens enkät' }).waitFor();
      await expectAccessible(page, `cycle tab ${name}`);
    }
    // The overdue milestones say so in words, not by colour alone.
    await tab('Tidslinje').click();
    await page.getByRole('heading', { level: 2, name: 'Tidslinje' }).waitFor();
    if (cycle.overdueMilestones > 0) {
      await page.getByText('Försenad', { exact: true }).first().waitFor();
      expect(await page.getByText('Försenad', { exact: true }).count()).toBe(cycle.overdueMilestones);
    }
    await tab('Enkät').click();
    await page.getByRole('heading', { level: 2, name: 'Enkät' }).waitFor();
    await rateText().waitFor();
    completedBefore = await completed();
  });

  // Issue 10 item 11: the history made the page 5 800–6 100 px tall; it has its own tab now.
  it('keeps the history in its own tab, so a part of the cycle is a page of its own length', async () => {
    await tab('Tidslinje').click();
    await page.getByRole('heading', { level: 2, name: 'Tidslinje' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Ändringshistorik' }).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(3000);
    await tab('Historik').click();
    await page.getByRole('heading', { level: 2, name: 'Ändringshistorik' }).waitFor();
    await expectAccessible(page, 'cycle tab Historik');
    await tab('Enkät').click();
    await rateText().waitFor();
  });

  it('lets a body chair answer from a reminder on a phone, and the coordinator sees it counted', async () => {
    await page.getByRole('link', { name: 'Gå till enkäten' }).click();
    await page.getByRole('button', { name: 'Skicka påminnelser' }).click();
    await page
      .getByRole('status')
      .getByText(/påminnelser skickades/)
      .waitFor();
    const admin = await new Client(running.app).login(DEMO.admin, DEMO.password);
    const mails = (await admin.get('/api/admin/outbox')).body as { subject: string; text: string }[];
    const reminder = mails.find((m) => /^Påminnelse/.test(m.subject) && /\/svar\//.test(m.text))!;
    expect(reminder, 'a reminder with a link').toBeDefined();
    const token = /\/svar\/([A-Za-z0-9_-]{43})/.exec(reminder.text)![1];

    const phone = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const p = await phone.newPage();
    p.setDefaultTimeout(10_000);
    await p.goto(`${url}/svar/${token}`);
    await p.getByRole('group', { name: /^1\. / }).waitFor();
    await expectAccessible(p, 'respondent page on a phone');
    await p.getByRole('group', { name: /^1\. / }).getByRole('radio', { name: 'Till stor del' }).check();
    for (const n of [2, 3, 4, 5])
      await p
        .getByRole('group', { name: new RegExp(`^${n}\\. `) })
        .getByRole('radio', { name: 'I stort sett nöjd' })
        .check();
    await p.getByRole('textbox', { name: /^6\. / }).fill('Gemensam planering av mötena inför året.');
    await p.getByRole('button', { name: 'Skicka svar' }).click();
    await p.getByRole('heading', { level: 1, name: 'Tack för ditt svar!' }).waitFor();
    await expectAccessible(p, 'thank you on a phone');
    await phone.close();

    await page.goto(`${url}/followup/${cycle.id}?tab=questionnaire`);
    await rateText().waitFor();
    expect(await completed()).toBe(completedBefore + 1);
  });

  it('downloads the compiled report in Word and PDF', async () => {
    await page.goto(`${url}/followup/${cycle.id}?tab=compilation`);
    await page.getByText('Gemensam planering av mötena inför året.').waitFor();
    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ladda ner rapport (Word)' }).click(),
    ]);
    const zip = await JSZip.loadAsync(await readFile((await docx.path())!));
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain(cycle.templateTitle);
    expect(text).toContain(`Period: ${cycle.periodStart} – ${cycle.periodEnd}`);
    expect(text).toContain('Har ni fullföljt årets planerade aktiviteter?');
    expect(text).toContain('Gemensam planering av mötena inför året.');

    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ladda ner rapport (PDF)' }).click(),
    ]);
    const doc = await getDocumentProxy(new Uint8Array(await readFile((await pdf.path())!)));
    const flat = (await extractText(doc, { mergePages: true })).text.replace(/\s+/g, '');
    expect(flat).toContain(cycle.templateTitle.replace(/\s+/g, ''));
    expect(flat).toContain('Harnifullföljtåretsplaneradeaktiviteter?');
  });

  it("lets Bräcke's member hand in Bräcke's assessment, after which it is read-only", async () => {
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await signIn(page, url, DEMO.member);
    await page.goto(`${url}/followup/${cycle.id}?tab=municipalities`);
    await page.getByRole('heading', { level: 2, name: 'Kommunernas bedömningar' }).waitFor();
    const open = page.getByRole('link', { name: 'Fyll i bedömningen för Bräcke kommun' });
    if (await open.count()) {
      await open.click();
      const form = page.getByRole('form', { name: 'Bedömning – Bräcke kommun' });
      await form.waitFor();
      await expectAccessible(page, "Bräcke's assessment form");
      const groups = form.getByRole('radiogroup');
      const areas = await groups.count();
      expect(areas).toBeGreaterThan(0);
      for (let i = 0; i < areas; i++)
        await groups
          .nth(i)
          .getByRole('radio', { name: i === 0 ? 'Nöjd' : 'I stort sett nöjd', exact: true })
          .check();
      await form
        .getByRole('textbox', { name: /^Kommentar om / })
        .first()
        .fill('Bra stöd i kompetensfrågorna.');
      await form.getByLabel('Mötesdatum').fill(`${cycle.year}-11-26`);
      await form.getByRole('textbox', { name: 'Deltagare' }).fill('Kommunchef, utvecklingsledare');
      await form.getByRole('button', { name: 'Spara utkast' }).click();
      await page.getByRole('status').getByText('Utkastet är sparat.').waitFor();
      await form.getByRole('button', { name: 'Lämna bedömning' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Bekräfta' }).click();
    } else {
      await page.getByRole('link', { name: 'Läs den inlämnade bedömningen' }).click();
    }
    await page.getByText(/Bedömningen lämnades .* och kan inte ändras\./).waitFor();
    expect(await page.getByRole('radiogroup').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Lämna bedömning' }).count()).toBe(0);
    await expectAccessible(page, "Bräcke's submitted assessment");
  });
});
