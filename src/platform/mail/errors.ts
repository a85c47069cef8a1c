import { defineErrors } from '../errors.js';

/** The outbox's error codes (the web's texts live in src/web/i18n/{sv,en}/errors.ts). */
export const mailErrors = defineErrors({
  'mail.not_failed': { status: 409, meaning: 'Only a mail that failed, or waits for a retry, can be sent again.' },
});

type MailErrors = typeof mailErrors;
declare module '../errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds the outbox's codes
  interface ErrorCodes extends MailErrors {}
}
