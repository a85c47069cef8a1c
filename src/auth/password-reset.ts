import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Services } from '../platform/context.js';
import { AppError } from '../platform/errors.js';
import { recordChange } from '../audit/record.js';
import { users } from '../people/schema.js';
import { passwordResets } from './schema.js';
import { newToken, sha256 } from './tokens.js';
import { checkPasswordStrength, hashPassword } from './passwords.js';
import { deleteUserSessions } from './sessions.js';
import { resetMail } from './reset-mail.js';

const RESET_TTL_MINUTES = 60;

/** Send a reset link if the address belongs to an account; answer the same either way. */
export async function requestPasswordReset(services: Services, email: string): Promise<void> {
  const db = services.database.db;
  const [user] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  if (!user || user.disabledAt) return;
  const token = newToken();
  await db.insert(passwordResets).values({
    tokenHash: sha256(token),
    userId: user.id,
    expiresAt: new Date(Date.now() + RESET_TTL_MINUTES * 60_000),
  });
  const link = `${services.config.publicUrl}/reset-password?token=${token}`;
  await services.mailer.send({
    to: user.email,
    ...resetMail(user.locale === 'en' ? 'en' : 'sv', link, RESET_TTL_MINUTES),
  });
}

/** Set a new password with a single-use token; every session of the account ends. */
export async function resetPassword(services: Services, token: string, password: string): Promise<void> {
  checkPasswordStrength(password);
  const db = services.database.db;
  const passwordHash = await hashPassword(password);
  const userId = await db.transaction(async (tx) => {
    const [reset] = await tx
      .update(passwordResets)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(passwordResets.tokenHash, sha256(token)),
          isNull(passwordResets.usedAt),
          gt(passwordResets.expiresAt, new Date()),
        ),
      )
      .returning();
    if (!reset)
      throw new AppError('auth.reset_token_invalid', 'The link is invalid, already used or expired; ask for a new one');
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, reset.userId));
    await recordChange(tx, null, { action: 'password_reset', entityType: 'user', entityId: reset.userId });
    return reset.userId;
  });
  await deleteUserSessions(db, userId);
}
