import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../platform/context.js';
import { AuditEntry, IdParams, Version } from '../platform/contract.js';
import { authorize } from '../policy/policy.js';
import { listAudit } from '../audit/index.js';
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
import {
  compareAssessments,
  finishAssessment,
  getAssessment,
  reassess,
  setGate,
  startAssessment,
  updateAssessment,
} from './rounds.js';
import { actorMapSvg, impactWheelSvg, renderDocx, renderPdf } from './report/index.js';
import { fileSlug, sendDownload } from '../documents/index.js';
import {
  addAction,
  addActor,
  addComment,
  addConflict,
  addImpact,
  removePart,
  updateAction,
  updateActor,
  updateConflict,
  updateImpact,
} from './parts.js';

const ConflictWithInitiative = C.Conflict.extend({ initiativeId: z.uuid(), initiativeName: z.string() });

export const assessmentRoutes =
  ({ database: { db } }: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['assessments'];
    const A = { 200: C.Assessment };
    const created = { 201: C.Assessment };

    app.get('/api/programmes', { schema: { tags, response: { 200: z.array(C.Programme) } } }, (req) =>
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
      { schema: { tags, params: IdParams, body: C.UpdateProgramme, response: { 200: C.Programme } } },
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
    app.get(
      '/api/programmes/:id/audit',
      { schema: { tags, params: IdParams, response: { 200: z.array(AuditEntry) } } },
      async (req) => {
        const p = await getProgramme(db, req.actor, req.params.id);
        authorize(req.actor, 'read', 'audit', { countyId: p.countyId, organisationId: p.organisationId });
        return listAudit(db, 'programme', p.id);
      },
    );

    app.get('/api/initiatives/:id', { schema: { tags, params: IdParams, response: { 200: C.Initiative } } }, (req) =>
      getInitiative(db, req.actor, req.params.id),
    );
    app.patch(
      '/api/initiatives/:id',
      { schema: { tags, params: IdParams, body: C.UpdateInitiative, response: { 200: C.Initiative } } },
      (req) => updateInitiative(db, req.actor, req.params.id, req.body),
    );
    app.post(
      '/api/initiatives/:id/archive',
      { schema: { tags, params: IdParams, body: Version, response: { 200: C.Initiative } } },
      (req) => setInitiativeArchived(db, req.actor, req.params.id, req.body.version, true),
    );
    app.post(
      '/api/initiatives/:id/restore',
      { schema: { tags, params: IdParams, body: Version, response: { 200: C.Initiative } } },
      (req) => setInitiativeArchived(db, req.actor, req.params.id, req.body.version, false),
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
    app.get(
      '/api/initiatives/:id/audit',
      { schema: { tags, params: IdParams, response: { 200: z.array(AuditEntry) } } },
      async (req) => {
        const i = await getInitiative(db, req.actor, req.params.id);
        authorize(req.actor, 'read', 'audit', { countyId: i.countyId, organisationId: i.organisationId });
        return listAudit(db, 'initiative', i.id);
      },
    );

    app.get('/api/assessments/:id', { schema: { tags, params: C.AssessmentParams, response: A } }, (req) =>
      getAssessment(db, req.actor, req.params.id),
    );
    app.patch(
      '/api/assessments/:id',
      { schema: { tags, params: C.AssessmentParams, body: C.UpdateAssessment, response: A } },
      (req) => updateAssessment(db, req.actor, req.params.id, req.body),
    );
    app.put(
      '/api/assessments/:id/gates/:step',
      { schema: { tags, params: C.GateParams, body: C.SetGate, response: A } },
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
    app.get(
      '/api/assessments/:id/audit',
      { schema: { tags, params: C.AssessmentParams, response: { 200: z.array(AuditEntry) } } },
      async (req) => {
        const a = await getAssessment(db, req.actor, req.params.id);
        authorize(req.actor, 'read', 'audit', {
          countyId: a.initiative.countyId,
          organisationId: a.initiative.organisationId,
        });
        return listAudit(db, 'assessment', a.id);
      },
    );

    const parts = [
      ['impacts', 'impact', C.ImpactInput, C.UpdateImpact, addImpact, updateImpact],
      ['actors', 'actor', C.ActorInput, C.UpdateActor, addActor, updateActor],
      ['conflicts', 'conflict', C.ConflictInput, C.UpdateConflict, addConflict, updateConflict],
      ['actions', 'action', C.ActionInput, C.UpdateAction, addAction, updateAction],
    ] as const;
    for (const [path, part, createBody, updateBody, add, update] of parts) {
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
        { schema: { tags, params: C.PartParams, body: updateBody, response: A } },
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
        { schema: { tags, params: C.PartParams, body: Version, response: A } },
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
