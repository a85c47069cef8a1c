import { afterEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { startTestEnv, type TestEnv } from '../test/harness.js';
import { startSmtp } from '../test/smtp.js';
import { world } from '../test/factories.js';
import { startServerProcess, type ServerProcess } from '../test/faults/server-process.js';
import { makeAgreements, makeMunicipality } from '../followup/test-fixtures.js';
import { auditLog } from '../audit/schema.js';
import { outbox } from '../platform/mail/schema.js';
import { jobs, jobSchedules } from '../platform/jobs/schema.js';
import { remindersSent } from './schema.js';
import { sendNoticeReminders } from './reminders.js';
import { noticeRemindersJob } from './jobs.js';

/**
 * Samsyn servers as separate processes on one PostgreSQL database, with a notice reminder due
 * (the agreements of makeAgreements have their deadline 2016-12-31, reminded from 60 days before):
 * the reminder mails reach the SMTP server exactly once, whatever the servers do.
 */
const DUE_MORNING = new Date('2016-11-15T05:00:00Z'); // 06:00 in Stockholm
const describePg = process.env.DATABASE_URL ? describe : describe.skip;

async function dueReminderWorld(env: TestEnv) {
  const db = env.database.db;
  const w = await world(db);
  const krokom = await makeMunicipality(db, w.county.id, 'Krokoms kommun', '2309');
  const { issued } = await makeAgreements(db, w.county.id, w.orgA.id, [w.orgB.id, krokom.id]);
  return issued.length;
}

/** Make this morning's run of the notice reminders due now (the servers registered the schedule). */
async function makeReminderRunDue(env: TestEnv) {
  const db = env.database.db;
  await expect
    .poll(
      async () => (await db.select().from(jobSchedules).where(eq(jobSchedules.name, noticeRemindersJob.name))).length,
      {
        timeout: 30_000,
      },
    )
    .toBe(1);
  await db.update(jobSchedules).set({ nextRunAt: DUE_MORNING }).where(eq(jobSchedules.name, noticeRemindersJob.name));
}

const recipients = (raws: { to: string[] }[]) => raws.flatMap((m) => m.to).sort();

describePg('notice reminders with several servers on one PostgreSQL', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c();
  });

  async function setUp(smtpOptions: Parameters<typeof startSmtp>[0] = {}) {
    const smtp = await startSmtp(smtpOptions);
    cleanup.push(smtp.close);
    const env = await startTestEnv('postgres', { SMTP_URL: smtp.url });
    cleanup.push(env.close);
    const agreements = await dueReminderWorld(env);
    const serverEnv = {
      DATABASE_URL: env.services.config.DATABASE_URL!,
      SMTP_URL: smtp.url,
      DEMO_DATA: 'false',
      JOBS_POLL_SECONDS: '0.1',
    };
    const start = async () => {
      const s = await startServerProcess(serverEnv);
      cleanup.push(() => s.kill('SIGKILL'));
      return s;
    };
    return { smtp, env, agreements, start };
  }

  it('two servers polling at once: exactly one mail per contact person, one reminder run', async () => {
    const { smtp, env, agreements, start } = await setUp();
    const servers: ServerProcess[] = await Promise.all([start(), start()]);
    await makeReminderRunDue(env);
    const db = env.database.db;
    await expect
      .poll(async () => (await db.select().from(outbox).where(eq(outbox.status, 'sent'))).length, { timeout: 30_000 })
      .toBe(agreements);
    // Give both servers a few more looks at the database: nothing more may go out.
    await new Promise((r) => setTimeout(r, 1500));
    expect(servers.every((s) => !s.exited())).toBe(true);
    expect(smtp.received).toHaveLength(agreements);
    expect(new Set(recipients(smtp.received)).size).toBe(agreements);
    expect(smtp.offered).toHaveLength(agreements);
    const runs = await db.select().from(jobs).where(eq(jobs.name, noticeRemindersJob.name));
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      state: 'done',
      attempts: 1,
      key: `${noticeRemindersJob.name}@${DUE_MORNING.toISOString()}`,
    });
    expect(await db.select().from(remindersSent)).toHaveLength(agreements);
  }, 120_000);

  it('the same reminder pass run by two servers at the same moment queues each mail once', async () => {
    const { env, agreements } = await setUp();
    // A second connection pool to the same database, as a second server has.
    const { openDatabase } = await import('../platform/db/database.js');
    const otherDb = await openDatabase({ url: env.services.config.DATABASE_URL });
    cleanup.push(otherDb.close);
    const other = { ...env.services, database: otherDb };
    const counts = await Promise.all([
      sendNoticeReminders(env.services, '2016-11-15'),
      sendNoticeReminders(other, '2016-11-15'),
      sendNoticeReminders(env.services, '2016-11-15'),
    ]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(agreements);
    expect(await env.database.db.select().from(outbox)).toHaveLength(agreements);
    const audits = await env.database.db.select().from(auditLog).where(eq(auditLog.action, 'remind'));
    expect(audits).toHaveLength(agreements);
  }, 60_000);

  it('a server killed while sending a reminder: after the restart every mail goes out once', async () => {
    let hold = true;
    let held = 0;
    const { smtp, env, agreements, start } = await setUp({
      // The first mail's data arrives, but the server is killed before it is accepted.
      beforeAccept: () => (hold ? (held++, new Promise<void>(() => undefined)) : Promise.resolve()),
    });
    const first = await start();
    await makeReminderRunDue(env);
    await expect.poll(() => held, { timeout: 30_000 }).toBe(1);
    const db = env.database.db;
    const leased = await db.select().from(jobs).where(eq(jobs.state, 'running'));
    expect(leased.map((j) => j.name)).toEqual(['mail.send']); // claimed one at a time
    await first.kill('SIGKILL');
    expect(smtp.received).toHaveLength(0);
    // The reminder run itself finished before the kill: its marks and mails were committed together.
    expect(await db.select().from(remindersSent)).toHaveLength(agreements);
    expect(await db.select().from(outbox)).toHaveLength(agreements);

    hold = false;
    // The dead server's lease runs out (120 s for mail; here the clock is not waited for).
    await db.execute(sql`update jobs set locked_until = now() - interval '1 second' where state = 'running'`);
    const second = await start();
    await expect
      .poll(async () => (await db.select().from(outbox).where(eq(outbox.status, 'sent'))).length, { timeout: 30_000 })
      .toBe(agreements);
    await new Promise((r) => setTimeout(r, 1000));
    expect(second.exited()).toBe(false);
    expect(smtp.received).toHaveLength(agreements);
    expect(new Set(recipients(smtp.received)).size).toBe(agreements);
    const mails = await db.select().from(outbox);
    // The interrupted mail took two attempts, the other one.
    expect(mails.map((m) => m.attempts).sort()).toEqual([1, 2]);
    expect((await db.select().from(jobs).where(eq(jobs.name, noticeRemindersJob.name))).length).toBe(1);
  }, 180_000);
});
