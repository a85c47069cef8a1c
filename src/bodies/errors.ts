import { defineErrors } from '../platform/errors.js';

/** The bodies error codes: status and meaning (the web's texts live in src/web/i18n/{sv,en}/errors.ts). */
export const bodyErrors = defineErrors({
  'body.reports_to_cycle': { status: 400, meaning: 'A body cannot report to itself or to a body that reports to it.' },
  'body.member_already': { status: 409, meaning: 'The person is already a member during that period.' },
  'body.membership_dates': { status: 400, meaning: 'The end date cannot be before the start date.' },
  'body.person_unknown': { status: 400, meaning: 'The person does not exist.' },
});

type BodyErrors = typeof bodyErrors;
declare module '../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this capability's codes
  interface ErrorCodes extends BodyErrors {}
}
