import { defineErrors } from '../platform/errors.js';

/** The agreements error codes: status and meaning (the web's texts live in src/web/i18n/{sv,en}/errors.ts). */
export const agreementErrors = defineErrors({
  'agreement.date_invalid': { status: 400, meaning: 'The date is not a real date. Write it as YYYY-MM-DD.' },
  'agreement.amount_invalid': {
    status: 400,
    meaning: 'The amount is invalid. Write kronor with at most two decimals, e.g. 443 000 or 36 916,67.',
  },
  'agreement.percent_invalid': {
    status: 400,
    meaning: 'The percentage is invalid. Write a number from 0 to 100 with at most two decimals, e.g. 12,5.',
  },
  'agreement.population_invalid': {
    status: 400,
    meaning: 'The population is missing or invalid for one of the municipalities, so the amount cannot be split.',
  },
  'agreement.index_invalid': {
    status: 400,
    meaning: 'The index value is invalid. Write a percentage with at most two decimals, e.g. 2,7 or −0,5.',
  },
  'agreement.index_duplicate': { status: 409, meaning: 'The index series already has a value for … .' },
  'agreement.index_missing': {
    status: 409,
    meaning:
      'The index value for … is missing from the index series. Add it under Index series so the amount can be computed.',
  },
  'agreement.shares_invalid': { status: 400, meaning: 'Each area needs its own code and a share between 0 and 100 %.' },
  'agreement.shares_not_100': { status: 400, meaning: 'The areas’ shares sum to … %. They must sum to exactly 100 %.' },
  'agreement.area_unknown': { status: 400, meaning: 'Choose one or more of the agreement’s areas.' },
  'agreement.withholding_above_half': {
    status: 400,
    meaning: 'At most 50 % of the compensation for the disputed areas may be withheld.',
  },
  'agreement.terms_invalid': {
    status: 400,
    meaning: 'The terms are invalid. Check the extension, notice period and reminder days.',
  },
  'agreement.validity_order': { status: 400, meaning: 'The end date cannot be before the start date.' },
  'agreement.notice_too_late': {
    status: 409,
    meaning:
      'The notice arrived after the last day for notice, … . It applies instead to the period ending … (last day for notice then: … ).',
  },
  'agreement.notice_exists': { status: 409, meaning: 'The agreement has already been given notice or has ended.' },
  'agreement.bankgiro_invalid': {
    status: 400,
    meaning:
      'The bankgiro number is invalid. Write it as NNN-NNNN or NNNN-NNNN and check the digits – the check digit must match.',
  },
  'agreement.versions_overlap': {
    status: 409,
    meaning: 'The version overlaps an earlier version. A new version must start after the latest version started.',
  },
  'agreement.template_not_issued': {
    status: 409,
    meaning:
      'The template has not been issued yet, so it has no version to follow. Edit its terms directly until it is issued.',
  },
  'agreement.template_issued': {
    status: 409,
    meaning:
      'The template has been issued; its terms no longer change in place. Make the change a new version from a date.',
  },
  'agreement.dispute_settled': {
    status: 409,
    meaning: 'The dispute is already settled; a settlement is recorded once.',
  },
  'agreement.notice_period_invalid': {
    status: 409,
    meaning:
      'A late notice can only be registered for the period it applies to: the first later period whose last day for notice the notice still meets.',
  },
  'agreement.withholding_cap_reached': {
    status: 409,
    meaning:
      'Open disputes already withhold part of the compensation for this area; together at most 50 % may be withheld.',
  },
});

type AgreementErrors = typeof agreementErrors;
declare module '../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this capability's codes
  interface ErrorCodes extends AgreementErrors {}
}
