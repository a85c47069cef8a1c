import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../platform/context.js';
import { IdParams, Version, withStale } from '../platform/contract.js';
import { historyRoute } from '../audit/index.js';
import {
  CreateOrganisation,
  Organisation,
  OrganisationPage,
  OrganisationQuery,
  UpdateOrganisation,
} from './contract.js';
import {
  createOrganisation,
  getOrganisation,
  searchOrganisations,
  setOrganisationArchived,
  updateOrganisation,
} from './use-cases.js';

const tags = ['organisations'];

export const organisationRoutes =
  ({ database: { db } }: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/organisations',
      { schema: { tags, querystring: OrganisationQuery, response: { 200: OrganisationPage } } },
      (req) => searchOrganisations(db, req.actor, req.query),
    );
    app.post(
      '/api/organisations',
      { schema: { tags, body: CreateOrganisation, response: { 201: Organisation } } },
      async (req, reply) => reply.status(201).send(await createOrganisation(db, req.actor, req.body)),
    );
    app.get('/api/organisations/:id', { schema: { tags, params: IdParams, response: { 200: Organisation } } }, (req) =>
      getOrganisation(db, req.actor, req.params.id),
    );
    app.patch(
      '/api/organisations/:id',
      {
        schema: {
          tags,
          params: IdParams,
          body: UpdateOrganisation,
          response: withStale({ 200: Organisation }, Organisation),
        },
      },
      (req) => updateOrganisation(db, req.actor, req.params.id, req.body),
    );
    const archiveSchema = {
      tags,
      params: IdParams,
      body: Version,
      response: withStale({ 200: Organisation }, Organisation),
    };
    app.post('/api/organisations/:id/archive', { schema: archiveSchema }, (req) =>
      setOrganisationArchived(db, req.actor, req.params.id, req.body.version, true),
    );
    app.post('/api/organisations/:id/restore', { schema: archiveSchema }, (req) =>
      setOrganisationArchived(db, req.actor, req.params.id, req.body.version, false),
    );
    historyRoute(app, db, {
      path: '/api/organisations/:id/audit',
      tags,
      entity: 'organisation',
      readable: async (d, actor, id) => {
        const o = await getOrganisation(d, actor, id);
        return { countyId: o.countyId, organisationId: o.id };
      },
    });
  };
