import { and, eq, gt, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Services } from '../platform/context.js';
import type { Executor } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { defineJob } from '../platform/jobs/definition.js';
import { enqueueJob } from '../platform/jobs/queue.js';
import { queueMail } from '../platform/mail/outbox.js';
import { recordChange } from '../audit/index.js';
import { accountByEmail, setAccountPassword } from '../people/index.js';
import { passwordResets } from './schema.js';
import { newToken, sha256 } from './tokens.js';
import { checkPasswordStrength, hashPassword } from './passwords.js';
import { deleteUserSessions } from './sessions.js';
import { resetMail } from './reset-mail.js';

const RESET_TTL_MINUTES = 60;
export const RESET_JOB = 'auth.password-reset';

/**
 * Ask for a reset link. The request only queues a job, the same single insert whether or not the
 * address has an account, so the answer's timing tells nothing; the job does the looking up.
 */
export async function requestPasswordReset(exec: Executor, email: string): Promise<void> {
  await enqueueJob(exec, RESET_JOB, { email: email.toLowerCase() }, { maxAttempts: 3 });
}

/** One live link per person: a new request, or a reset, voids the others. */
const voidOpenResets = (tx: Executor, userId: string) =>
  tx.delete(passwordResets).where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt)));

/** The job: if the address belongs to an active account, a new link replaces any earlier one and is mailed. */
export const passwordResetJob = defineJob({
  name: RESET_JOB,
  payload: z.object({ email: z.string() }),
  async run({ services }, { email }) {
    await services.database.db.transaction(async (tx) => {
      const user = await accountByEmail(tx, email, { lock: true });
      if (!user || user.disabledAt) return;
      const token = newToken();
      await voidOpenResets(tx, user.id);
      await tx.insert(passwordResets).values({
        tokenHash: sha256(token),
        userId: user.id,
        expiresAt: new Date(Date.now() + RESET_TTL_MINUTES * 60_000),
      });
      const link = `${services.config.publicUrl}/reset-password?token=${token}`;
      await queueMail(tx, {
        to: user.email,
        ...resetMail(user.locale === 'en' ? 'en' : 'sv', link, RESET_TTL_MINUTES),
      });
    });
  },
});

/** Set a new password with a single-use token; every other link and every session of the account ends. */
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
    await voidOpenResets(tx, reset.userId);
    await setAccountPassword(tx, { id: reset.userId }, passwordHash);
    await recordChange(tx, null, { action: 'password_reset', entityType: 'user', entityId: reset.userId });
    return reset.userId;
  });
  await deleteUserSessions(db, userId);
}
