import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../platform/context.js';
import { authorize } from '../policy/policy.js';
import { scopeFor } from '../policy/scope.js';
import { listCounties } from './repository.js';

const County = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

export const countyRoutes =
  ({ database: { db } }: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/api/counties', { schema: { tags: ['counties'], response: { 200: z.array(County) } } }, async (req) => {
      // Reading counties is part of reading the organisation register; the policy's scope says which.
      const a = authorize(req.actor, 'read', 'organisation');
      return listCounties(db, scopeFor(a, 'county'));
    });
  };
