import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../platform/context.js';
import { IdParams, Version, withStale } from '../platform/contract.js';
import { historyRoute } from '../audit/index.js';
import { cycleParts } from './history.js';
import * as C from './contract.js';
import { createCycle, getCycle, linkQuestionnaire, listCycles, updateCycle } from './cycles.js';
import { updateMilestone } from './milestones.js';
import { remindOwners } from './reminders.js';
import { mailRateLimit } from '../platform/mail/rate-limit.js';
import { createReport, publishReports, updateReport } from './reports.js';
import { saveFeedback, submitFeedback } from './feedback.js';
import { compileCycle } from './compilation.js';
import { shareCompilation } from './sharing.js';
import { documentRoutes } from './document-routes.js';

export const followupRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const db = services.database.db;
    const tags = ['followup'];
    // Every change answers the whole cycle; a stale save answers 409 with the cycle as saved now.
    const R = withStale({ 200: C.Cycle }, C.Cycle);
    const base = '/api/followup-cycles';
    // Routes that send mail: a signed-in, authorised person only (the use case checks), rate limited.
    const mailing = mailRateLimit(services.config.MAIL_RATE_LIMIT);

    app.get(base, { schema: { tags, response: { 200: C.CyclePage } } }, (req) => listCycles(db, req.actor));
    app.post(base, { schema: { tags, body: C.CreateCycle, response: { 201: C.Cycle } } }, async (req, reply) =>
      reply.status(201).send(await createCycle(db, req.actor, req.body)),
    );
    app.get(`${base}/:id`, { schema: { tags, params: IdParams, response: { 200: C.Cycle } } }, (req) =>
      getCycle(db, req.actor, req.params.id),
    );
    app.patch(`${base}/:id`, { schema: { tags, params: IdParams, body: C.UpdateCycle, response: R } }, (req) =>
      updateCycle(db, req.actor, req.params.id, req.body),
    );
    app.post(
      `${base}/:id/questionnaire`,
      { schema: { tags, params: IdParams, body: C.LinkQuestionnaire, response: R } },
      (req) => linkQuestionnaire(db, req.actor, req.params.id, req.body),
    );

    app.patch(
      `${base}/:id/milestones/:milestoneId`,
      { schema: { tags, params: C.MilestoneParams, body: C.UpdateMilestone, response: R } },
      (req) => updateMilestone(db, req.actor, req.params.id, req.params.milestoneId, req.body),
    );
    app.post(
      `${base}/:id/milestone-reminders`,
      {
        config: mailing,
        schema: { tags, params: IdParams, body: C.RemindOwners, response: { 200: z.object({ sent: z.number() }) } },
      },
      (req) => remindOwners(services, req.actor, req.params.id, req.body),
    );

    app.post(
      `${base}/:id/reports`,
      { schema: { tags, params: IdParams, body: C.CreateReport, response: { 201: C.Cycle } } },
      async (req, reply) => reply.status(201).send(await createReport(db, req.actor, req.params.id, req.body)),
    );
    app.patch(
      `${base}/:id/reports/:reportId`,
      { schema: { tags, params: C.ReportParams, body: C.UpdateReport, response: R } },
      (req) => updateReport(db, req.actor, req.params.id, req.params.reportId, req.body),
    );
    app.post(
      `${base}/:id/publish-reports`,
      { config: mailing, schema: { tags, params: IdParams, body: Version, response: R } },
      (req) => publishReports(services, req.actor, req.params.id, req.body.version),
    );

    app.put(
      `${base}/:id/municipalities/:organisationId`,
      { schema: { tags, params: C.MunicipalityParams, body: C.SaveFeedback, response: R } },
      (req) => saveFeedback(db, req.actor, req.params.id, req.params.organisationId, req.body),
    );
    app.post(
      `${base}/:id/municipalities/:organisationId/submit`,
      { schema: { tags, params: C.MunicipalityParams, body: Version, response: R } },
      (req) => submitFeedback(db, req.actor, req.params.id, req.params.organisationId, req.body.version),
    );

    app.post(
      `${base}/:id/share-compilation`,
      { config: mailing, schema: { tags, params: IdParams, body: Version, response: R } },
      (req) => shareCompilation(services, req.actor, req.params.id, req.body.version),
    );
    app.get(
      `${base}/:id/compilation`,
      { schema: { tags, params: IdParams, response: { 200: C.CycleCompilation } } },
      (req) => compileCycle(db, req.actor, req.params.id, { minGroup: services.config.ANONYMOUS_MIN_GROUP }),
    );
    historyRoute(app, db, {
      path: '/api/followup-cycles/:id/audit',
      tags,
      entity: 'followup',
      readable: async (d, actor, id) => {
        const c = await getCycle(d, actor, id);
        return { countyId: c.countyId, organisationId: c.organisationId };
      },
      related: cycleParts,
    });

    await app.register(documentRoutes(services));
  };
