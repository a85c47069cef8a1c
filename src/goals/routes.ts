import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../platform/context.js';
import { IdParams, Version, withStale } from '../platform/contract.js';
import { historyRoute } from '../audit/index.js';
import {
  CreateFramework,
  Framework,
  FrameworkFile,
  FrameworkPage,
  FrameworkQuery,
  ImportQuery,
  ItemHit,
  ItemSearchQuery,
  Publish,
  SaveDraft,
  UpdateFramework,
  VersionContent,
  VersionParams,
} from './contract.js';
import {
  createFramework,
  exportFramework,
  importFramework,
  publishDraft,
  readableFramework,
  saveDraft,
  searchFrameworks,
  searchItems,
  setFrameworkArchived,
  startNewVersion,
  updateFramework,
  versionContent,
} from './use-cases.js';

export const goalRoutes =
  ({ database: { db } }: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['goal frameworks'];
    app.get(
      '/api/frameworks',
      { schema: { tags, querystring: FrameworkQuery, response: { 200: FrameworkPage } } },
      (req) => searchFrameworks(db, req.actor, req.query),
    );
    app.post(
      '/api/frameworks',
      { schema: { tags, body: CreateFramework, response: { 201: Framework } } },
      async (req, reply) => reply.status(201).send(await createFramework(db, req.actor, req.body)),
    );
    app.post(
      '/api/frameworks/import',
      {
        schema: {
          tags,
          querystring: ImportQuery,
          body: FrameworkFile,
          response: withStale({ 200: Framework }, Framework),
        },
      },
      (req) =>
        importFramework(db, req.actor, req.body, {
          ownerOrganisationId: req.query.ownerOrganisationId,
          shared: req.query.shared === undefined ? undefined : req.query.shared === 'true',
        }),
    );
    app.get('/api/frameworks/:id', { schema: { tags, params: IdParams, response: { 200: VersionContent } } }, (req) =>
      versionContent(db, req.actor, req.params.id),
    );
    app.get(
      '/api/frameworks/:id/versions/:versionId',
      { schema: { tags, params: VersionParams, response: { 200: VersionContent } } },
      (req) => versionContent(db, req.actor, req.params.id, req.params.versionId),
    );
    app.get(
      '/api/frameworks/:id/items',
      { schema: { tags, params: IdParams, querystring: ItemSearchQuery, response: { 200: z.array(ItemHit) } } },
      (req) => searchItems(db, req.actor, req.params.id, req.query.q, req.query.versionId, req.query.limit),
    );
    app.get(
      '/api/frameworks/:id/export',
      {
        schema: {
          tags,
          params: IdParams,
          querystring: z.object({ versionId: z.uuid().optional() }),
          response: { 200: FrameworkFile },
        },
      },
      async (req, reply) => {
        const file = await exportFramework(db, req.actor, req.params.id, req.query.versionId);
        reply.header('content-disposition', `attachment; filename="${file.key}.json"`);
        return file;
      },
    );
    app.patch(
      '/api/frameworks/:id',
      { schema: { tags, params: IdParams, body: UpdateFramework, response: withStale({ 200: Framework }, Framework) } },
      (req) => updateFramework(db, req.actor, req.params.id, req.body),
    );
    app.put(
      '/api/frameworks/:id/draft',
      { schema: { tags, params: IdParams, body: SaveDraft, response: withStale({ 200: Framework }, Framework) } },
      (req) => saveDraft(db, req.actor, req.params.id, req.body),
    );
    app.post(
      '/api/frameworks/:id/publish',
      { schema: { tags, params: IdParams, body: Publish, response: withStale({ 200: Framework }, Framework) } },
      (req) => publishDraft(db, req.actor, req.params.id, req.body.version, req.body.note),
    );
    app.post(
      '/api/frameworks/:id/versions',
      { schema: { tags, params: IdParams, body: Version, response: withStale({ 201: Framework }, Framework) } },
      async (req, reply) =>
        reply.status(201).send(await startNewVersion(db, req.actor, req.params.id, req.body.version)),
    );
    app.post(
      '/api/frameworks/:id/archive',
      { schema: { tags, params: IdParams, body: Version, response: withStale({ 200: Framework }, Framework) } },
      (req) => setFrameworkArchived(db, req.actor, req.params.id, req.body.version, true),
    );
    app.post(
      '/api/frameworks/:id/restore',
      { schema: { tags, params: IdParams, body: Version, response: withStale({ 200: Framework }, Framework) } },
      (req) => setFrameworkArchived(db, req.actor, req.params.id, req.body.version, false),
    );
    historyRoute(app, db, {
      path: '/api/frameworks/:id/audit',
      tags,
      entity: 'framework',
      readable: async (d, actor, id) => {
        const f = await readableFramework(d, actor, id);
        return { countyId: f.countyId, organisationId: f.ownerOrganisationId };
      },
    });
  };
