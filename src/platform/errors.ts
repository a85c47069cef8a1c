/**
 * The one error type of Samsyn. A code is stable (clients and translations key on it); its status
 * comes from the table that declares it, never from the place that throws. Platform declares the
 * codes every capability shares (request.*, auth.*, record.*, database.*, internal); each
 * capability declares its own in its face with `defineErrors` (src/<capability>/errors.ts).
 */
export interface ErrorDefinition {
  status: number;
  /** One line saying what the code means, for the maintainer reading the table. */
  meaning: string;
}
export type ErrorTable = Record<string, ErrorDefinition>;

const registry = new Map<string, ErrorDefinition>();

/** Declare error codes; they become known to AppError and to the error handler. */
export function defineErrors<const T extends ErrorTable>(table: T): T {
  for (const [code, def] of Object.entries(table)) {
    const known = registry.get(code);
    if (known && known.status !== def.status) throw new Error(`Error code ${code} declared twice`);
    registry.set(code, def);
  }
  return table;
}

export const platformErrors = defineErrors({
  'request.invalid_json': { status: 400, meaning: 'The request body is not valid JSON.' },
  'request.validation_failed': { status: 400, meaning: 'A field of the request is missing or malformed.' },
  'request.too_large': { status: 413, meaning: 'The request body is larger than the server accepts.' },
  'request.unsupported_media_type': { status: 415, meaning: 'The request was not sent as JSON.' },
  'request.csrf_failed': { status: 403, meaning: 'The CSRF token is missing or wrong.' },
  'request.rate_limited': { status: 429, meaning: 'Too many attempts in a short time.' },
  'request.route_not_found': { status: 404, meaning: 'No route answers this method and path.' },
  'auth.required': { status: 401, meaning: 'The request needs a signed-in person.' },
  'auth.invalid_credentials': { status: 401, meaning: 'The e-mail address or password is wrong.' },
  'auth.reset_token_invalid': { status: 400, meaning: 'The password-reset link is unknown, used or expired.' },
  'auth.password_too_weak': { status: 400, meaning: 'The new password does not meet the rules.' },
  'auth.forbidden': { status: 403, meaning: 'The policy does not let this person do this.' },
  'record.not_found': { status: 404, meaning: 'The record (or one it refers to) does not exist.' },
  'record.stale': { status: 409, meaning: 'Someone saved the record after it was opened; details.current holds it.' },
  'record.duplicate': { status: 409, meaning: 'A record with the same unique value already exists.' },
  'record.archived': { status: 409, meaning: 'The record is archived and cannot be changed.' },
  'database.unavailable': { status: 503, meaning: 'The database cannot be reached right now.' },
  internal: { status: 500, meaning: 'A bug: something went wrong on the server.' },
});

/**
 * Every code known to the type checker. Each capability adds its own by augmenting this interface
 * in its errors.ts (`declare module '../platform/errors.js' { interface ErrorCodes extends … {} }`).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface ErrorCodes extends Record<keyof typeof platformErrors, ErrorDefinition> {}
export type ErrorCode = keyof ErrorCodes & string;

/** The HTTP status of a code; an undeclared code is a bug, hence 500. */
export function statusOf(code: string): number {
  return registry.get(code)?.status ?? 500;
}

/** Every declared code with its status and meaning (for documentation and tests). */
export function declaredErrors(): ReadonlyMap<string, ErrorDefinition> {
  return registry;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, message?: string, details?: unknown) {
    super(message ?? code);
    this.code = code;
    this.details = details ?? null;
  }
  get status(): number {
    return statusOf(this.code);
  }
}

export const notFound = (what: string, id: string) =>
  new AppError('record.not_found', `${what} ${id} was not found`, { entity: what, id });

/** Body of every error response. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details: unknown };
}
