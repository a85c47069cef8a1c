import { AppError } from '../../platform/errors.js';

/**
 * Error codes of the agreement rules with their HTTP status. They wait here until the lead merges
 * them into the central table in src/platform/errors.ts; the status there is what counts.
 */
export const agreementErrors = {
  'agreement.date_invalid': 400,
  'agreement.amount_invalid': 400,
  'agreement.percent_invalid': 400,
  'agreement.population_invalid': 400,
  'agreement.index_invalid': 400,
  'agreement.index_duplicate': 409,
  'agreement.index_missing': 409,
  'agreement.shares_invalid': 400,
  'agreement.shares_not_100': 400,
  'agreement.area_unknown': 400,
  'agreement.withholding_above_half': 400,
  'agreement.terms_invalid': 400,
  'agreement.validity_order': 400,
  'agreement.notice_too_late': 409,
  'agreement.bankgiro_invalid': 400,
  'agreement.versions_overlap': 409,
} as const;

export type AgreementErrorCode = keyof typeof agreementErrors;

/** An AppError with an agreement code; the central table in src/platform/errors.ts holds the same codes. */
export function agreementError(code: AgreementErrorCode, message: string, details?: unknown): AppError {
  return new AppError(code, message, details);
}
