import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../platform/context.js';
import { IdParams, Version, withStale } from '../platform/contract.js';
import { historyRoute } from '../audit/index.js';
import { sendDownload } from '../documents/download.js';
import {
  AddStep,
  AllMeetingsQuery,
  Announce,
  Approve,
  BodyParams,
  Case,
  CasePage,
  CaseQuery,
  Correct,
  CreateCase,
  CreateItem,
  CreateMeeting,
  DocumentParams,
  Item,
  ItemParams,
  Meeting,
  MeetingPage,
  MeetingQuery,
  SetParticipants,
  UpdateCase,
  UpdateItem,
  UpdateMeeting,
  UploadQuery,
} from './contract.js';
import { addStep, createCase, getCase, searchCases, updateCase } from './cases.js';
import { DOCUMENT_MAX_BYTES, DOCUMENT_TYPES, readDocument, uploadDocument } from './documents.js';
import {
  createMeeting,
  getMeeting,
  markHeld,
  searchAllMeetings,
  searchMeetings,
  setParticipants,
  updateMeeting,
} from './meetings.js';
import { createItem, getItem, updateItem } from './items.js';
import { announceProtocol, approveItem, approveProtocol, correctProtocol } from './adjusting.js';
import { itemsOfMeeting } from './repository.js';
import { ErrorBody } from './openapi.js';

