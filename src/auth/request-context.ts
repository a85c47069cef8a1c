import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../policy/policy.js';
import type { Services } from '../platform/context.js';
import { AppError } from '../platform/errors.js';
import { loadSession, type SessionInfo } from './sessions.js';
import { newToken } from './tokens.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
    session?: SessionInfo;
  }
}

export const SESSION_COOKIE = 'samsyn_session';
export const CSRF_COOKIE = 'samsyn_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Cookies are Secure whenever the request came over HTTPS — directly or, with TRUST_PROXY, through
 * a proxy saying so in X-Forwarded-Proto — and always when SECURE_COOKIES is set.
 */
export function secureCookies(req: FastifyRequest, services: Services): boolean {
  return services.config.SECURE_COOKIES || req.protocol === 'https';
}

export function setSessionCookies(reply: FastifyReply, services: Services, token: string, csrf: string, expires: Date) {
  const secure = secureCookies(reply.request, services);
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires });
  reply.setCookie(CSRF_COOKIE, csrf, { httpOnly: false, sameSite: 'strict', secure, path: '/' });
}

export function clearSessionCookies(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}

/** Make sure an anonymous browser has a CSRF cookie before it posts (login, password reset). */
export function ensureCsrfCookie(req: FastifyRequest, reply: FastifyReply, services: Services): string {
  if (req.session) return req.session.csrfToken;
  const existing = req.cookies[CSRF_COOKIE];
  if (existing && existing.length >= 32) return existing;
  const token = newToken();
  reply.setCookie(CSRF_COOKIE, token, {
    httpOnly: false,
    sameSite: 'strict',
    secure: secureCookies(req, services),
    path: '/',
  });
  return token;
}

/**
 * Loads the signed-in actor from the session cookie and checks CSRF on every state-changing API
 * request: the X-CSRF-Token header must equal the CSRF cookie (double submit) and, when signed in,
 * the token bound to the session.
 */
export function registerRequestContext(app: FastifyInstance, services: Services) {
  app.decorateRequest('actor', undefined);
  app.decorateRequest('session', undefined);
  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const loaded = await loadSession(services.database.db, token, services.config.SESSION_TTL_HOURS);
      if (loaded) {
        req.actor = loaded.actor;
        req.session = loaded.session;
        // Sliding expiry: the browser learns the new end, or it drops the cookie at the first one.
        if (loaded.renewed)
          setSessionCookies(reply, services, token, loaded.session.csrfToken, loaded.session.expiresAt);
      } else {
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
      }
    }
    if (unsafe.has(req.method)) {
      const header = req.headers[CSRF_HEADER];
      const cookie = req.cookies[CSRF_COOKIE];
      const ok =
        typeof header === 'string' &&
        header.length > 0 &&
        header === cookie &&
        (!req.session || header === req.session.csrfToken);
      if (!ok) throw new AppError('request.csrf_failed', 'Missing or wrong CSRF token; reload the page and try again');
    }
    // Unknown paths keep their 404; known ones need a session unless they are meant for everyone.
    const route = req.routeOptions.url;
    if (!req.actor && route?.startsWith('/api/') && !isAnonymousRoute(req.method, route)) {
      throw new AppError('auth.required', 'Sign in first');
    }
  });
}

/**
 * The API routes a caller without a session may use; every other /api route answers 401 before
 * its handler runs (deny by default), so no use case can forget to ask, and an anonymous caller
 * learns nothing — not even whether a record exists — from the answer.
 */
const anonymousRoutes = new Set([
  'GET /api/auth/session',
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'POST /api/auth/password-reset/request',
  'POST /api/auth/password-reset',
  'GET /api/openapi.json',
]);
/** A respondent's single-use link is their key; the API docs page and its files are public. */
const anonymousPrefixes = ['/api/respond/', '/api/docs'];

export function isAnonymousRoute(method: string, route: string): boolean {
  return (
    anonymousRoutes.has(`${method === 'HEAD' ? 'GET' : method} ${route}`) ||
    anonymousPrefixes.some((p) => route.startsWith(p))
  );
}

export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError('auth.required', 'Sign in first');
  return req.actor;
}
