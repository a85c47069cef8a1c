import { z } from 'zod';
import { desc } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../context.js';
import { authorize } from '../../policy/policy.js';
import { outbox } from './schema.js';

const OutboxMail = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  status: z.string(),
  error: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});

export const outboxRoutes =
  ({ database: { db } }: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/admin/outbox',
      { schema: { tags: ['administration'], response: { 200: z.array(OutboxMail) } } },
      async (req) => {
        authorize(req.actor, 'read', 'outbox');
        const rows = await db.select().from(outbox).orderBy(desc(outbox.createdAt)).limit(200);
        return rows.map((r) => ({
          ...r,
          createdAt: r.createdAt.toISOString(),
          sentAt: r.sentAt?.toISOString() ?? null,
        }));
      },
    );
  };