/** Cases, meetings, §§ and adjusting. The protocol's documents, mail and the notice board: protocol-routes.ts. */
export const meetingRoutes =
  ({ database: { db } }: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['meetings'];
    const conflict = { 409: ErrorBody };

    // The documents of a case arrive as their own bytes (no multipart plugin is installed): the
    // content type says what the file claims to be, and the upload checks it against the content.
    app.addContentTypeParser(
      Object.values(DOCUMENT_TYPES),
      { parseAs: 'buffer', bodyLimit: DOCUMENT_MAX_BYTES },
      (_req, body, done) => done(null, body),
    );

    app.get('/api/cases', { schema: { tags, querystring: CaseQuery, response: { 200: CasePage } } }, (req) =>
      searchCases(db, req.actor, req.query),
    );
    app.post(
      '/api/cases',
      { schema: { tags, body: CreateCase, response: { 201: Case, ...conflict } } },
      async (req, reply) => reply.status(201).send(await createCase(db, req.actor, req.body)),
    );
    app.get('/api/cases/:id', { schema: { tags, params: IdParams, response: { 200: Case } } }, (req) =>
      getCase(db, req.actor, req.params.id),
    );
    app.patch(
      '/api/cases/:id',
      { schema: { tags, params: IdParams, body: UpdateCase, response: withStale({ 200: Case }, Case) } },
      (req) => updateCase(db, req.actor, req.params.id, req.body),
    );
    app.post(
      '/api/cases/:id/steps',
      { schema: { tags, params: IdParams, body: AddStep, response: withStale({ 200: Case }, Case) } },
      (req) => addStep(db, req.actor, req.params.id, req.body),
    );
    app.post(
      '/api/cases/:id/documents',
      {
        bodyLimit: DOCUMENT_MAX_BYTES,
        schema: {
          tags,
          description: `A PDF, Word (.docx) or Excel (.xlsx) file as the request body, sent with its own content type; at most ${DOCUMENT_MAX_BYTES} bytes (413), and its content must be what the content type and name say (415).`,
          consumes: Object.values(DOCUMENT_TYPES),
          params: IdParams,
          querystring: UploadQuery,
          response: withStale({ 201: Case, 413: ErrorBody, 415: ErrorBody }, Case),
        },
      },
      async (req, reply) => {
        const content = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const saved = await uploadDocument(db, req.actor, req.params.id, {
          ...req.query,
          contentType: req.headers['content-type'],
          content,
        });
        return reply.status(201).send(saved);
      },
    );
    app.get(
      '/api/cases/:id/documents/:documentId',
      { schema: { tags, params: DocumentParams, produces: Object.values(DOCUMENT_TYPES) } },
      async (req, reply) => {
        const doc = await readDocument(db, req.actor, req.params.id, req.params.documentId);
        return sendDownload(reply, { fileName: doc.fileName, body: doc.content });
      },
    );
    historyRoute(app, db, {
      path: '/api/cases/:id/audit',
      tags,
      entity: 'case',
      readable: async (d, actor, id) => getCase(d, actor, id),
    });

    app.get(
      '/api/meetings',
      { schema: { tags, querystring: AllMeetingsQuery, response: { 200: MeetingPage } } },
      (req) => searchAllMeetings(db, req.actor, req.query),
    );
    app.get(
      '/api/bodies/:bodyId/meetings',
      { schema: { tags, params: BodyParams, querystring: MeetingQuery, response: { 200: MeetingPage } } },
      (req) => searchMeetings(db, req.actor, req.params.bodyId, req.query),
    );
    app.post(
      '/api/bodies/:bodyId/meetings',
      { schema: { tags, params: BodyParams, body: CreateMeeting, response: { 201: Meeting } } },
      async (req, reply) => reply.status(201).send(await createMeeting(db, req.actor, req.params.bodyId, req.body)),
    );
    app.get('/api/meetings/:id', { schema: { tags, params: IdParams, response: { 200: Meeting } } }, (req) =>
      getMeeting(db, req.actor, req.params.id),
    );
    app.patch(
      '/api/meetings/:id',
      { schema: { tags, params: IdParams, body: UpdateMeeting, response: withStale({ 200: Meeting }, Meeting) } },
      (req) => updateMeeting(db, req.actor, req.params.id, req.body),
    );
    app.put(
      '/api/meetings/:id/participants',
      { schema: { tags, params: IdParams, body: SetParticipants, response: withStale({ 200: Meeting }, Meeting) } },
      (req) => setParticipants(db, req.actor, req.params.id, req.body.version, req.body.participants),
    );
    app.post(
      '/api/meetings/:id/held',
      { schema: { tags, params: IdParams, body: Version, response: withStale({ 200: Meeting }, Meeting) } },
      (req) => markHeld(db, req.actor, req.params.id, req.body.version),
    );
    app.post(
      '/api/meetings/:id/items',
      { schema: { tags, params: IdParams, body: CreateItem, response: { 201: Item, ...conflict } } },
      async (req, reply) => reply.status(201).send(await createItem(db, req.actor, req.params.id, req.body)),
    );
    app.get(
      '/api/meetings/:id/items/:itemId',
      { schema: { tags, params: ItemParams, response: { 200: Item } } },
      (req) => getItem(db, req.actor, req.params.id, req.params.itemId),
    );
    app.patch(
      '/api/meetings/:id/items/:itemId',
      { schema: { tags, params: ItemParams, body: UpdateItem, response: withStale({ 200: Item }, Item) } },
      (req) => updateItem(db, req.actor, req.params.id, req.params.itemId, req.body),
    );
    app.post(
      '/api/meetings/:id/items/:itemId/approve',
      { schema: { tags, params: ItemParams, body: Approve, response: withStale({ 200: Item }, Item) } },
      (req) => approveItem(db, req.actor, req.params.id, req.params.itemId, req.body.version),
    );
    app.post(
      '/api/meetings/:id/approve',
      {
        schema: {
          tags,
          description:
            'The chair or a named adjuster approves the protocol. 409 `meeting.not_ready` (details.problems) while the protocol lacks what Kommunallagen 5 kap. 67 § requires (a decision, the chair, an adjuster …).',
          params: IdParams,
          body: Approve,
          response: withStale({ 200: Meeting }, Meeting),
        },
      },
      (req) => approveProtocol(db, req.actor, req.params.id, req.body.version),
    );
    app.post(
      '/api/meetings/:id/announce',
      { schema: { tags, params: IdParams, body: Announce, response: withStale({ 200: Meeting }, Meeting) } },
      (req) => announceProtocol(db, req.actor, req.params.id, req.body),
    );
    app.post(
      '/api/meetings/:id/corrections',
      { schema: { tags, params: IdParams, body: Correct, response: withStale({ 200: Meeting }, Meeting) } },
      (req) => correctProtocol(db, req.actor, req.params.id, req.body),
    );
    historyRoute(app, db, {
      path: '/api/meetings/:id/audit',
      tags,
      entity: 'meeting',
      readable: async (d, actor, id) => getMeeting(d, actor, id),
      related: async (d, _actor, id) => [
        { entityType: 'protocol', entityIds: [id] },
        { entityType: 'meeting_item', entityIds: (await itemsOfMeeting(d, id)).map((i) => i.id) },
      ],
    });
  };
