import { AppError, errorStatus, type ErrorCode } from '../../platform/errors.js';

/** The agreement codes of the central error table (src/platform/errors.ts), where their status lives. */
export type AgreementErrorCode = Extract<ErrorCode, `agreement.${string}`>;

export const agreementErrors = Object.fromEntries(
  Object.entries(errorStatus).filter(([code]) => code.startsWith('agreement.')),
) as Record<AgreementErrorCode, number>;

export function agreementError(code: AgreementErrorCode, message: string, details?: unknown): AppError {
  return new AppError(code, message, details);
}
