import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sum } from 'drizzle-orm';
import { Client, engines, startTestEnv, type TestEnv } from '../test/harness.js';
import { startSmtp } from '../test/smtp.js';
import { world } from '../test/factories.js';
import { outbox } from '../platform/mail/schema.js';
import { jobs } from '../platform/jobs/schema.js';
import { makeAgreements, makeMunicipality } from './test-fixtures.js';
import { followupMilestones } from './schema.js';
import { remindAllOwners } from './reminders.js';
import { ownerRemindersJob } from './jobs.js';

/**
 * Issue 11, item 2: no route sends mail for someone who is not signed in and allowed to; the daily
 * scheduler is a job, not a missing actor. And every mail-sending route is rate limited per person.
 */
describe.each(engines)('who can make Samsyn send mail, on %s', (engine) => {
  let env: TestEnv;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let w: Awaited<ReturnType<typeof world>>;
  let cycleId: string;
  let cycleVersion: number;
  const year = Number(new Date().getFullYear()) - 2;

  const mailCount = async () => (await env.database.db.select().from(outbox)).length;
  const remindersSent = async () =>
    Number(
      (
        await env.database.db
          .select({ n: sum(followupMilestones.remindersSent) })
          .from(followupMilestones)
          .where(eq(followupMilestones.cycleId, cycleId))
      )[0].n ?? 0,
    );

  beforeAll(async () => {
    smtp = await startSmtp();
    env = await startTestEnv(engine, { SMTP_URL: smtp.url, MAIL_RATE_LIMIT: '4' });
    const db = env.database.db;
    w = await world(db);
    const other = await makeMunicipality(db, w.county.id, 'Annanby kommun', '9001');
    const { template } = await makeAgreements(db, w.county.id, w.orgA.id, [w.orgB.id, other.id]);
    const coord = await new Client(env.app).login(w.coordinator.email);
    // Two years ago: every milestone is overdue, owned by the coordinator who started the cycle.
    const created = await coord.post('/api/followup-cycles', { templateId: template.id, year });
    expect(created.status).toBe(201);
    cycleId = created.body.id;
    cycleVersion = created.body.version;
  });
  afterAll(async () => {
    await env?.close();
    await smtp?.close();
  });

  const anonymous = async () => {
    const c = new Client(env.app);
    await c.get('/api/auth/session'); // a CSRF cookie and header pair, as an attacker's page can get
    return c;
  };

  it('refuses milestone reminders without a session (401) and to a reader (403), sending nothing', async () => {
    const before = { mails: await mailCount(), reminders: await remindersSent() };
    const anon = await anonymous();
    for (let i = 0; i < 3; i++) {
      const res = await anon.post(`/api/followup-cycles/${cycleId}/milestone-reminders`, {
        withinDays: 60,
        minIntervalDays: 0,
      });
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('auth.required');
    }
    const reader = await new Client(env.app).login(w.reader.email);
    const refused = await reader.post(`/api/followup-cycles/${cycleId}/milestone-reminders`, {
      withinDays: 60,
      minIntervalDays: 0,
    });
    expect(refused.status).toBe(403);
    await env.jobs.drain();
    expect({ mails: await mailCount(), reminders: await remindersSent() }).toEqual(before);
    expect(smtp.received).toHaveLength(0);

    // The coordinator may, and the mails go out.
    const coord = await new Client(env.app).login(w.coordinator.email);
    const sent = await coord.post(`/api/followup-cycles/${cycleId}/milestone-reminders`, {
      withinDays: 60,
      minIntervalDays: 0,
    });
    expect(sent.status).toBe(200);
    expect(sent.body.sent).toBeGreaterThan(0);
    expect(await mailCount()).toBe(before.mails + sent.body.sent);
    await env.jobs.drain();
    expect(smtp.received).toHaveLength(sent.body.sent);
  });

  it('refuses every other mail-sending route without a session, and to a reader', async () => {
    const db = env.database.db;
    const coord = await new Client(env.app).login(w.coordinator.email);
    const created = await coord.post('/api/questionnaires', {
      title: { sv: 'Enkät', en: 'Survey' },
      opensAt: `${new Date().getFullYear()}-01-01`,
      closesAt: `${new Date().getFullYear() + 1}-01-01`,
    });
    expect(created.status).toBe(201);
    const q = created.body as { id: string };
    const [anyMail] = await db.select().from(outbox).limit(1);
    const routes: [string, unknown][] = [
      [`/api/followup-cycles/${cycleId}/publish-reports`, { version: cycleVersion }],
      [`/api/followup-cycles/${cycleId}/share-compilation`, { version: cycleVersion }],
      [`/api/questionnaires/${q.id}/invitations`, { personIds: [w.memberB.person.id] }],
      [`/api/questionnaires/${q.id}/reminders`, {}],
      ['/api/agreements/reminders/run', {}],
      [`/api/admin/outbox/${anyMail.id}/resend`, {}],
    ];
    const before = await mailCount();
    const anon = await anonymous();
    const reader = await new Client(env.app).login(w.reader.email);
    for (const [path, body] of routes) {
      const a = await anon.post(path, body);
      expect([path, a.status]).toEqual([path, 401]);
      const r = await reader.post(path, body);
      expect([path, r.status]).toEqual([path, 403]);
    }
    await env.jobs.drain();
    expect(await mailCount()).toBe(before);
  });

  it('limits how often one person can make Samsyn send mail', async () => {
    const admin = await new Client(env.app).login(w.admin.email);
    // MAIL_RATE_LIMIT is 4 an hour here; the administrator has not used this route yet.
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push(
        (
          await admin.post(`/api/followup-cycles/${cycleId}/milestone-reminders`, {
            withinDays: 60,
            minIntervalDays: 7,
          })
        ).status,
      );
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    // Counted per person: a colleague is not held back.
    const coord2 = await new Client(env.app).login(w.coordinator.email);
    expect((await coord2.post('/api/agreements/reminders/run', {})).status).toBe(200);
  });

  it('the daily owner reminders run as a job, not over HTTP', async () => {
    const db = env.database.db;
    await db.update(followupMilestones).set({ lastRemindedAt: null }).where(eq(followupMilestones.cycleId, cycleId));
    const before = await mailCount();
    const queued = await remindAllOwners(env.services);
    expect(queued).toBeGreaterThan(0);
    expect(await mailCount()).toBe(before + queued);
    // Again the same day: the weekly interval holds it back.
    expect(await remindAllOwners(env.services)).toBe(0);
    expect(ownerRemindersJob.schedule).toEqual({ dailyAt: '06:10' });
    expect(await db.select().from(jobs).where(eq(jobs.name, 'mail.send'))).not.toHaveLength(0);
  });
});
