import { defineErrors } from '../platform/errors.js';

/** The admin error codes: status and meaning (the web's texts live in src/web/i18n/{sv,en}/errors.ts). */
export const adminErrors = defineErrors({
  'data.import_not_empty': { status: 409, meaning: 'The database is not empty.' },
  'data.import_invalid': { status: 400, meaning: 'The import file is invalid.' },
});

type AdminErrors = typeof adminErrors;
declare module '../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this capability's codes
  interface ErrorCodes extends AdminErrors {}
}
