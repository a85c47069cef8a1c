import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { Client, engines, startTestEnv, type TestEnv } from '../../test/harness.js';
import { startSmtp } from '../../test/smtp.js';
import { world } from '../../test/factories.js';
import { capabilities } from '../../app/capabilities.js';
import { createJobRunner } from '../jobs/runner.js';
import { jobs } from '../jobs/schema.js';
import { backoffMs } from '../jobs/rules.js';
import { MAIL_JOB, queueMail } from './outbox.js';
import { outbox } from './schema.js';
import { auditLog } from '../../audit/schema.js';
import { sendMailJob } from './send-job.js';

/** A log that keeps what the runner says, to check that a failing mail server is logged. */
function recordingLog() {
  const lines: { level: string; obj: object; msg?: string }[] = [];
  const at = (level: string) => (obj: object, msg?: string) => void lines.push({ level, obj, msg });
  return { lines, info: at('info'), warn: at('warn'), error: at('error') };
}

describe.each(engines)('the mail outbox on %s', (engine) => {
  let env: TestEnv;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let refusing = true;
  let w: Awaited<ReturnType<typeof world>>;
  beforeAll(async () => {
    smtp = await startSmtp({ refuse: () => (refusing ? '451 4.3.0 Mail server busy, try later' : null) });
    env = await startTestEnv(engine, { SMTP_URL: smtp.url });
    w = await world(env.database.db);
  });
  afterAll(async () => {
    await env.close();
    await smtp.close();
  });

  it('writes a mail with the change that causes it, or not at all', async () => {
    const db = env.database.db;
    await expect(
      db.transaction(async (tx) => {
        await queueMail(tx, { to: 'rolled-back@test.example', subject: 'S', text: 'T' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await db.select().from(outbox).where(eq(outbox.to, 'rolled-back@test.example'))).toHaveLength(0);
    expect(await db.select().from(jobs).where(eq(jobs.name, MAIL_JOB))).toHaveLength(0);
  });

  it('retries a refused mail with growing waits, marks it failed with the error, and sends it again on request', async () => {
    const db = env.database.db;
    let offset = 0;
    const log = recordingLog();
    const runner = createJobRunner({
      services: env.services,
      // Only the jobs without a daily schedule: the clock below jumps hours ahead, and a daily job that
      // falls due on the way (which one depends on the hour the test runs) is not this test's business.
      definitions: capabilities.flatMap((c) => c.jobs).filter((d) => !d.schedule),
      log,
      clock: () => new Date(Date.now() + offset),
    });
    const id = await db.transaction((tx) =>
      queueMail(tx, { to: 'kommun@test.example', subject: 'Påminnelse', text: 'Hej!' }),
    );
    expect(await runner.runDue()).toBe(1);
    const [first] = await db.select().from(outbox).where(eq(outbox.id, id));
    expect(first).toMatchObject({ status: 'retrying', attempts: 1 });
    expect(first.error).toContain('Mail server busy');
    const [job] = await db.select().from(jobs).where(eq(jobs.key, id));
    expect(job).toMatchObject({ state: 'queued', attempts: 1 });
    expect(job.lastError).toContain('Mail server busy');
    const firstWait = job.runAt.getTime() - Date.now();
    expect(firstWait).toBeGreaterThan(backoffMs(1, 30) - 5000);
    expect(firstWait).toBeLessThanOrEqual(backoffMs(1, 30) + 1000);
    // Not before its time.
    expect(await runner.runDue()).toBe(0);
    expect(log.lines.some((l) => l.level === 'warn' && /mail server did not take/.test(l.msg ?? ''))).toBe(true);

    // Each retry waits twice as long as the one before, until the attempts are used up.
    const waits: number[] = [];
    for (let attempt = 2; attempt <= sendMailJob.maxAttempts!; attempt++) {
      const [before] = await db.select().from(jobs).where(eq(jobs.key, id));
      offset = before.runAt.getTime() - Date.now() + 1000;
      expect(await runner.runDue()).toBe(1);
      const [after] = await db.select().from(jobs).where(eq(jobs.key, id));
      if (after.state === 'queued') waits.push(after.runAt.getTime() - (Date.now() + offset));
    }
    waits.forEach((w, i) => {
      expect(w).toBeGreaterThan(backoffMs(i + 2, 30) - 5000);
      expect(w).toBeLessThanOrEqual(backoffMs(i + 2, 30) + 1000);
    });
    const [failed] = await db.select().from(jobs).where(eq(jobs.key, id));
    expect(failed).toMatchObject({ state: 'failed', attempts: sendMailJob.maxAttempts });
    expect(log.lines.some((l) => l.level === 'error' && /failed for good/.test(l.msg ?? ''))).toBe(true);
    expect(smtp.received).toHaveLength(0);
    expect(smtp.offered).toHaveLength(sendMailJob.maxAttempts!);

    // Visible to an administrator, with the error; only an administrator may send it again.
    const admin = await new Client(env.app).login(w.admin.email);
    const listed = (await admin.get('/api/admin/outbox')).body.find((m: { id: string }) => m.id === id);
    expect(listed).toMatchObject({ status: 'failed', attempts: sendMailJob.maxAttempts, nextAttemptAt: null });
    expect(listed.error).toContain('Mail server busy');
    const anonymous = new Client(env.app);
    await anonymous.get('/api/auth/session');
    expect((await anonymous.post(`/api/admin/outbox/${id}/resend`)).status).toBe(401);
    const coordinator = await new Client(env.app).login(w.coordinator.email);
    expect((await coordinator.post(`/api/admin/outbox/${id}/resend`)).status).toBe(403);

    refusing = false;
    const again = await admin.post(`/api/admin/outbox/${id}/resend`);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id, status: 'queued' });
    const twice = await admin.post(`/api/admin/outbox/${id}/resend`);
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('mail.not_failed');
    expect(await runner.drain()).toBe(1);
    expect(smtp.received.map((m) => m.to)).toEqual([['kommun@test.example']]);
    const sent = (await admin.get('/api/admin/outbox')).body.find((m: { id: string }) => m.id === id);
    expect(sent).toMatchObject({ status: 'sent', error: null, attempts: sendMailJob.maxAttempts! + 1 });
    expect(sent.sentAt).not.toBeNull();
    // Sent is final: not again, by request or by a runner.
    expect((await admin.post(`/api/admin/outbox/${id}/resend`)).status).toBe(409);
    expect(await runner.drain()).toBe(0);
    expect(smtp.received).toHaveLength(1);
    // The request is in the audit log, with who asked and the error it replaced.
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityType: 'mail', actorUserId: w.admin.user.id, after: { status: 'queued' } });
    expect((audit[0].before as { error: string }).error).toContain('Mail server busy');
    expect((await admin.post(`/api/admin/outbox/00000000-0000-4000-8000-000000000000/resend`)).status).toBe(404);
  });

  it('keeps mail in the outbox when no SMTP server is configured', async () => {
    const bare = await startTestEnv(engine);
    try {
      const id = await bare.database.db.transaction((tx) =>
        queueMail(tx, { to: 'kept@test.example', subject: 'S', text: 'T' }),
      );
      await bare.jobs.drain();
      const [row] = await bare.database.db.select().from(outbox).where(eq(outbox.id, id));
      expect(row).toMatchObject({ status: 'kept', attempts: 0, error: null });
    } finally {
      await bare.close();
    }
  });
});
