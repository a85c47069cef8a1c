import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError, errorFromResponse, unreachable } from './error';
import type { components, paths } from './schema';
import { csrfToken, unauthorized, unsafeMethods } from './session-hooks';

export { ApiError, type FieldIssue } from './error';
export type { components, paths } from './schema';
/** A schema of the OpenAPI document by its component name, e.g. `Schema<'FrameworkItem'>`. */
export type Schema<K extends keyof components['schemas']> = components['schemas'][K];

/** Same origin, the CSRF header on every change (double-submit cookie `samsyn_csrf`). */
const csrf: Middleware = {
  onRequest({ request }) {
    if (unsafeMethods.has(request.method)) request.headers.set('x-csrf-token', csrfToken());
    request.headers.set('accept', 'application/json');
    return request;
  },
};

/**
 * The typed client generated from /api/openapi.json: paths, parameters, bodies and answers are
 * checked against the server's contracts. Pages do not use it directly but through the typed
 * functions and hooks of their capability (`pages/<capability>/queries.ts`), wrapped in `call`.
 */
export const client = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
client.use(csrf);

type Answer<T> = { data?: T; error?: unknown; response: Response };

/**
 * The answer's data, or the one ApiError: `await call(client.GET('/api/organisations/{id}', {
 * params: { path: { id } } }))`. A 401 `auth.required` also tells the app to go to the login page.
 */
export async function call<T>(request: Promise<Answer<T>>): Promise<T> {
  let answer: Answer<T>;
  try {
    answer = await request;
  } catch {
    throw unreachable();
  }
  const { response } = answer;
  if (!response.ok) {
    const err = errorFromResponse(response.status, response.statusText, answer.error ?? null);
    if (response.status === 401 && err.code === 'auth.required') unauthorized();
    throw err;
  }
  return answer.data as T;
}

export function isApiError(e: unknown, code?: string): e is ApiError {
  return e instanceof ApiError && (code === undefined || e.code === code);
}
