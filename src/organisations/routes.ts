import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../platform/context.js';
import { AuditEntry, IdParams, Page, Version } from '../platform/contract.js';
import { authorize } from '../policy/policy.js';
import { listAudit } from '../audit/index.js';
import { CreateOrganisation, Organisation, OrganisationQuery, UpdateOrganisation } from './contract.js';
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
      { schema: { tags, querystring: OrganisationQuery, response: { 200: Page(Organisation) } } },
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
      { schema: { tags, params: IdParams, body: UpdateOrganisation, response: { 200: Organisation } } },
      (req) => updateOrganisation(db, req.actor, req.params.id, req.body),
    );
    app.post(
      '/api/organisations/:id/archive',
      { schema: { tags, params: IdParams, body: Version, response: { 200: Organisation } } },
      (req) => setOrganisationArchived(db, req.actor, req.params.id, req.body.version, true),
    );
    app.post(
      '/api/organisations/:id/restore',
      { schema: { tags, params: IdParams, body: Version, response: { 200: Organisation } } },
      (req) => setOrganisationArchived(db, req.actor, req.params.id, req.body.version, false),
    );
    app.get(
      '/api/organisations/:id/audit',
      { schema: { tags, params: IdParams, response: { 200: z.array(AuditEntry) } } },
      async (req) => {
        const org = await getOrganisation(db, req.actor, req.params.id);
        authorize(req.actor, 'read', 'audit', { countyId: org.countyId, organisationId: org.id });
        return listAudit(db, 'organisation', org.id);
      },
    );
  };
