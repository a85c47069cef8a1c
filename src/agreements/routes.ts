import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../platform/context.js';
import { IdParams, withStale } from '../platform/contract.js';
import { authorize } from '../policy/policy.js';
import { scopeFor } from '../policy/scope.js';
import { historyRoute } from '../audit/index.js';
import * as C from './contract.js';
import {
  createTemplate,
  getTemplate,
  issueTemplate,
  newTemplateVersion,
  searchTemplates,
  updateTemplate,
} from './templates.js';
import {
  addContact,
  addSubAgreement,
  agreementOverview,
  getAgreement,
  openDispute,
  registerNotice,
  settleDispute,
  sign,
  updateAgreement,
} from './instances.js';
import { agreementPlan, planCsv, planFileName, planXlsx } from './plan.js';
import { sendDownload } from '../documents/index.js';
import { createSeries, searchSeries, setIndexValue } from './index-series.js';
import { sendNoticeReminders } from './reminders.js';
import { findSeries } from './repository.js';
import { mailRateLimit } from '../platform/mail/rate-limit.js';

export const agreementRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = services.database;
    const tags = ['agreements'];

    app.get('/api/index-series', { schema: { tags, response: { 200: C.IndexSeriesPage } } }, (req) =>
      searchSeries(db, req.actor),
    );
    app.post(
      '/api/index-series',
      { schema: { tags, body: C.CreateIndexSeries, response: { 201: C.IndexSeries } } },
      async (req, reply) => reply.status(201).send(await createSeries(db, req.actor, req.body)),
    );
    app.put(
      '/api/index-series/:id/values/:year',
      { schema: { tags, params: C.YearParams, body: C.SetIndexValue, response: { 200: C.IndexSeries } } },
      (req) => setIndexValue(db, req.actor, req.params.id, req.params.year, req.body),
    );

    app.get('/api/agreement-templates', { schema: { tags, response: { 200: C.TemplatePage } } }, (req) =>
      searchTemplates(db, req.actor),
    );
    app.post(
      '/api/agreement-templates',
      { schema: { tags, body: C.CreateTemplate, response: { 201: C.Template } } },
      async (req, reply) => reply.status(201).send(await createTemplate(db, req.actor, req.body)),
    );
    app.get(
      '/api/agreement-templates/:id',
      { schema: { tags, params: IdParams, response: { 200: C.Template } } },
      (req) => getTemplate(db, req.actor, req.params.id),
    );
    app.put(
      '/api/agreement-templates/:id',
      {
        schema: {
          tags,
          params: IdParams,
          body: C.UpdateTemplate,
          response: withStale({ 200: C.Template }, C.Template),
        },
      },
      (req) => updateTemplate(db, req.actor, req.params.id, req.body),
    );
    app.post(
      '/api/agreement-templates/:id/issue',
      { schema: { tags, params: IdParams, body: C.IssueTemplate, response: { 201: z.array(C.Agreement) } } },
      async (req, reply) => reply.status(201).send(await issueTemplate(db, req.actor, req.params.id, req.body)),
    );
    app.post(
      '/api/agreement-templates/:id/versions',
      {
        schema: {
          tags,
          params: IdParams,
          body: C.NewTemplateVersion,
          response: withStale({ 201: C.Template }, C.Template),
        },
      },
      async (req, reply) => reply.status(201).send(await newTemplateVersion(db, req.actor, req.params.id, req.body)),
    );

    app.get('/api/agreements', { schema: { tags, response: { 200: C.OverviewPage } } }, (req) =>
      agreementOverview(db, req.actor),
    );
    app.post(
      '/api/agreements/reminders/run',
      {
        config: mailRateLimit(services.config.MAIL_RATE_LIMIT),
        schema: { tags, response: { 200: z.object({ sent: z.number() }) } },
      },
      async (req) => {
        const a = authorize(req.actor, 'update', 'agreement', { countyId: req.actor?.countyId });
        return { sent: await sendNoticeReminders(services, undefined, scopeFor(a, 'agreement').countyId) };
      },
    );
    app.get('/api/agreements/:id', { schema: { tags, params: IdParams, response: { 200: C.Agreement } } }, (req) =>
      getAgreement(db, req.actor, req.params.id),
    );
    app.patch(
      '/api/agreements/:id',
      {
        schema: {
          tags,
          params: IdParams,
          body: C.UpdateAgreement,
          response: withStale({ 200: C.Agreement }, C.Agreement),
        },
      },
      (req) => updateAgreement(db, req.actor, req.params.id, req.body),
    );
    app.put(
      '/api/agreements/:id/signatures/:party',
      { schema: { tags, params: C.PartyParams, body: C.Sign, response: { 200: C.Agreement } } },
      (req) => sign(db, req.actor, req.params.id, req.params.party, req.body),
    );
    app.post(
      '/api/agreements/:id/contacts',
      { schema: { tags, params: IdParams, body: C.ContactInput, response: { 201: C.Agreement } } },
      async (req, reply) => reply.status(201).send(await addContact(db, req.actor, req.params.id, req.body)),
    );
    app.post(
      '/api/agreements/:id/notices',
      { schema: { tags, params: IdParams, body: C.NoticeInput, response: { 201: C.Agreement } } },
      async (req, reply) => reply.status(201).send(await registerNotice(db, req.actor, req.params.id, req.body)),
    );
    app.post(
      '/api/agreements/:id/disputes',
      { schema: { tags, params: IdParams, body: C.OpenDispute, response: { 201: C.Agreement } } },
      async (req, reply) => reply.status(201).send(await openDispute(db, req.actor, req.params.id, req.body)),
    );
    app.post(
      '/api/agreements/:id/disputes/:disputeId/settle',
      {
        schema: {
          tags,
          params: C.DisputeParams,
          body: C.SettleDispute,
          response: withStale({ 200: C.Agreement }, C.Agreement),
        },
      },
      (req) => settleDispute(db, req.actor, req.params.id, req.params.disputeId, req.body),
    );
    app.post(
      '/api/agreements/:id/sub-agreements',
      { schema: { tags, params: IdParams, body: C.SubAgreementInput, response: { 201: C.Agreement } } },
      async (req, reply) => reply.status(201).send(await addSubAgreement(db, req.actor, req.params.id, req.body)),
    );
    app.get(
      '/api/agreements/:id/plan',
      { schema: { tags, params: IdParams, querystring: C.PlanQuery, response: { 200: C.PaymentPlan } } },
      (req) => agreementPlan(db, req.actor, req.params.id, req.query, req.query.lang),
    );
    app.get(
      '/api/agreements/:id/plan.csv',
      { schema: { tags, params: IdParams, querystring: C.PlanQuery } },
      async (req, reply) => {
        const a = await getAgreement(db, req.actor, req.params.id);
        const plan = await agreementPlan(db, req.actor, req.params.id, req.query, req.query.lang);
        return sendDownload(reply, {
          fileName: planFileName(plan, a.party.name, 'csv', req.query.lang),
          body: planCsv(plan, req.query.lang),
        });
      },
    );
    app.get(
      '/api/agreements/:id/plan.xlsx',
      { schema: { tags, params: IdParams, querystring: C.PlanQuery } },
      async (req, reply) => {
        const a = await getAgreement(db, req.actor, req.params.id);
        const plan = await agreementPlan(db, req.actor, req.params.id, req.query, req.query.lang);
        return sendDownload(reply, {
          fileName: planFileName(plan, a.party.name, 'xlsx', req.query.lang),
          body: await planXlsx(plan, `${a.title} – ${a.party.name}`, req.query.lang),
        });
      },
    );
    historyRoute(app, db, {
      path: '/api/agreements/:id/audit',
      tags,
      entity: 'agreement',
      readable: async (db, actor, id) => {
        const a = await getAgreement(db, actor, id);
        return { countyId: a.countyId, organisationId: a.party.id };
      },
    });
    historyRoute(app, db, {
      path: '/api/agreement-templates/:id/audit',
      tags,
      entity: 'agreement_template',
      readable: async (db, actor, id) => {
        const t = await getTemplate(db, actor, id);
        return { countyId: t.countyId, organisationId: t.organisationId };
      },
    });
    historyRoute(app, db, {
      path: '/api/index-series/:id/audit',
      tags,
      entity: 'index_series',
      readable: async (db, actor, id) => {
        const s = await findSeries(db, id);
        authorize(actor, 'read', 'agreement', { countyId: s.countyId });
        return { countyId: s.countyId };
      },
    });
  };
