import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../platform/context.js';
import { IdParams, Version, withStale } from '../platform/contract.js';
import { historyRoute } from '../audit/index.js';
import * as C from './contract.js';
import {
  conflictList,
  createInitiative,
  createProgramme,
  getInitiative,
  getProgramme,
  listInitiatives,
  listProgrammes,
  programmeOverview,
  setInitiativeArchived,
  updateInitiative,
  updateProgramme,
} from './programmes.js';
import { finishAssessment, getAssessment, setGate, startAssessment, updateAssessment } from './rounds.js';
import { reassess } from './reassess.js';
import { compareAssessments } from './compare.js';
import { actorMapSvg, impactWheelSvg, renderDocx, renderPdf } from './report/index.js';
import { fileSlug, sendDownload } from '../documents/index.js';
import {
  addAction,
  addActor,
  addComment,
  addConflict,
  addImpact,
  updateAction,
  updateActor,
  updateConflict,
  updateImpact,
} from './parts.js';
import { removePart } from './part-change.js';

const ConflictWithInitiative = C.Conflict.extend({ initiativeId: z.uuid(), initiativeName: z.string() });

export const assessmentRoutes =
  ({ database: { db } }: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['assessments'];
    const A = withStale({ 200: C.Assessment }, C.Assessment);
    const created = { 201: C.Assessment };

    app.get('/api/programmes', { schema: { tags, response: { 200: C.ProgrammePage } } }, (req) =>
      listProgrammes(db, req.actor),
    );
    app.post(
      '/api/programmes',
      { schema: { tags, body: C.CreateProgramme, response: { 201: C.Programme } } },
      async (req, reply) => reply.status(201).send(await createProgramme(db, req.actor, req.body)),
    );
    app.get('/api/programmes/:id', { schema: { tags, params: IdParams, response: { 200: C.Programme } } }, (req) =>
      getProgramme(db, req.actor, req.params.id),
    );
    app.patch(
      '/api/programmes/:id',
      {
        schema: {
          tags,
          params: IdParams,
          body: C.UpdateProgramme,
          response: withStale({ 200: C.Programme }, C.Programme),
        },
      },
      (req) => updateProgramme(db, req.actor, req.params.id, req.body),
    );
    app.get(
      '/api/programmes/:id/initiatives',
      { schema: { tags, params: IdParams, response: { 200: z.array(C.Initiative) } } },
      (req) => listInitiatives(db, req.actor, req.params.id),
    );
    app.post(
      '/api/programmes/:id/initiatives',
      { schema: { tags, params: IdParams, body: C.CreateInitiative, response: { 201: C.Initiative } } },
      async (req, reply) => reply.status(201).send(await createInitiative(db, req.actor, req.params.id, req.body)),
    );
    app.get(
      '/api/programmes/:id/overview',
      { schema: { tags, params: IdParams, response: { 200: C.ProgrammeOverview } } },
      (req) => programmeOverview(db, req.actor, req.params.id),
    );
    app.get(
      '/api/programmes/:id/conflicts',
      { schema: { tags, params: IdParams, response: { 200: z.array(ConflictWithInitiative) } } },
      (req) => conflictList(db, req.actor, { programmeId: req.params.id }),
    );
    historyRoute(app, db, {
      path: '/api/programmes/:id/audit',
      tags,
      entity: 'programme',
      readable: async (d, actor, id) => {
        const p = await getProgramme(d, actor, id);
        return { countyId: p.countyId, organisationId: p.organisationId };
      },
    });

    app.get('/api/initiatives/:id', { schema: { tags, params: IdParams, response: { 200: C.Initiative } } }, (req) =>
      getInitiative(db, req.actor, req.params.id),
    );
    app.patch(
      '/api/initiatives/:id',
      {
        schema: {
          tags,
          params: IdParams,
          body: C.UpdateInitiative,
          response: withStale({ 200: C.Initiative }, C.Initiative),
        },
      },
      (req) => updateInitiative(db, req.actor, req.params.id, req.body),
    );
    const archiveSchema = {
      tags,
      params: IdParams,
      body: Version,
      response: withStale({ 200: C.Initiative }, C.Initiative),
    };
    app.post('/api/initiatives/:id/archive', { schema: archiveSchema }, (req) =>
      setInitiativeArchived(db, req.actor, req.params.id, req.body.version, true),
    );
    app.post('/api/initiatives/:id/restore', { schema: archiveSchema }, (req) =>
      setInitiativeArchived(db, req.actor, req.params.id, req.body.version, false),
    );
    app.get(
      '/api/initiatives/:id/conflicts',
      { schema: { tags, params: IdParams, response: { 200: z.array(ConflictWithInitiative) } } },
      (req) => conflictList(db, req.actor, { initiativeId: req.params.id }),
    );
    app.post(
      '/api/initiatives/:id/assessments',
      { schema: { tags, params: IdParams, body: C.StartAssessment, response: created } },
      async (req, reply) =>
        reply.status(201).send(await startAssessment(db, req.actor, req.params.id, req.body.frameworkIds)),
    );
    historyRoute(app, db, {
      path: '/api/initiatives/:id/audit',
      tags,
      entity: 'initiative',
      readable: async (d, actor, id) => {
        const i = await getInitiative(d, actor, id);
        return { countyId: i.countyId, organisationId: i.organisationId };
      },
    });

    app.get(
      '/api/assessments/:id',
      { schema: { tags, params: C.AssessmentParams, response: { 200: C.Assessment } } },
      (req) => getAssessment(db, req.actor, req.params.id),
    );
    app.patch(
      '/api/assessments/:id',
      { schema: { tags, params: C.AssessmentParams, body: C.UpdateAssessment, response: A } },
      (req) => updateAssessment(db, req.actor, req.params.id, req.body),
    );
    app.put(
      '/api/assessments/:id/gates/:step',
      { schema: { tags, params: C.GateParams, body: C.SetGate, response: withStale({ 200: C.Assessment }, C.Gate) } },
      (req) => setGate(db, req.actor, req.params.id, req.params.step, req.body),
    );
    app.post(
      '/api/assessments/:id/finish',
      { schema: { tags, params: C.AssessmentParams, body: Version, response: A } },
      (req) => finishAssessment(db, req.actor, req.params.id, req.body.version),
    );
    app.post(
      '/api/assessments/:id/reassess',
      { schema: { tags, params: C.AssessmentParams, response: created } },
      async (req, reply) => reply.status(201).send(await reassess(db, req.actor, req.params.id)),
    );
    app.get(
      '/api/assessments/:id/compare/:otherId',
      { schema: { tags, params: C.CompareParams, response: { 200: C.Comparison } } },
      (req) => compareAssessments(db, req.actor, req.params.id, req.params.otherId),
    );
    historyRoute(app, db, {
      path: '/api/assessments/:id/audit',
      tags,
      entity: 'assessment',
      readable: async (d, actor, id) => {
        const a = await getAssessment(d, actor, id);
        return { countyId: a.initiative.countyId, organisationId: a.initiative.organisationId };
      },
    });

    // A stale save of a part answers 409 with the part as saved now (not the whole assessment).
    const parts = [
      ['impacts', 'impact', C.ImpactInput, C.UpdateImpact, addImpact, updateImpact, C.Impact],
      ['actors', 'actor', C.ActorInput, C.UpdateActor, addActor, updateActor, C.Actor],
      ['conflicts', 'conflict', C.ConflictInput, C.UpdateConflict, addConflict, updateConflict, C.Conflict],
      ['actions', 'action', C.ActionInput, C.UpdateAction, addAction, updateAction, C.Action],
    ] as const;
    for (const [path, part, createBody, updateBody, add, update, shape] of parts) {
      const saved = withStale({ 200: C.Assessment }, shape);
      app.post(
        `/api/assessments/:id/${path}`,
        { schema: { tags, params: C.AssessmentParams, body: createBody, response: created } },
        async (req, reply) =>
          reply
            .status(201)
            .send(await (add as (...a: unknown[]) => Promise<C.Assessment>)(db, req.actor, req.params.id, req.body)),
      );
      app.patch(
        `/api/assessments/:id/${path}/:partId`,
        { schema: { tags, params: C.PartParams, body: updateBody, response: saved } },
        (req) =>
          (update as (...a: unknown[]) => Promise<C.Assessment>)(
            db,
            req.actor,
            req.params.id,
            req.params.partId,
            req.body,
          ),
      );
      app.delete(
        `/api/assessments/:id/${path}/:partId`,
        { schema: { tags, params: C.PartParams, body: Version, response: saved } },
        (req) => removePart(db, req.actor, req.params.id, part, req.params.partId, req.body.version),
      );
    }
    // Documents and pictures. The file name says what it is: initiative, round and language.
    const fileName = (a: C.Assessment, lang: string, ext: string) =>
      `hållbarhetssäkring-${fileSlug(a.initiative.name)}-v${a.number}-${lang}.${ext}`;
    const documents = [
      ['report.docx', renderDocx],
      ['report.pdf', renderPdf],
    ] as const;
    for (const [file, render] of documents) {
      app.get(
        `/api/assessments/:id/${file}`,
        { schema: { tags, params: C.AssessmentParams, querystring: C.ReportQuery } },
        async (req, reply) => {
          const a = await getAssessment(db, req.actor, req.params.id);
          const body = await render(a, req.query.lang);
          return sendDownload(reply, { fileName: fileName(a, req.query.lang, file.split('.')[1]), body });
        },
      );
    }
    const pictures = [
      ['wheel.svg', impactWheelSvg],
      ['actors.svg', actorMapSvg],
    ] as const;
    for (const [file, draw] of pictures) {
      app.get(
        `/api/assessments/:id/${file}`,
        { schema: { tags, params: C.AssessmentParams, querystring: C.ReportQuery } },
        async (req, reply) => {
          const a = await getAssessment(db, req.actor, req.params.id);
          return reply.type('image/svg+xml').header('cache-control', 'no-store').send(draw(a, req.query.lang));
        },
      );
    }

    app.post(
      '/api/assessments/:id/comments',
      { schema: { tags, params: C.AssessmentParams, body: C.CommentInput, response: created } },
      async (req, reply) => reply.status(201).send(await addComment(db, req.actor, req.params.id, req.body)),
    );
  };
