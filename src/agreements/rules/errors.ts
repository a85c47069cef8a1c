import { AppError } from '../../platform/errors.js';
import { agreementErrors } from '../errors.js';

/** The agreement codes, declared with their status and meaning in src/agreements/errors.ts. */
export type AgreementErrorCode = keyof typeof agreementErrors;

export const agreementErrorStatus = Object.fromEntries(
  Object.entries(agreementErrors).map(([code, def]) => [code, def.status]),
) as Record<AgreementErrorCode, number>;
export { agreementErrorStatus as agreementErrors };

export function agreementError(code: AgreementErrorCode, message: string, details?: unknown): AppError {
  return new AppError(code, message, details);
}
