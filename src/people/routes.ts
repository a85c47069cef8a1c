import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../platform/context.js';
import { IdParams, Version, withStale } from '../platform/contract.js';
import { authorize } from '../policy/policy.js';
import { historyRoute } from '../audit/index.js';
import {
  CreatePerson,
  CreateUser,
  Person,
  PersonPage,
  PersonQuery,
  UpdatePerson,
  UpdateUser,
  User,
} from './contract.js';
import { createPerson, getPerson, searchPeople, setPersonArchived, updatePerson } from './use-cases.js';
import { createUser, getUsers, updateUser } from './users.js';
import { findUser } from './repository.js';

export const peopleRoutes =
  ({ database: { db } }: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['people'];
    app.get('/api/people', { schema: { tags, querystring: PersonQuery, response: { 200: PersonPage } } }, (req) =>
      searchPeople(db, req.actor, req.query),
    );
    app.post('/api/people', { schema: { tags, body: CreatePerson, response: { 201: Person } } }, async (req, reply) =>
      reply.status(201).send(await createPerson(db, req.actor, req.body)),
    );
    app.get('/api/people/:id', { schema: { tags, params: IdParams, response: { 200: Person } } }, (req) =>
      getPerson(db, req.actor, req.params.id),
    );
    app.patch(
      '/api/people/:id',
      { schema: { tags, params: IdParams, body: UpdatePerson, response: withStale({ 200: Person }, Person) } },
      (req) => updatePerson(db, req.actor, req.params.id, req.body),
    );
    app.post(
      '/api/people/:id/archive',
      { schema: { tags, params: IdParams, body: Version, response: withStale({ 200: Person }, Person) } },
      (req) => setPersonArchived(db, req.actor, req.params.id, req.body.version, true),
    );
    app.post(
      '/api/people/:id/restore',
      { schema: { tags, params: IdParams, body: Version, response: withStale({ 200: Person }, Person) } },
      (req) => setPersonArchived(db, req.actor, req.params.id, req.body.version, false),
    );
    historyRoute(app, db, {
      path: '/api/people/:id/audit',
      tags,
      entity: 'person',
      readable: async (d, actor, id) => {
        const p = await getPerson(d, actor, id);
        return { countyId: p.countyId, organisationId: p.organisationId };
      },
    });

    const utags = ['users'];
    app.get('/api/users', { schema: { tags: utags, response: { 200: z.array(User) } } }, (req) =>
      getUsers(db, req.actor),
    );
    app.post('/api/users', { schema: { tags: utags, body: CreateUser, response: { 201: User } } }, async (req, reply) =>
      reply.status(201).send(await createUser(db, req.actor, req.body)),
    );
    app.patch(
      '/api/users/:id',
      { schema: { tags: utags, params: IdParams, body: UpdateUser, response: { 200: User } } },
      (req) => updateUser(db, req.actor, req.params.id, req.body),
    );
    historyRoute(app, db, {
      path: '/api/users/:id/audit',
      tags: utags,
      entity: 'user',
      readable: async (d, actor, id) => {
        authorize(actor, 'read', 'user');
        await findUser(d, id);
        return {};
      },
    });
  };
