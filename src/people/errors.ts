import { defineErrors } from '../platform/errors.js';

/** The people error codes: status and meaning (the web's texts live in src/web/i18n/{sv,en}/errors.ts). */
export const peopleErrors = defineErrors({
  'person.duplicate_email': { status: 409, meaning: 'A person with that email address already exists.' },
  'user.duplicate_email': { status: 409, meaning: 'An account with that email address already exists.' },
  'user.person_has_account': { status: 409, meaning: 'The person already has an account.' },
});

type PeopleErrors = typeof peopleErrors;
declare module '../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this capability's codes
  interface ErrorCodes extends PeopleErrors {}
}
