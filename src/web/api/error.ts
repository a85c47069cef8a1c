/** One error type for every failed call: the server's stable code, HTTP status and details. */
export interface FieldIssue {
  field: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  constructor(status: number, code: string, message: string, details: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details ?? null;
  }

  /** Field errors of a 400 `request.validation_failed`, or a single field named by a domain error. */
  get fieldIssues(): FieldIssue[] {
    if (Array.isArray(this.details)) {
      return this.details
        .filter((d): d is FieldIssue => !!d && typeof d === 'object' && 'field' in d)
        .map((d) => ({ field: stripLocation(String(d.field)), message: String(d.message ?? '') }));
    }
    const d = this.details as { field?: unknown } | null;
    if (d && typeof d.field === 'string') return [{ field: stripLocation(d.field), message: this.message }];
    return [];
  }

  /** The record as someone else saved it, sent with a 409 `record.stale` (in the contract's shape). */
  get current(): unknown {
    const d = this.details as { current?: unknown } | null;
    return d && typeof d === 'object' ? d.current : undefined;
  }

  /** Someone else saved the record first and the server sent what they saved. */
  get isStale(): boolean {
    return this.code === 'record.stale' && this.current !== undefined && this.current !== null;
  }
}

/** "body.name" → "name"; "body.populations.0.year" → "populations.0.year". */
function stripLocation(field: string): string {
  return field.replace(/^(body|querystring|params)\.?/, '');
}

/** The ApiError for a non-2xx answer whose body is the server's `{ error: { code, message, details } }`. */
export function errorFromResponse(status: number, statusText: string, body: unknown): ApiError {
  const e = (body as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
  return new ApiError(status, e?.code ?? 'internal', e?.message ?? statusText, e?.details ?? null);
}

export const unreachable = () => new ApiError(0, 'network.unreachable', 'The server cannot be reached', null);
