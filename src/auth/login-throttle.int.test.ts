import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, PASSWORD, startTestEnv, type TestEnv } from '../test/harness.js';
import { makeUser, world } from '../test/factories.js';
import { loginFailures } from './schema.js';

/**
 * Issue 10, item 3: sign-in is slowed by failures only, per account and address together — so
 * nobody can lock an owner out from elsewhere, and signing in often is no offence.
 */
describe.each(engines)('slowing down password guessing on %s', (engine) => {
  let env: TestEnv;
  let w: Awaited<ReturnType<typeof world>>;
  beforeAll(async () => {
    env = await startTestEnv(engine, { LOGIN_RATE_LIMIT: '10', LOGIN_RATE_WINDOW_MINUTES: '15' });
    w = await world(env.database.db);
  });
  afterAll(() => env?.close());

  const csrf = 'c'.repeat(43);
  const attempt = (email: string, password: string, from: string) =>
    env.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: from,
      headers: { cookie: `samsyn_csrf=${csrf}`, 'x-csrf-token': csrf, 'content-type': 'application/json' },
      payload: JSON.stringify({ email, password }),
    });

  it('lets the owner sign in any number of times', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await attempt(w.member.email, PASSWORD, '192.0.2.10')).statusCode);
    expect(statuses).toEqual(Array(12).fill(200));
  });

  it('lets the owner in from their usual address while someone guesses from elsewhere', async () => {
    const u = await makeUser(env.database.db, w.orgA.id, w.county.id, 'member');
    for (let i = 0; i < 14; i++) await attempt(u.email, `wrong-${i}`, '203.0.113.66');
    const guessed = await attempt(u.email, 'wrong-again', '203.0.113.66');
    expect(guessed.statusCode).toBe(429);
    expect((await attempt(u.email, PASSWORD, '192.0.2.20')).statusCode).toBe(200);
  });

  it('slows further guesses from that address with an increasing delay, and forgives them after a success', async () => {
    const u = await makeUser(env.database.db, w.orgA.id, w.county.id, 'member');
    const from = '198.51.100.7';
    for (let i = 0; i < 10; i++) expect((await attempt(u.email, `wrong-${i}`, from)).statusCode).toBe(401);
    const first = await attempt(u.email, 'wrong-10', from);
    expect(first.statusCode).toBe(429);
    expect(first.json()).toMatchObject({
      error: { code: 'request.rate_limited', details: { retryAfterSeconds: 1 } },
    });
    expect(first.headers['retry-after']).toBe('1');
    // Even the right password waits: otherwise the delay would tell a guesser when they are right.
    expect((await attempt(u.email, PASSWORD, from)).statusCode).toBe(429);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await attempt(u.email, 'wrong-11', from)).statusCode).toBe(401);
    const second = await attempt(u.email, 'wrong-12', from);
    expect(second.statusCode).toBe(429);
    expect(second.headers['retry-after']).toBe('2');
    await new Promise((r) => setTimeout(r, 2100));
    expect((await attempt(u.email, PASSWORD, from)).statusCode).toBe(200);
    expect((await attempt(u.email, 'wrong-13', from)).statusCode).toBe(401);
  }, 20_000);

  it('counts in the database, so every server process sees the same failures', async () => {
    const u = await makeUser(env.database.db, w.orgA.id, w.county.id, 'member');
    await attempt(u.email.toUpperCase(), 'wrong', '2001:db8:1:2:3:4:5:6');
    await attempt(u.email, 'wrong', '2001:db8:1:2:ffff::1');
    const rows = (await env.database.db.select().from(loginFailures)).filter((r) => r.account === u.email);
    // One IPv6 host owns its /64: both guesses count against the same address.
    expect(rows).toEqual([expect.objectContaining({ account: u.email, address: '2001:db8:1:2::/64', failures: 2 })]);
  });
});
