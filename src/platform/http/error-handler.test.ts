import { validatorCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../errors.js';
import { toAppError } from './error-handler.js';

const fastifyError = (code: string, message = code, statusCode = 400) =>
  Object.assign(new Error(message), { code, statusCode });
const pgError = (code: string, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error(`pg ${code}`), { code, ...extra });

describe('toAppError', () => {
  it('passes an AppError through unchanged', () => {
    const err = new AppError('record.stale', 'Changed by someone else', { version: 3 });
    expect(toAppError(err)).toBe(err);
  });

  it.each([
    ['FST_ERR_CTP_INVALID_JSON_BODY', 'request.invalid_json', 400],
    ['FST_ERR_CTP_EMPTY_JSON_BODY', 'request.invalid_json', 400],
    ['FST_ERR_CTP_BODY_TOO_LARGE', 'request.too_large', 413],
    ['FST_ERR_CTP_INVALID_MEDIA_TYPE', 'request.unsupported_media_type', 415],
    ['FST_ERR_CTP_INVALID_CONTENT_LENGTH', 'request.unsupported_media_type', 415],
  ])('maps Fastify %s to %s (%d)', (code, want, status) => {
    for (const err of [{ code }, fastifyError(code)]) {
      const out = toAppError(err);
      expect(out).toBeInstanceOf(AppError);
      expect(out.code).toBe(want);
      expect(out.status).toBe(status);
    }
  });

  it('maps a JSON SyntaxError with status 400 to request.invalid_json', () => {
    const err = Object.assign(new SyntaxError('Unexpected token } in JSON'), { statusCode: 400 });
    expect(toAppError(err).code).toBe('request.invalid_json');
  });

  it('maps a 429 to request.rate_limited', () => {
    const out = toAppError({ statusCode: 429, message: 'Rate limit exceeded' });
    expect(out.code).toBe('request.rate_limited');
    expect(out.status).toBe(429);
  });

  it('maps Zod schema validation errors to request.validation_failed with field paths', () => {
    const check = validatorCompiler({
      schema: z.object({ name: z.string(), address: z.object({ zip: z.string() }) }),
    } as never);
    const { error } = check({ name: 1, address: {} }) as { error: unknown[] };
    const out = toAppError(
      Object.assign(new Error('invalid'), { validation: error, validationContext: 'body', statusCode: 400 }),
    );
    expect(out.code).toBe('request.validation_failed');
    expect(out.status).toBe(400);
    expect((out.details as { field: string }[]).map((d) => d.field)).toEqual(['body.name', 'body.address.zip']);
    expect(out.message).toBe('Invalid input: body.name, body.address.zip');
  });

  it('maps a unique violation (23505) to record.duplicate (409) with the constraint', () => {
    for (const err of [
      { code: '23505', constraint: 'people_email_key' },
      pgError('23505', { constraint: 'people_email_key' }),
    ]) {
      const out = toAppError(err);
      expect(out.code).toBe('record.duplicate');
      expect(out.status).toBe(409);
      expect(out.details).toEqual({ constraint: 'people_email_key' });
    }
  });

  it('maps a foreign key violation (23503) to record.not_found (404)', () => {
    const out = toAppError(pgError('23503', { constraint: 'bodies_organisation_fk' }));
    expect(out.code).toBe('record.not_found');
    expect(out.status).toBe(404);
  });

  it.each(['22P02', '22007', '22008', '22003', '22001'])(
    'maps malformed value %s to request.validation_failed (400)',
    (code) => {
      for (const err of [{ code }, pgError(code)]) {
        const out = toAppError(err);
        expect(out.code).toBe('request.validation_failed');
        expect(out.status).toBe(400);
      }
    },
  );

  it('finds a database code on the cause of a wrapping error', () => {
    const wrapped = new Error('Failed query', { cause: pgError('23505') });
    expect(toAppError(wrapped).code).toBe('record.duplicate');
  });

  it.each(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', '57P01', '08006'])(
    'maps connection code %s to database.unavailable (503)',
    (code) => {
      for (const err of [{ code }, pgError(code)]) {
        const out = toAppError(err);
        expect(out.code).toBe('database.unavailable');
        expect(out.status).toBe(503);
      }
    },
  );

  it.each([
    'Connection terminated unexpectedly',
    'connect ECONNREFUSED 127.0.0.1:5432',
    'timeout exceeded when trying to connect',
  ])('maps an Error "%s" to database.unavailable (503)', (message) => {
    const out = toAppError(new Error(message));
    expect(out.code).toBe('database.unavailable');
    expect(out.status).toBe(503);
  });

  it('finds a lost connection behind the wrapping error, as drizzle reports a failed rollback', () => {
    // What a transaction whose connection was terminated throws: the rollback fails, wrapped.
    const rollback = Object.assign(new Error('Failed query: rollback\nparams: '), {
      cause: new Error('Client has encountered a connection error and is not queryable'),
    });
    expect(toAppError(rollback).code).toBe('database.unavailable');
    const terminated = Object.assign(new Error('Failed query: insert into "people"'), {
      cause: Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    });
    expect(toAppError(terminated).status).toBe(503);
    const refused = Object.assign(new Error('Failed query: select 1'), {
      cause: new AggregateError([Object.assign(new Error('connect ECONNREFUSED ::1:5432'), { code: 'ECONNREFUSED' })]),
    });
    expect(toAppError(refused).status).toBe(503);
    const shuttingDown = Object.assign(new Error('Failed query: select 1'), {
      cause: new Error('the database system is shutting down'),
    });
    expect(toAppError(shuttingDown).status).toBe(503);
  });

  it('maps another 4xx error to request.validation_failed with its message', () => {
    const out = toAppError(fastifyError('FST_ERR_SOMETHING', 'querystring/limit must be a number', 400));
    expect(out.code).toBe('request.validation_failed');
    expect(out.message).toBe('querystring/limit must be a number');
  });

  it('maps a plain Error to internal (500) without leaking its message', () => {
    const out = toAppError(new Error('secret stack detail'));
    expect(out.code).toBe('internal');
    expect(out.status).toBe(500);
    expect(out.message).not.toContain('secret');
  });

  it.each([
    ['a TypeError', new TypeError('x is undefined')],
    ['a string', 'boom'],
    ['undefined', undefined],
    ['null', null],
    ['an error with status 500', fastifyError('FST_ERR_X', 'boom', 500)],
    ['an unknown SQL code', pgError('42P01')],
  ])('maps %s to internal (500)', (_, err) => {
    const out = toAppError(err);
    expect(out.code).toBe('internal');
    expect(out.status).toBe(500);
  });
});
