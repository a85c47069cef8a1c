import { z } from 'zod';
import { desc, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../context.js';
import { AppError, notFound } from '../errors.js';
import { authorize } from '../../policy/policy.js';
import type { Executor } from '../db/database.js';
import type { Actor } from '../../policy/policy.js';
import { outbox } from './schema.js';
import './errors.js';
import { requeueMail } from './outbox.js';
import { mailRateLimit } from './rate-limit.js';

const OutboxMail = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  status: z.enum(['queued', 'sending', 'retrying', 'sent', 'failed', 'kept']),
  /** The last error from the mail server, while the mail is not sent. */
  error: z.string().nullable(),
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
type Row = typeof outbox.$inferSelect;

const present = (r: Row): z.infer<typeof OutboxMail> => ({
  id: r.id,
  to: r.to,
  subject: r.subject,
  text: r.text,
  status: OutboxMail.shape.status.parse(r.status),
  error: r.error,
  attempts: r.attempts,
  nextAttemptAt: r.nextAttemptAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
  sentAt: r.sentAt?.toISOString() ?? null,
});

/** Writes an audit entry in the caller's transaction (the audit capability's, handed in by src/app/mail.ts). */
export type AuditWriter = (
  tx: Executor,
  actor: Actor,
  change: { action: 'update'; entityType: string; entityId: string; before: unknown; after: unknown },
) => Promise<void>;

export const outboxRoutes =
  ({ config, database: { db } }: Services, recordChange: AuditWriter): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['administration'];
    app.get('/api/admin/outbox', { schema: { tags, response: { 200: z.array(OutboxMail) } } }, async (req) => {
      authorize(req.actor, 'read', 'outbox');
      const rows = await db.select().from(outbox).orderBy(desc(outbox.createdAt)).limit(200);
      return rows.map(present);
    });

    app.post(
      '/api/admin/outbox/:id/resend',
      {
        config: mailRateLimit(config.MAIL_RATE_LIMIT),
        schema: { tags, params: z.object({ id: z.uuid() }), response: { 200: OutboxMail } },
      },
      async (req) => {
        const actor = authorize(req.actor, 'update', 'outbox');
        return db.transaction(async (tx) => {
          const result = await requeueMail(tx, req.params.id);
          if (!result) throw notFound('mail', req.params.id);
          if (!result.requeued)
            throw new AppError('mail.not_failed', 'Only a mail that failed or waits for a retry can be sent again', {
              status: result.before.status,
            });
          await recordChange(tx, actor, {
            action: 'update',
            entityType: 'mail',
            entityId: req.params.id,
            before: { status: result.before.status, attempts: result.before.attempts, error: result.before.error },
            after: { status: 'queued' },
          });
          const [row] = await tx.select().from(outbox).where(eq(outbox.id, req.params.id));
          return present(row);
        });
      },
    );
  };
