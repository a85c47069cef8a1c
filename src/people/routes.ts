import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../platform/context.js';
import { IdParams, Version, withStale } from '../platform/contract.js';
import { historyRoute } from '../audit/index.js';
import { CreatePerson, Person, PersonPage, PersonQuery, UpdatePerson } from './contract.js';
import { createPerson, getPerson, searchPeople, setPersonArchived, updatePerson } from './use-cases.js';

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
  };
