import nodemailer from 'nodemailer';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { outbox } from './schema.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Store the mail in the outbox and send it over SMTP when configured. Never throws on SMTP failure. */
  send(mail: Mail): Promise<{ id: string; status: 'sent' | 'kept' | 'failed' }>;
}

export function createMailer(db: Db, smtpUrl: string | undefined, from: string): Mailer {
  const transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
  return {
    async send(mail) {
      const [row] = await db
        .insert(outbox)
        .values({ ...mail, status: transport ? 'sending' : 'kept' })
        .returning({ id: outbox.id });
      if (!transport) return { id: row.id, status: 'kept' };
      try {
        await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
        await db.update(outbox).set({ status: 'sent', sentAt: new Date() }).where(eq(outbox.id, row.id));
        return { id: row.id, status: 'sent' };
      } catch (e) {
        await db
          .update(outbox)
          .set({ status: 'failed', error: String((e as Error).message).slice(0, 1000) })
          .where(eq(outbox.id, row.id));
        return { id: row.id, status: 'failed' };
      }
    },
  };
}
