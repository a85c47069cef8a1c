import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { MailAttachment } from './mailer.js';

/**
 * The transactional outbox: every mail Samsyn sends, written in the transaction of the change that
 * causes it and sent afterwards by the mail.send job. Without SMTP configured it stays here ("kept")
 * for an administrator.
 * status: queued → sending → sent | retrying (→ sending …) | failed (attempts used up) | kept.
 */
export const outbox = pgTable('mail_outbox', {
  id: uuid('id').primaryKey().defaultRandom(),
  to: text('to').notNull(),
  subject: text('subject').notNull(),
  text: text('text').notNull(),
  /** Files sent with the mail (base64), e.g. a meeting's calendar invitation; null: none. */
  attachments: jsonb('attachments').$type<MailAttachment[]>(),
  status: text('status').notNull(),
  /** The last sending error, kept after a later success is not (cleared on success). */
  error: text('error'),
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, mode: 'date' }),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }),
});

export type OutboxStatus = 'queued' | 'sending' | 'retrying' | 'sent' | 'failed' | 'kept';
