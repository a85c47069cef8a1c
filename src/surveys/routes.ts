import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../platform/context.js';
import { IdParams, Version, withStale } from '../platform/contract.js';
import { historyRoute } from '../audit/index.js';
import * as C from './contract.js';
import {
  createFromTemplate,
  createQuestionnaire,
  getQuestionnaire,
  listQuestionnaires,
  listTemplates,
  setQuestionnaireStatus,
  updateQuestionnaire,
} from './questionnaires.js';
import { createScale, listScales, updateScale } from './scales.js';
import { bodyRecipients, invite, listInvitations, remind, responseRate } from './distribution.js';
import { compileQuestionnaire } from './compilation.js';
import { respondRoutes } from './respond-routes.js';
import { mailRateLimit } from '../platform/mail/rate-limit.js';

export const surveyRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const db = services.database.db;
    const tags = ['surveys'];
    const Q = { 200: C.Questionnaire };
    const QStale = withStale(Q, C.Questionnaire);
    const anonymity = { minGroup: services.config.ANONYMOUS_MIN_GROUP };
    // Routes that send mail: a signed-in, authorised person only (the use case checks), rate limited.
    const mailing = mailRateLimit(services.config.MAIL_RATE_LIMIT);

    app.get('/api/survey-scales', { schema: { tags, response: { 200: C.ScalePage } } }, (req) =>
      listScales(db, req.actor),
    );
    app.post(
      '/api/survey-scales',
      { schema: { tags, body: C.ScaleInput, response: { 201: C.Scale } } },
      async (req, reply) => reply.status(201).send(await createScale(db, req.actor, req.body)),
    );
    app.patch(
      '/api/survey-scales/:id',
      { schema: { tags, params: IdParams, body: C.UpdateScale, response: withStale({ 200: C.Scale }, C.Scale) } },
      (req) => updateScale(db, req.actor, req.params.id, req.body),
    );

    app.get('/api/survey-templates', { schema: { tags, response: { 200: z.array(C.TemplateInfo) } } }, async (req) =>
      listTemplates(req.actor),
    );
    app.get('/api/questionnaires', { schema: { tags, response: { 200: C.QuestionnairePage } } }, (req) =>
      listQuestionnaires(db, req.actor),
    );
    app.post(
      '/api/questionnaires',
      { schema: { tags, body: C.CreateQuestionnaire, response: { 201: C.Questionnaire } } },
      async (req, reply) => reply.status(201).send(await createQuestionnaire(db, req.actor, req.body)),
    );
    app.post(
      '/api/questionnaires/from-template/:key',
      { schema: { tags, params: C.TemplateParams, body: C.FromTemplate, response: { 201: C.Questionnaire } } },
      async (req, reply) => reply.status(201).send(await createFromTemplate(db, req.actor, req.params.key, req.body)),
    );
    app.get('/api/questionnaires/:id', { schema: { tags, params: IdParams, response: Q } }, (req) =>
      getQuestionnaire(db, req.actor, req.params.id),
    );
    app.patch(
      '/api/questionnaires/:id',
      { schema: { tags, params: IdParams, body: C.UpdateQuestionnaire, response: QStale } },
      (req) => updateQuestionnaire(db, req.actor, req.params.id, req.body),
    );
    app.post(
      '/api/questionnaires/:id/open',
      { schema: { tags, params: IdParams, body: Version, response: QStale } },
      (req) => setQuestionnaireStatus(db, req.actor, req.params.id, req.body.version, 'open'),
    );
    app.post(
      '/api/questionnaires/:id/close',
      { schema: { tags, params: IdParams, body: Version, response: QStale } },
      (req) => setQuestionnaireStatus(db, req.actor, req.params.id, req.body.version, 'closed'),
    );
    historyRoute(app, db, {
      path: '/api/questionnaires/:id/audit',
      tags,
      entity: 'questionnaire',
      readable: async (d, actor, id) => {
        const q = await getQuestionnaire(d, actor, id);
        return { countyId: q.countyId, organisationId: q.organisationId };
      },
    });
    app.get(
      '/api/questionnaires/:id/body-recipients',
      { schema: { tags, params: IdParams, response: { 200: z.array(C.BodyRecipient) } } },
      (req) => bodyRecipients(db, req.actor, req.params.id),
    );

    app.get(
      '/api/questionnaires/:id/invitations',
      { schema: { tags, params: IdParams, response: { 200: z.array(C.Invitation) } } },
      (req) => listInvitations(db, req.actor, req.params.id),
    );
    app.post(
      '/api/questionnaires/:id/invitations',
      { config: mailing, schema: { tags, params: IdParams, body: C.InviteInput, response: { 201: C.InviteResult } } },
      async (req, reply) => reply.status(201).send(await invite(services, req.actor, req.params.id, req.body)),
    );
    app.post(
      '/api/questionnaires/:id/reminders',
      { config: mailing, schema: { tags, params: IdParams, body: C.RemindInput, response: { 200: C.RemindResult } } },
      (req) => remind(services, req.actor, req.params.id, req.body),
    );
    app.get(
      '/api/questionnaires/:id/response-rate',
      { schema: { tags, params: IdParams, response: { 200: C.ResponseRate } } },
      (req) => responseRate(db, req.actor, req.params.id),
    );
    app.get(
      '/api/questionnaires/:id/compilation',
      { schema: { tags, params: IdParams, response: { 200: C.Compilation } } },
      (req) => compileQuestionnaire(db, req.actor, req.params.id, anonymity),
    );

    await app.register(respondRoutes(services));
  };
