import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../platform/context.js';
import { accountLocale, setAccountLocale } from '../people/index.js';
import { LoginInput, LocaleInput, Me, Ok, ResetInput, ResetRequestInput, SessionOutput } from './contract.js';
import { login } from './login.js';
import { requestPasswordReset, resetPassword } from './password-reset.js';
import { deleteSession, loadSession } from './sessions.js';
import { clearSessionCookies, ensureCsrfCookie, requireActor, setSessionCookies } from './request-context.js';
import type { Actor } from '../policy/policy.js';
import { recordChange } from '../audit/index.js';

const tags = ['auth'];

async function presentMe(services: Services, actor: Actor): Promise<Me> {
  const locale = await accountLocale(services.database.db, actor.userId);
  return { ...actor, locale: locale === 'en' ? 'en' : 'sv' };
}

export const authRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const loginLimit = {
      rateLimit: {
        max: services.config.LOGIN_RATE_LIMIT,
        timeWindow: services.config.LOGIN_RATE_WINDOW_MINUTES * 60_000,
        // Counted per account (after the body is parsed), so changing address does not give an
        // attacker more guesses; requests without an account are counted per address.
        hook: 'preHandler' as const,
        keyGenerator: (req: { ip: string; body?: unknown }) => {
          const email = (req.body as { email?: unknown } | undefined)?.email;
          return typeof email === 'string' ? `account|${email.toLowerCase()}` : `ip|${req.ip}`;
        },
      },
    };

    app.get('/api/auth/session', { schema: { tags, response: { 200: SessionOutput } } }, async (req, reply) => {
      const csrfToken = ensureCsrfCookie(req, reply, services);
      return { user: req.actor ? await presentMe(services, req.actor) : null, csrfToken };
    });

    app.post(
      '/api/auth/login',
      // Not the per-request limiter: only failures count, per account and address (login-throttle.ts).
      { schema: { tags, body: LoginInput, response: { 200: SessionOutput } } },
      async (req, reply) => {
        const s = await login(services, req.body.email, req.body.password, req.ip);
        setSessionCookies(reply, services, s.token, s.csrfToken, s.expiresAt);
        const loaded = await loadSession(services.database.db, s.token, services.config.SESSION_TTL_HOURS);
        return { user: loaded ? await presentMe(services, loaded.actor) : null, csrfToken: s.csrfToken };
      },
    );

    app.post('/api/auth/logout', { schema: { tags, response: { 200: Ok } } }, async (req, reply) => {
      if (req.session) await deleteSession(services.database.db, req.session.id);
      clearSessionCookies(reply);
      return { ok: true as const };
    });

    app.patch('/api/auth/me', { schema: { tags, body: LocaleInput, response: { 200: Me } } }, async (req) => {
      const actor = requireActor(req);
      const before = await presentMe(services, actor);
      await services.database.db.transaction(async (tx) => {
        await setAccountLocale(tx, actor.userId, req.body.locale);
        await recordChange(tx, actor, {
          action: 'update',
          entityType: 'user',
          entityId: actor.userId,
          countyId: actor.countyId,
          organisationId: actor.organisationId,
          before: { locale: before.locale },
          after: { locale: req.body.locale },
        });
      });
      return presentMe(services, actor);
    });

    app.post(
      '/api/auth/password-reset/request',
      { config: loginLimit, schema: { tags, body: ResetRequestInput, response: { 200: Ok } } },
      async (req) => {
        await requestPasswordReset(services.database.db, req.body.email);
        return { ok: true as const };
      },
    );

    app.post(
      '/api/auth/password-reset',
      { config: loginLimit, schema: { tags, body: ResetInput, response: { 200: Ok } } },
      async (req) => {
        await resetPassword(services, req.body.token, req.body.password);
        return { ok: true as const };
      },
    );
  };
