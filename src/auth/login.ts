import { eq } from 'drizzle-orm';
import type { Services } from '../platform/context.js';
import { AppError } from '../platform/errors.js';
import { users } from '../people/schema.js';
import { dummyHash, verifyPassword } from './passwords.js';
import { createSession } from './sessions.js';

/** Check email and password; the error never tells which of the two was wrong. */
export async function login(services: Services, email: string, password: string) {
  const db = services.database.db;
  const [user] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !ok || user.disabledAt) {
    throw new AppError('auth.invalid_credentials', 'Wrong email or password');
  }
  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
  return createSession(db, user.id, services.config.SESSION_TTL_HOURS);
}
