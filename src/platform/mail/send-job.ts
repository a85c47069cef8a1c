import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineJob } from '../jobs/definition.js';
import { backoffMs } from '../jobs/rules.js';
import { MAIL_JOB } from './outbox.js';
import { outbox } from './schema.js';

const message = (e: unknown) => String(e instanceof Error ? e.message : e).slice(0, 1000);

/**
 * Send one outbox mail: claim it (queued/retrying/sending → sending), hand it to SMTP, mark it sent.
 * The job's lease keeps a second server off it; a mail already sent is never sent again. A failure
 * is written on the mail (status, attempts, error, next attempt) for the outbox page, and rethrown
 * so the runner retries the job with backoff and logs it.
 */
export const sendMailJob = defineJob({
  name: MAIL_JOB,
  payload: z.object({ mailId: z.uuid() }),
  maxAttempts: 8,
  backoffSeconds: 30,
  leaseSeconds: 120,
  async run({ services, job, now, log }, { mailId }) {
    const db = services.database.db;
    if (!services.mailer.configured) {
      await db
        .update(outbox)
        .set({ status: 'kept' })
        .where(and(eq(outbox.id, mailId), inArray(outbox.status, ['queued', 'retrying', 'sending'])));
      return;
    }
    const [mail] = await db
      .update(outbox)
      .set({ status: 'sending', attempts: sql`${outbox.attempts} + 1` })
      .where(and(eq(outbox.id, mailId), inArray(outbox.status, ['queued', 'retrying', 'sending'])))
      .returning();
    if (!mail) return; // sent, kept or gone already
    try {
      await services.mailer.deliver(mail);
    } catch (e) {
      const last = job.attempt >= job.maxAttempts;
      const error = message(e);
      await db
        .update(outbox)
        .set({
          status: last ? 'failed' : 'retrying',
          error,
          nextAttemptAt: last ? null : new Date(now.getTime() + backoffMs(job.attempt, job.backoffSeconds)),
        })
        .where(eq(outbox.id, mailId));
      log.warn({ mailId, attempt: job.attempt, err: error }, 'the mail server did not take a mail');
      throw e;
    }
    await db
      .update(outbox)
      .set({ status: 'sent', sentAt: new Date(), error: null, nextAttemptAt: null })
      .where(eq(outbox.id, mailId));
  },
});

export const mailJobs = [sendMailJob];
