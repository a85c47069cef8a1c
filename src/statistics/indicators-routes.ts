import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../platform/context.js';
import { IdParams, Version, withStale } from '../platform/contract.js';
import { historyRoute } from '../audit/index.js';
import {
  CreateIndicator,
  CreateIndicatorSet,
  IndicatorPage,
  IndicatorRecord,
  IndicatorSet,
  IndicatorSetPage,
  IndicatorSetQuery,
  IndicatorSetSummary,
  LinkedIndicators,
  LinkedIndicatorsQuery,
  UpdateIndicator,
  UpdateIndicatorSet,
} from './indicators-contract.js';
import {
  addIndicator,
  createIndicatorSet,
  getIndicator,
  getIndicatorSet,
  linkedIndicators,
  removeIndicator,
  searchIndicatorSets,
  setIndicatorSetArchived,
  updateIndicator,
  updateIndicatorSet,
} from './indicators.js';

/** Indicator sets tied to goals: the sets, their indicators, and the indicators linked to goals. */
export const indicatorRoutes =
  ({ database: { db } }: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['statistics'];
    app.get(
      '/api/statistics/indicator-sets',
      { schema: { tags, querystring: IndicatorSetQuery, response: { 200: IndicatorSetPage } } },
      (req) => searchIndicatorSets(db, req.actor, req.query),
    );
    app.post(
      '/api/statistics/indicator-sets',
      { schema: { tags, body: CreateIndicatorSet, response: { 201: IndicatorSet } } },
      async (req, reply) => reply.status(201).send(await createIndicatorSet(db, req.actor, req.body)),
    );
    app.get(
      '/api/statistics/indicator-sets/:id',
      { schema: { tags, params: IdParams, response: { 200: IndicatorSet } } },
      (req) => getIndicatorSet(db, req.actor, req.params.id),
    );
    app.patch(
      '/api/statistics/indicator-sets/:id',
      {
        schema: {
          tags,
          params: IdParams,
          body: UpdateIndicatorSet,
          response: withStale({ 200: IndicatorSet }, IndicatorSetSummary),
        },
      },
      (req) => updateIndicatorSet(db, req.actor, req.params.id, req.body),
    );
    for (const [path, archived] of [
      ['archive', true],
      ['restore', false],
    ] as const)
      app.post(
        `/api/statistics/indicator-sets/:id/${path}`,
        {
          schema: {
            tags,
            params: IdParams,
            body: Version,
            response: withStale({ 200: IndicatorSet }, IndicatorSetSummary),
          },
        },
        (req) => setIndicatorSetArchived(db, req.actor, req.params.id, req.body.version, archived),
      );
    app.post(
      '/api/statistics/indicator-sets/:id/indicators',
      { schema: { tags, params: IdParams, body: CreateIndicator, response: { 201: IndicatorPage } } },
      async (req, reply) => reply.status(201).send(await addIndicator(db, req.actor, req.params.id, req.body)),
    );
    app.get(
      '/api/statistics/indicators',
      { schema: { tags, querystring: LinkedIndicatorsQuery, response: { 200: LinkedIndicators } } },
      (req) => linkedIndicators(db, req.actor, req.query),
    );
    app.get(
      '/api/statistics/indicators/:id',
      { schema: { tags, params: IdParams, response: { 200: IndicatorPage } } },
      (req) => getIndicator(db, req.actor, req.params.id),
    );
    app.patch(
      '/api/statistics/indicators/:id',
      {
        schema: {
          tags,
          params: IdParams,
          body: UpdateIndicator,
          response: withStale({ 200: IndicatorPage }, IndicatorRecord),
        },
      },
      (req) => updateIndicator(db, req.actor, req.params.id, req.body),
    );
    app.post(
      '/api/statistics/indicators/:id/remove',
      {
        schema: {
          tags,
          params: IdParams,
          body: Version,
          response: withStale({ 200: IndicatorSet }, IndicatorRecord),
        },
      },
      (req) => removeIndicator(db, req.actor, req.params.id, req.body.version),
    );
    historyRoute(app, db, {
      path: '/api/statistics/indicator-sets/:id/audit',
      tags,
      entity: 'indicator_set',
      readable: async (d, actor, id) => {
        const s = await getIndicatorSet(d, actor, id);
        return { countyId: s.countyId, organisationId: s.organisationId };
      },
      related: async (d, actor, id) => [
        { entityType: 'indicator', entityIds: (await getIndicatorSet(d, actor, id)).indicators.map((i) => i.id) },
      ],
    });
  };
