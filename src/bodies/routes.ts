import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../platform/context.js';
import { IdParams, Version, withStale } from '../platform/contract.js';
import { historyRoute } from '../audit/index.js';
import {
  AddMember,
  Body,
  BodyPage,
  BodyQuery,
  CreateBody,
  MemberParams,
  Membership,
  UpdateBody,
  UpdateMember,
} from './contract.js';
import {
  addMember,
  createBody,
  getBody,
  searchBodies,
  setBodyArchived,
  updateBody,
  updateMember,
} from './use-cases.js';
import { getPerson } from '../people/index.js';
import { membershipsOf } from './repository.js';

export const bodyRoutes =
  ({ database: { db } }: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['bodies'];
    const target = (b: Body) => ({ countyId: b.countyId, organisationId: b.organisationId });
    app.get('/api/bodies', { schema: { tags, querystring: BodyQuery, response: { 200: BodyPage } } }, (req) =>
      searchBodies(db, req.actor, req.query),
    );
    app.post('/api/bodies', { schema: { tags, body: CreateBody, response: { 201: Body } } }, async (req, reply) =>
      reply.status(201).send(await createBody(db, req.actor, req.body)),
    );
    app.get('/api/bodies/:id', { schema: { tags, params: IdParams, response: { 200: Body } } }, (req) =>
      getBody(db, req.actor, req.params.id),
    );
    app.patch(
      '/api/bodies/:id',
      { schema: { tags, params: IdParams, body: UpdateBody, response: withStale({ 200: Body }, Body) } },
      (req) => updateBody(db, req.actor, req.params.id, req.body),
    );
    app.post(
      '/api/bodies/:id/archive',
      { schema: { tags, params: IdParams, body: Version, response: withStale({ 200: Body }, Body) } },
      (req) => setBodyArchived(db, req.actor, req.params.id, req.body.version, true),
    );
    app.post(
      '/api/bodies/:id/restore',
      { schema: { tags, params: IdParams, body: Version, response: withStale({ 200: Body }, Body) } },
      (req) => setBodyArchived(db, req.actor, req.params.id, req.body.version, false),
    );
    app.post(
      '/api/bodies/:id/members',
      { schema: { tags, params: IdParams, body: AddMember, response: { 201: Body } } },
      async (req, reply) => reply.status(201).send(await addMember(db, req.actor, req.params.id, req.body)),
    );
    app.patch(
      '/api/bodies/:id/members/:membershipId',
      { schema: { tags, params: MemberParams, body: UpdateMember, response: withStale({ 200: Body }, Body) } },
      (req) => updateMember(db, req.actor, req.params.id, req.params.membershipId, req.body),
    );
    historyRoute(app, db, {
      path: '/api/bodies/:id/audit',
      tags,
      entity: 'body',
      readable: async (d, actor, id) => target(await getBody(d, actor, id)),
    });
    app.get(
      '/api/people/:id/memberships',
      { schema: { tags: ['people'], params: IdParams, response: { 200: z.array(Membership) } } },
      async (req) => {
        const p = await getPerson(db, req.actor, req.params.id);
        return membershipsOf(db, [p.id]);
      },
    );
  };
