/**
 * The one way the web app talks to the server: same-origin JSON, the CSRF header on every change,
 * and one error type carrying the server's stable code.
 */
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

  /** The record as someone else saved it, sent with a 409 `record.stale`. */
  get current(): unknown {
    const d = this.details as { current?: unknown } | null;
    return d && typeof d === 'object' ? d.current : undefined;
  }
}

/** "body.name" → "name"; "body.populations.0.year" → "populations.0.year". */
function stripLocation(field: string): string {
  return field.replace(/^(body|querystring|params)\.?/, '');
}

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
let csrfFallback = '';

export function setCsrfToken(token: string) {
  csrfFallback = token;
}

function csrfToken(): string {
  const m = document.cookie.match(/(?:^|;\s*)samsyn_csrf=([^;]*)/);
  return m ? decodeURIComponent(m[1]) : csrfFallback;
}

type UnauthorizedHandler = () => void;
let onUnauthorized: UnauthorizedHandler = () => {};
/** The app decides what a 401 means (go to the login page); set once at start. */
export function setUnauthorizedHandler(h: UnauthorizedHandler) {
  onUnauthorized = h;
}

export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (unsafe.has(method)) headers['x-csrf-token'] = csrfToken();
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network.unreachable', 'The server cannot be reached', null);
  }
  const text = await res.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!res.ok) {
    const e = (data as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
    const err = new ApiError(res.status, e?.code ?? 'internal', e?.message ?? res.statusText, e?.details ?? null);
    if (res.status === 401 && err.code === 'auth.required') onUnauthorized();
    throw err;
  }
  return data as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

/** Build a query string, leaving out empty values. */
export function qs(params: Record<string, string | number | boolean | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}
