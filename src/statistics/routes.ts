import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../platform/context.js';
import { IdParams } from '../platform/contract.js';
import {
  CreateImport,
  Import,
  ImportPage,
  ImportQuery,
  KpiSearchAnswer,
  KpiSearchQuery,
  SeriesAnswer,
  SeriesQuery,
  ValuesAnswer,
  ValuesQuery,
} from './contract.js';
import { createImport, getImport, searchImports } from './imports.js';
import { countyValues, searchKpis, series } from './reads.js';

/** Key figures: KPIs from Kolada, imports as durable jobs, the county's figures and series. */
export const statisticsRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = services.database;
    const tags = ['statistics'];

    app.get(
      '/api/statistics/kpis',
      { schema: { tags, querystring: KpiSearchQuery, response: { 200: KpiSearchAnswer } } },
      (req) => searchKpis(services, req.actor, req.query),
    );
    app.get(
      '/api/statistics/imports',
      { schema: { tags, querystring: ImportQuery, response: { 200: ImportPage } } },
      (req) => searchImports(db, req.actor, req.query),
    );
    app.post(
      '/api/statistics/imports',
      { schema: { tags, body: CreateImport, response: { 201: Import } } },
      async (req, reply) => reply.status(201).send(await createImport(services, req.actor, req.body)),
    );
    app.get('/api/statistics/imports/:id', { schema: { tags, params: IdParams, response: { 200: Import } } }, (req) =>
      getImport(db, req.actor, req.params.id),
    );
    app.get(
      '/api/statistics/values',
      { schema: { tags, querystring: ValuesQuery, response: { 200: ValuesAnswer } } },
      (req) => countyValues(db, req.actor, req.query),
    );
    app.get(
      '/api/statistics/series',
      { schema: { tags, querystring: SeriesQuery, response: { 200: SeriesAnswer } } },
      (req) => series(db, req.actor, req.query),
    );
  };
