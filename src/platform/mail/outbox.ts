import { eq } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { enqueueJob, requeueJob } from '../jobs/queue.js';
import type { Mail } from './mailer.js';
import { outbox } from './schema.js';

export const MAIL_JOB = 'mail.send';

/**
 * Queue a mail in the transaction of the change that causes it: the outbox row and its sending job
 * are written together with the change, or not at all. The mail.send job sends it afterwards.
 */
export async function queueMail(tx: Executor, mail: Mail): Promise<string> {
  const [row] = await tx
    .insert(outbox)
    .values({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      attachments: mail.attachments?.length ? mail.attachments : null,
      status: 'queued',
    })
    .returning({ id: outbox.id });
  await enqueueJob(tx, MAIL_JOB, { mailId: row.id }, { key: row.id });
  return row.id;
}

export async function queueMails(tx: Executor, mails: Mail[]): Promise<number> {
  for (const m of mails) await queueMail(tx, m);
  return mails.length;
}

/**
 * Send a mail again that failed (or is waiting for a retry): fresh attempts, now. Returns the row
 * before the change, or null when there is no such mail; throws nothing for a mail already sent —
 * the caller decides (see routes.ts).
 */
export async function requeueMail(tx: Executor, id: string) {
  const [before] = await tx.select().from(outbox).where(eq(outbox.id, id)).for('update');
  if (!before) return null;
  if (before.status !== 'failed' && before.status !== 'retrying') return { before, requeued: false };
  await tx.update(outbox).set({ status: 'queued', nextAttemptAt: null }).where(eq(outbox.id, id));
  const requeued = await requeueJob(tx, MAIL_JOB, id, { mailId: id });
  return { before, requeued };
}
