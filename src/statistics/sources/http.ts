/**
 * The one way the statistics sources talk HTTP: JSON over fetch, with a bounded number of tries.
 * A 429 or a 5xx (or a connection that breaks) is tried again after a backoff, honouring the
 * source's Retry-After; anything else fails at once with a typed SourceError the caller can show.
 * `sleep` and `fetch` are injectable so the tests run in milliseconds against a local server.
 */

export type SourceName = 'kolada' | 'scb';

/** Stable codes, one per thing a caller does something different about. */
export type SourceErrorCode =
  | 'source.not_found' // 404: the KPI, table or path does not exist at the source
  | 'source.bad_request' // 400: the source refused the question (e.g. a malformed id list)
  | 'source.too_large' // 403 from SCB: the selection has more cells than the API gives at once
  | 'source.unavailable' // 429/5xx/network still failing after the last try
  | 'source.bad_response'; // 2xx whose body is not what the documented format says

export class SourceError extends Error {
  constructor(
    readonly code: SourceErrorCode,
    readonly source: SourceName,
    message: string,
    readonly details: { status?: number; url?: string; attempts?: number; ids?: string[] } = {},
  ) {
    super(message);
    this.name = 'SourceError';
  }
}

export interface RetryOptions {
  /** Total tries for one request, the first included (default 5). */
  maxAttempts?: number;
  /** First backoff in ms, doubled per try (default 500), capped at maxDelayMs (default 30 000). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Injected in tests; defaults to a real timer. */
  sleep?: (ms: number) => Promise<void>;
  fetch?: typeof fetch;
  /** Per-request timeout in ms (default 60 000). */
  timeoutMs?: number;
}

export const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

const retryable = (status: number) => status === 429 || status >= 500;

function failureFor(source: SourceName, status: number, url: string, attempts: number): SourceError {
  const details = { status, url, attempts };
  if (status === 404) return new SourceError('source.not_found', source, `${source}: ${url} answered 404`, details);
  if (status === 403) return new SourceError('source.too_large', source, `${source}: ${url} answered 403`, details);
  if (status >= 400 && status < 500 && status !== 429)
    return new SourceError('source.bad_request', source, `${source}: ${url} answered ${status}`, details);
  return new SourceError(
    'source.unavailable',
    source,
    `${source}: ${url} answered ${status} after ${attempts} tries`,
    details,
  );
}

/** GET or POST JSON with retries; returns the parsed body of the first 2xx. */
export async function requestJson(
  source: SourceName,
  url: string,
  init: { method?: 'GET' | 'POST'; body?: unknown; accept?: string } = {},
  options: RetryOptions = {},
): Promise<unknown> {
  const maxAttempts = Math.max(1, options.maxAttempts ?? 5);
  const base = options.baseDelayMs ?? 500;
  const cap = options.maxDelayMs ?? 30_000;
  const sleep = options.sleep ?? realSleep;
  const doFetch = options.fetch ?? fetch;
  for (let attempt = 1; ; attempt++) {
    let wait = Math.min(cap, base * 2 ** (attempt - 1));
    try {
      const res = await doFetch(url, {
        method: init.method ?? 'GET',
        headers: {
          accept: init.accept ?? 'application/json',
          ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
      });
      if (res.ok) {
        const text = await res.text();
        try {
          return JSON.parse(text) as unknown;
        } catch {
          throw new SourceError('source.bad_response', source, `${source}: ${url} did not answer JSON`, {
            status: res.status,
            url,
          });
        }
      }
      // Drain the body so the connection can be reused.
      await res.arrayBuffer().catch(() => undefined);
      if (!retryable(res.status) || attempt >= maxAttempts) throw failureFor(source, res.status, url, attempt);
      const asked = retryAfterMs(res.headers.get('retry-after'));
      // The source's own word wins over our guess, within the same cap.
      if (asked !== null) wait = Math.min(cap, asked);
    } catch (err) {
      if (err instanceof SourceError) throw err;
      // fetch threw: connection refused or reset, or the timeout fired. Worth another try.
      if (attempt >= maxAttempts)
        throw new SourceError(
          'source.unavailable',
          source,
          `${source}: ${url} failed after ${attempt} tries: ${(err as Error).message}`,
          { url, attempts: attempt },
        );
    }
    await sleep(wait);
  }
}
