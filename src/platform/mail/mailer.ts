import nodemailer from 'nodemailer';

/** A file sent with a mail (a calendar invitation, a protocol extract); its content in base64. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface Mail {
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachment[] | null;
}

/** The SMTP connection; only the mail.send job uses it (everything else queues mail: outbox.ts). */
export interface Mailer {
  /** False when no SMTP_URL is set: mail is then kept in the outbox. */
  configured: boolean;
  /** Hand one outbox mail to the SMTP server; throws when the server refuses or cannot be reached. */
  deliver(mail: Mail & { id: string }): Promise<void>;
}

export function createMailer(settings: { SMTP_URL?: string; MAIL_FROM: string }): Mailer {
  const transport = settings.SMTP_URL
    ? nodemailer.createTransport(settings.SMTP_URL, { connectionTimeout: 30_000, socketTimeout: 60_000 })
    : null;
  return {
    configured: transport !== null,
    async deliver(mail) {
      if (!transport) throw new Error('No SMTP server is configured');
      await transport.sendMail({
        from: settings.MAIL_FROM,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        attachments: (mail.attachments ?? []).map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: Buffer.from(a.content, 'base64'),
        })),
        // The outbox id as Message-ID: should a server die between the SMTP server's answer and the
        // "sent" mark, the mail goes again with the same id, which mail systems recognise.
        messageId: `<${mail.id}@samsyn.outbox>`,
      });
    },
  };
}
