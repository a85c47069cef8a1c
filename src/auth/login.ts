import type { Services } from '../platform/context.js';
import { AppError } from '../platform/errors.js';
import { accountByEmail, markSignedIn } from '../people/index.js';
import { dummyHash, verifyPassword } from './passwords.js';
import { createSession } from './sessions.js';
import { addressKey, forgetFailures, reserveAttempt, type ThrottleRule } from './login-throttle.js';

/**
 * Check email and password; the error never tells which of the two was wrong. Wrong passwords
 * slow down further tries for the same account from the same address (login-throttle.ts).
 */
export async function login(services: Services, email: string, password: string, ip: string) {
  const db = services.database.db;
  const account = email.toLowerCase();
  const address = addressKey(ip);
  const rule: ThrottleRule = {
    freeFailures: services.config.LOGIN_RATE_LIMIT,
    windowMs: services.config.LOGIN_RATE_WINDOW_MINUTES * 60_000,
  };
  await reserveAttempt(db, account, address, rule);
  const user = await accountByEmail(db, account);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !ok || user.disabledAt) {
    throw new AppError('auth.invalid_credentials', 'Wrong email or password');
  }
  await forgetFailures(db, account, address, rule);
  await markSignedIn(db, user.id);
  return createSession(db, user.id, services.config.SESSION_TTL_HOURS);
}
