import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { Client, PASSWORD, startTestEnv, type TestEnv } from '../test/harness.js';
import { world } from '../test/factories.js';
import { sessions } from './schema.js';

/** Issue 11, items 6 and 7: the session cookie slides with the session, and is Secure over HTTPS. */
const setCookies = (headers: Record<string, unknown>) =>
  ([] as string[]).concat((headers['set-cookie'] as string[]) ?? []);
const cookieNamed = (headers: Record<string, unknown>, name: string) =>
  setCookies(headers).find((c) => c.startsWith(`${name}=`));

describe('session cookies', () => {
  let env: TestEnv;
  let proxied: TestEnv;
  let w: Awaited<ReturnType<typeof world>>;
  let wp: Awaited<ReturnType<typeof world>>;
  beforeAll(async () => {
    env = await startTestEnv('pglite', { SESSION_TTL_HOURS: '12' });
    proxied = await startTestEnv('pglite', { TRUST_PROXY: 'true' });
    w = await world(env.database.db);
    wp = await world(proxied.database.db);
  });
  afterAll(async () => {
    await env?.close();
    await proxied?.close();
  });

  it('re-sends the session cookie with the new expiry when an active session is extended', async () => {
    const c = await new Client(env.app).login(w.member.email);
    // Seven of twelve hours have passed: the next request extends the session.
    const soon = new Date(Date.now() + 5 * 3600_000);
    await env.database.db.update(sessions).set({ expiresAt: soon }).where(eq(sessions.userId, w.member.user.id));
    const res = await c.get('/api/auth/session');
    expect(res.body.user.email).toBe(w.member.email);
    const cookie = cookieNamed(res.headers, 'samsyn_session');
    expect(cookie, 'the renewed session cookie').toBeDefined();
    const expires = new Date(/Expires=([^;]+)/i.exec(cookie!)![1]!).getTime();
    expect(expires).toBeGreaterThan(Date.now() + 11.9 * 3600_000);
    expect(cookie).toMatch(/HttpOnly/i);
    // A session far from its end is not re-sent on every request.
    expect(cookieNamed((await c.get('/api/auth/session')).headers, 'samsyn_session')).toBeUndefined();
  });

  it('marks cookies Secure when the request came through a trusted HTTPS proxy, not over plain HTTP', async () => {
    const login = async (env: TestEnv, email: string, headers: Record<string, string>) => {
      const first = await env.app.inject({ method: 'GET', url: '/api/auth/session', headers });
      const csrf = cookieNamed(first.headers, 'samsyn_csrf')!;
      const token = /^samsyn_csrf=([^;]+)/.exec(csrf)![1]!;
      const res = await env.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: {
          ...headers,
          cookie: `samsyn_csrf=${token}`,
          'x-csrf-token': token,
          'content-type': 'application/json',
        },
        payload: JSON.stringify({ email, password: PASSWORD }),
      });
      expect(res.statusCode).toBe(200);
      return { first: csrf, session: cookieNamed(res.headers, 'samsyn_session')! };
    };
    const https = await login(proxied, wp.member.email, { 'x-forwarded-proto': 'https' });
    expect(https.first).toMatch(/; Secure/i);
    expect(https.session).toMatch(/; Secure/i);
    const http = await login(proxied, wp.member.email, {});
    expect(http.session).not.toMatch(/; Secure/i);
    // Without a trusted proxy its header is not believed.
    const untrusted = await login(env, w.member.email, { 'x-forwarded-proto': 'https' });
    expect(untrusted.session).not.toMatch(/; Secure/i);
  });
});
