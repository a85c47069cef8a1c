import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { Client, engines, PASSWORD, startTestEnv, type TestEnv } from '../test/harness.js';
import { makeUser, world } from '../test/factories.js';
import { decodeQuotedPrintable, startSmtp } from '../test/smtp.js';
import { sessions } from './schema.js';
import { users } from '../people/schema.js';

describe.each(engines)('sign-in, sessions and CSRF on %s', (engine) => {
  let env: TestEnv;
  let w: Awaited<ReturnType<typeof world>>;
  beforeAll(async () => {
    env = await startTestEnv(engine, { LOGIN_RATE_LIMIT: '5' });
    w = await world(env.database.db);
  });
  afterAll(() => env?.close());

  it('signs in with a httpOnly SameSite session cookie stored hashed in the database, and signs out', async () => {
    const c = new Client(env.app);
    await c.get('/api/auth/session');
    const res = await c.request(
      'POST',
      '/api/auth/login',
      { email: w.member.email.toUpperCase(), password: PASSWORD },
      { 'x-csrf-token': c.cookies.get('samsyn_csrf')! },
    );
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ email: w.member.email, role: 'member', organisationId: w.orgA.id });
    const setCookie = ([] as string[]).concat(res.headers['set-cookie'] as string[]);
    const session = setCookie.find((s) => s.startsWith('samsyn_session='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    const token = c.cookies.get('samsyn_session')!;
    const stored = await env.database.db.select().from(sessions).where(eq(sessions.userId, w.member.user.id));
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.map((s) => s.id)).not.toContain(token);

    expect((await c.get('/api/auth/session')).body.user.email).toBe(w.member.email);
    expect((await c.post('/api/auth/logout')).status).toBe(200);
    expect((await c.get('/api/auth/session')).body.user).toBeNull();
    expect((await c.get('/api/organisations')).status).toBe(401);
  });

  it('says the same thing for a wrong password and an unknown email', async () => {
    const c = new Client(env.app);
    await c.get('/api/auth/session');
    const wrongPw = await c.post('/api/auth/login', { email: w.member.email, password: 'wrong password' });
    const unknown = await c.post('/api/auth/login', { email: 'nobody@test.example', password: 'wrong password' });
    expect(wrongPw.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrongPw.body).toEqual(unknown.body);
    expect(wrongPw.body.error.code).toBe('auth.invalid_credentials');
  });

  it('refuses state-changing requests without the right CSRF token', async () => {
    const c = await new Client(env.app).login(w.coordinator.email);
    const without = await c.request(
      'POST',
      '/api/organisations',
      { type: 'region', name: 'X' },
      { 'x-csrf-token': '' },
    );
    expect(without.status).toBe(403);
    expect(without.body.error.code).toBe('request.csrf_failed');
    const wrong = await c.request(
      'POST',
      '/api/organisations',
      { type: 'region', name: 'X' },
      { 'x-csrf-token': 'forged-token-forged-token-forged-token' },
    );
    expect(wrong.status).toBe(403);
    const anonymousLogin = await new Client(env.app).post('/api/auth/login', {
      email: w.member.email,
      password: PASSWORD,
    });
    expect(anonymousLogin.status).toBe(403);
  });

  it('ends expired sessions', async () => {
    const c = await new Client(env.app).login(w.reader.email);
    expect((await c.get('/api/organisations')).status).toBe(200);
    await env.database.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.userId, w.reader.user.id));
    expect((await c.get('/api/organisations')).status).toBe(401);
  });

  it('disabling an account ends its sessions and blocks sign-in', async () => {
    const u = await makeUser(env.database.db, w.orgA.id, w.county.id, 'member');
    const c = await new Client(env.app).login(u.email);
    const admin = await new Client(env.app).login(w.admin.email);
    const res = await admin.patch(`/api/users/${u.user.id}`, { disabled: true, version: u.user.version });
    expect(res.status).toBe(200);
    expect((await c.get('/api/organisations')).status).toBe(401);
    await expect(new Client(env.app).login(u.email)).rejects.toThrow(/401/);
  });

  it('keeps the reset mail in the outbox when no SMTP is configured; the link works once', async () => {
    const c = new Client(env.app);
    await c.get('/api/auth/session');
    expect((await c.post('/api/auth/password-reset/request', { email: w.memberB.email })).status).toBe(200);
    expect((await c.post('/api/auth/password-reset/request', { email: 'nobody@test.example' })).status).toBe(200);
    await env.jobs.drain();
    const admin = await new Client(env.app).login(w.admin.email);
    const outbox = await admin.get('/api/admin/outbox');
    const mail = outbox.body.find((m: { to: string }) => m.to === w.memberB.email);
    expect(mail.status).toBe('kept');
    expect(outbox.body.some((m: { to: string }) => m.to === 'nobody@test.example')).toBe(false);
    const token = /token=([A-Za-z0-9_-]+)/.exec(mail.text)![1];
    const weak = await c.post('/api/auth/password-reset', { token, password: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.code).toBe('auth.password_too_weak');
    expect((await c.post('/api/auth/password-reset', { token, password: 'a brand new password' })).status).toBe(200);
    expect(
      (await c.post('/api/auth/password-reset', { token, password: 'another new password' })).body.error.code,
    ).toBe('auth.reset_token_invalid');
    await new Client(env.app).login(w.memberB.email, 'a brand new password');
    // Only administrators read the outbox.
    expect((await (await new Client(env.app).login(w.coordinator.email)).get('/api/admin/outbox')).status).toBe(403);
  });

  it('rate-limits sign-in attempts', async () => {
    const c = new Client(env.app);
    await c.get('/api/auth/session');
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push(
        (
          await c.request(
            'POST',
            '/api/auth/login',
            { email: 'x@test.example', password: 'nope' },
            { 'x-forwarded-for': '10.9.9.9' },
          )
        ).status,
      );
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const limited = await c.request(
      'POST',
      '/api/auth/login',
      { email: 'x@test.example', password: 'nope' },
      { 'x-forwarded-for': '10.9.9.9' },
    );
    expect(limited.body.error.code).toBe('request.rate_limited');
    // A claimed address changes nothing: the attempts are counted per account.
    const rotated: number[] = [];
    for (let i = 0; i < 7; i++)
      rotated.push(
        (
          await c.request(
            'POST',
            '/api/auth/login',
            { email: 'y@test.example', password: 'nope' },
            { 'x-forwarded-for': `10.0.0.${i}` },
          )
        ).status,
      );
    expect(rotated.at(-1)).toBe(429);
  });
});

describe('password reset over real SMTP', () => {
  it('sends the reset link to a local SMTP server', async () => {
    const smtp = await startSmtp();
    const env = await startTestEnv('pglite', { SMTP_URL: smtp.url, PUBLIC_URL: 'https://samsyn.test' });
    try {
      const w = await world(env.database.db);
      await env.database.db.update(users).set({ locale: 'en' }).where(eq(users.id, w.member.user.id));
      const c = new Client(env.app);
      await c.get('/api/auth/session');
      await c.post('/api/auth/password-reset/request', { email: w.member.email });
      await env.jobs.drain();
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0].to).toEqual([w.member.email]);
      const body = decodeQuotedPrintable(smtp.received[0].raw);
      expect(body).toContain('Subject: Reset your Samsyn password');
      const token = /https:\/\/samsyn\.test\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(body)![1];
      expect((await c.post('/api/auth/password-reset', { token, password: 'password over smtp' })).status).toBe(200);
      await new Client(env.app).login(w.member.email, 'password over smtp');
    } finally {
      await env.close();
      await smtp.close();
    }
  });
});
