import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../platform/context.js';
import { IdParams, withStale } from '../platform/contract.js';
import { authorize } from '../policy/policy.js';
import { historyRoute } from '../audit/index.js';
import { CreateUser, UpdateUser, User, findUser } from '../people/index.js';
import { createUser, getUsers, updateUser } from './accounts.js';

/**
 * User accounts (sign-in identities of people): here in auth, which owns passwords and sessions, so
 * that auth depends on people and never the other way round.
 */
export const accountRoutes =
  ({ database: { db } }: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['users'];
    app.get('/api/users', { schema: { tags, response: { 200: z.array(User) } } }, (req) => getUsers(db, req.actor));
    app.post('/api/users', { schema: { tags, body: CreateUser, response: { 201: User } } }, async (req, reply) =>
      reply.status(201).send(await createUser(db, req.actor, req.body)),
    );
    app.patch(
      '/api/users/:id',
      { schema: { tags, params: IdParams, body: UpdateUser, response: withStale({ 200: User }, User) } },
      (req) => updateUser(db, req.actor, req.params.id, req.body),
    );
    historyRoute(app, db, {
      path: '/api/users/:id/audit',
      tags,
      entity: 'user',
      readable: async (d, actor, id) => {
        authorize(actor, 'read', 'user');
        await findUser(d, id);
        return {};
      },
    });
  };
