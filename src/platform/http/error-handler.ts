import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { permissionsPolicy } from './security-headers.js';
import { AppError, defineErrors, type ErrorCode, type ErrorDefinition } from '../errors.js';

/** Refusals Fastify and Node make before a route is found, in Samsyn's shape and codes. */
export const httpErrors = defineErrors({
  'request.bad_url': { status: 400, meaning: 'The path is not a valid URL (e.g. broken percent-encoding).' },
  'request.uri_too_long': { status: 414, meaning: 'A part of the path is longer than any identifier.' },
  'request.timeout': { status: 408, meaning: 'The request was not received in time.' },
  'request.headers_too_large': { status: 431, meaning: 'The request headers are too large.' },
  'request.malformed': { status: 400, meaning: 'The request is not valid HTTP.' },
});
declare module '../errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
  interface ErrorCodes extends Record<keyof typeof httpErrors, ErrorDefinition> {}
}

const connectionCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08003',
  '08006',
  '08001',
  '08004',
]);

/** What errors from pg, PGlite and Fastify may carry. */
type Loose = {
  code?: unknown;
  statusCode?: unknown;
  cause?: unknown;
  constraint?: string;
  message?: unknown;
  errors?: unknown;
} | null;

/**
 * The error and everything behind it: drizzle wraps the driver's error in `cause`, and Node's
 * connect failures hide the real ones in an AggregateError's `errors`.
 */
function chain(e: unknown): Loose[] {
  const out: Loose[] = [];
  const queue: unknown[] = [e];
  while (queue.length && out.length < 20) {
    const cur = queue.shift() as Loose | undefined;
    if (!cur || typeof cur !== 'object' || out.includes(cur)) continue;
    out.push(cur);
    queue.push(cur.cause);
    if (Array.isArray(cur.errors)) queue.push(...cur.errors);
  }
  return out;
}

function pgCode(e: unknown): string | undefined {
  for (const cur of chain(e)) {
    if (typeof cur?.code === 'string' && /^[0-9A-Z]{5}$|^E[A-Z]+$/.test(cur.code)) return cur.code;
  }
  return undefined;
}

const connectionLostMessage =
  /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|Client has encountered a connection error|not queryable|terminating connection|the database system is (shutting down|starting up|in recovery)/i;

/**
 * A lost connection shows itself at any depth: a transaction whose connection died fails on its
 * rollback ("Client has encountered a connection error and is not queryable"), with the query
 * error one `cause` further in.
 */
export function isConnectionLost(e: unknown): boolean {
  return chain(e).some(
    (cur) =>
      (typeof cur?.code === 'string' && connectionCodes.has(cur.code)) ||
      connectionLostMessage.test(String(cur?.message ?? '')),
  );
}

/** Turn anything thrown into the one error shape `{ error: { code, message, details } }`. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const e = err as FastifyError & { constraint?: string; detail?: string };
  if (hasZodFastifySchemaValidationErrors(e)) {
    const details = e.validation.map((v) => ({
      field: [
        e.validationContext,
        ...String(v.instancePath ?? '')
          .split('/')
          .filter(Boolean),
      ]
        .filter(Boolean)
        .join('.'),
      message: v.message,
    }));
    const where = details.map((d) => d.field).join(', ');
    return new AppError('request.validation_failed', `Invalid input: ${where}`, details);
  }
  switch (e?.code) {
    case 'FST_ERR_BAD_URL':
      return new AppError('request.bad_url', 'The path is not a valid URL');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new AppError('request.uri_too_long', 'A part of the path is too long');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('request.invalid_json', 'The request body is not valid JSON');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('request.too_large', 'The request body is too large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('request.unsupported_media_type', 'Send JSON with Content-Type: application/json');
  }
  if ((e as Loose)?.statusCode === 429)
    return new AppError('request.rate_limited', 'Too many attempts, wait a while and try again');
  if (e instanceof SyntaxError && (e as Loose)?.statusCode === 400) {
    return new AppError('request.invalid_json', 'The request body is not valid JSON');
  }
  const code = pgCode(e);
  if (code === '23505')
    return new AppError('record.duplicate', 'A record with the same value already exists', {
      constraint: e.constraint,
    });
  if (code === '23503')
    return new AppError('record.not_found', 'A referenced record does not exist', { constraint: e.constraint });
  if (
    code === '22P02' ||
    code === '22007' ||
    code === '22008' ||
    code === '22003' ||
    code === '22001' ||
    code === '22021' ||
    code === '22P05'
  ) {
    return new AppError('request.validation_failed', 'A value is out of range or malformed', [
      { field: e.constraint ?? 'value', message: (e as Error).message },
    ]);
  }
  if (isConnectionLost(e))
    return new AppError('database.unavailable', 'The database cannot be reached right now; try again shortly');
  const status = (e as Loose)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new AppError('request.validation_failed', (e as Error).message);
  }
  return new AppError('internal', 'Something went wrong on our side');
}

function send(reply: FastifyReply, appErr: AppError) {
  return reply.status(appErr.status).send({
    error: { code: appErr.code as ErrorCode, message: appErr.message, details: appErr.details },
  });
}

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((err, req: FastifyRequest, reply: FastifyReply) => {
    const appErr = toAppError(err);
    if (appErr.code === 'internal') req.log.error({ err }, 'unhandled error');
    else if (appErr.code === 'database.unavailable') req.log.warn({ err }, 'database unavailable');
    if (appErr.code === 'request.rate_limited') {
      const wait = (appErr.details as { retryAfterSeconds?: unknown } | null)?.retryAfterSeconds;
      reply.header('retry-after', typeof wait === 'number' ? String(wait) : (reply.getHeader('retry-after') ?? '60'));
    }
    return send(reply, appErr);
  });
}

/**
 * Fastify's `frameworkErrors` option: errors raised while routing (a path with broken
 * percent-encoding, a path segment longer than `maxParamLength`) get the one error shape too.
 */
export function frameworkErrors(err: FastifyError, _req: FastifyRequest, reply: FastifyReply) {
  // No route means no route hooks: the headers the onSend hook would add are set here.
  reply.header('cache-control', 'no-store').header('permissions-policy', permissionsPolicy);
  return send(reply, toAppError(err));
}

/**
 * Fastify's `clientErrorHandler` option: what Node refuses before Fastify sees a request (not
 * HTTP, headers too large, too slow) is answered in the one error shape as well.
 */
export function clientErrorHandler(err: Error & { code?: string }, socket: Socket) {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const appErr =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? new AppError('request.timeout', 'The request was not received in time')
      : err.code === 'HPE_HEADER_OVERFLOW'
        ? new AppError('request.headers_too_large', 'The request headers are too large')
        : new AppError('request.malformed', 'The request is not valid HTTP');
  const body = JSON.stringify({ error: { code: appErr.code, message: appErr.message, details: null } });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${appErr.status} ${appErr.code}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}
