import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEnv, type TestEnv } from '../../test/harness.js';
import { declaredErrors } from '../errors.js';

/**
 * Issue 11, items 5 and 10: every refusal — also those Fastify and Node make before a route is
 * found — has the one error shape and a status the README lists; API answers are not cached and
 * every answer carries a Permissions-Policy.
 */
const isShaped = (body: string) => {
  const parsed = JSON.parse(body);
  expect(parsed).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
  expect(Object.keys(parsed)).toEqual(['error']);
  expect(Object.keys(parsed.error).sort()).toEqual(['code', 'details', 'message']);
  return parsed.error.code as string;
};

/** Send raw bytes to the listening server and return the whole answer. */
function raw(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let out = '';
    socket.on('data', (d) => (out += String(d)));
    socket.on('error', () => resolve(out));
    socket.on('close', () => resolve(out));
    socket.on('connect', () => socket.write(request));
    setTimeout(() => reject(new Error(`no answer: ${out}`)), 10_000).unref();
  });
}

describe('the error shape and headers', () => {
  let env: TestEnv;
  let port: number;
  beforeAll(async () => {
    env = await startTestEnv('pglite');
    await env.app.listen({ port: 0, host: '127.0.0.1' });
    const addr = env.app.server.address();
    port = typeof addr === 'object' && addr ? addr.port : 0;
  });
  afterAll(() => env?.close());

  it('answers a path with broken percent-encoding with 400 request.bad_url', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/people/%zz' });
    expect(res.statusCode).toBe(400);
    expect(isShaped(res.body)).toBe('request.bad_url');
  });

  it('answers an overlong path segment with 414 request.uri_too_long', async () => {
    const res = await env.app.inject({ method: 'GET', url: `/api/people/${'a'.repeat(500)}` });
    expect(res.statusCode).toBe(414);
    expect(isShaped(res.body)).toBe('request.uri_too_long');
  });

  it('answers what is not HTTP, and overlarge headers, in the same shape', async () => {
    const garbage = await raw(port, 'HELLO THERE\r\n\r\n');
    expect(garbage).toMatch(/^HTTP\/1\.1 400 /);
    expect(isShaped(garbage.split('\r\n\r\n')[1]!)).toBe('request.malformed');
    const big = await raw(port, `GET /api/auth/session HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(70_000)}\r\n\r\n`);
    expect(big).toMatch(/^HTTP\/1\.1 431 /);
    expect(isShaped(big.split('\r\n\r\n')[1]!)).toBe('request.headers_too_large');
  });

  it('lists every status an error can have in the README', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const api = readme.slice(readme.indexOf('### The API'), readme.indexOf('### Roles'));
    const listed = new Set(api.match(/\b[45]\d\d\b/g));
    const missing = [...declaredErrors()]
      .filter(([, d]) => !listed.has(String(d.status)))
      .map(([c, d]) => `${c} ${d.status}`);
    expect(missing).toEqual([]);
  });

  it('keeps API answers out of caches and sends a Permissions-Policy on every answer', async () => {
    for (const url of ['/api/auth/session', '/api/organisations', '/api/no-such-route']) {
      const res = await env.app.inject({ method: 'GET', url });
      expect(res.headers['cache-control'], url).toBe('no-store');
      expect(res.headers['permissions-policy'], url).toMatch(/camera=\(\)/);
    }
    const bad = await env.app.inject({ method: 'GET', url: '/api/people/%zz' });
    expect(bad.headers['cache-control']).toBe('no-store');
    const doc = await env.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(doc.headers['cache-control']).not.toBe('no-store');
    const health = await env.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.headers['permissions-policy']).toMatch(/geolocation=\(\)/);
  });
});
