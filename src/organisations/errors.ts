import { defineErrors } from '../platform/errors.js';

/** The organisations error codes: status and meaning (the web's texts live in src/web/i18n/{sv,en}/errors.ts). */
export const organisationErrors = defineErrors({
  'organisation.duplicate_municipality_code': {
    status: 409,
    meaning: 'The municipality code is already used by another organisation.',
  },
  'organisation.municipality_code_required': { status: 400, meaning: 'A municipality must have a municipality code.' },
  'organisation.municipality_code_not_allowed': {
    status: 400,
    meaning: 'Only municipalities can have a municipality code.',
  },
  'organisation.population_only_for_municipality': {
    status: 400,
    meaning: 'Population figures can only be given for municipalities.',
  },
});

type OrganisationErrors = typeof organisationErrors;
declare module '../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this capability's codes
  interface ErrorCodes extends OrganisationErrors {}
}
