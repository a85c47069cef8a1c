import { defineErrors } from '../platform/errors.js';

/** The gender review error codes: status and meaning (the web's texts live in src/web/i18n/{sv,en}/errors.ts). */
export const genderReviewErrors = defineErrors({
  'genderReview.criterion_unknown': {
    status: 400,
    meaning: 'A criterion named is not one the review uses (a built-in group it left out, or no such own criterion).',
  },
  'genderReview.group_unknown': {
    status: 400,
    meaning: 'A review must use at least one group of criteria: a built-in group or criteria of its own.',
  },
  'genderReview.document_unknown': {
    status: 400,
    meaning: 'The document named (as the link to improve) is not one of the review’s documents.',
  },
  'genderReview.document_in_use': {
    status: 409,
    meaning:
      'The document is the chosen link to improve: remove it together with that choice (clearImprovement) or choose another link first.',
  },
  'genderReview.criterion_builtin': {
    status: 409,
    meaning:
      'A built-in criterion (the national sub-goals, 4R, the five questions) cannot be renamed or removed; leave out its group instead.',
  },
  'genderReview.organisation_unknown': {
    status: 400,
    meaning: 'The organisation named is not one of the county’s organisations.',
  },
});

type GenderReviewErrors = typeof genderReviewErrors;
declare module '../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this capability's codes
  interface ErrorCodes extends GenderReviewErrors {}
}
