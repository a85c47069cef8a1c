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
  ScbTable,
  ScbTableParams,
  UploadFile,
  UploadPreview,
  CreateUpload,
  UploadMappings,
} from './contract.js';
import { scbTable } from './imports-scb.js';
import { createUpload, listMappings, previewUpload } from './upload.js';

/** An upload's JSON (the file as base64) may be larger than the server's default body limit. */
const UPLOAD_BODY_LIMIT = 15 * 1024 * 1024;
import { createImport, getImport, searchImports } from './imports.js';
import { countyKpis, countyValues, mapShapes, searchKpis, series } from './reads.js';
import { CountyKpiList, MapShapes, PictureQuery } from './contract.js';
import { sendDownload } from '../documents/download.js';
import { countyPicture } from './picture-document.js';
import { indicatorRoutes } from './indicators-routes.js';

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
      '/api/statistics/scb/tables/:tableId',
      { schema: { tags, params: ScbTableParams, response: { 200: ScbTable } } },
      (req) => scbTable(services, req.actor, req.params.tableId),
    );
    app.post(
      '/api/statistics/uploads/preview',
      { bodyLimit: UPLOAD_BODY_LIMIT, schema: { tags, body: UploadFile, response: { 200: UploadPreview } } },
      (req) => previewUpload(db, req.actor, req.body),
    );
    app.post(
      '/api/statistics/uploads',
      { bodyLimit: UPLOAD_BODY_LIMIT, schema: { tags, body: CreateUpload, response: { 201: Import } } },
      async (req, reply) => reply.status(201).send(await createUpload(db, req.actor, req.body)),
    );
    app.get('/api/statistics/upload-mappings', { schema: { tags, response: { 200: UploadMappings } } }, (req) =>
      listMappings(db, req.actor),
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
    // The county's picture (issue 13 item 4): the KPIs stored, the map's shapes, the picture as Word/PDF.
    app.get('/api/statistics/county-kpis', { schema: { tags, response: { 200: CountyKpiList } } }, (req) =>
      countyKpis(db, req.actor),
    );
    app.get('/api/statistics/map-shapes', { schema: { tags, response: { 200: MapShapes } } }, (req) =>
      mapShapes(db, req.actor),
    );
    app.get(
      '/api/statistics/picture',
      {
        schema: {
          tags,
          querystring: PictureQuery,
          produces: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/pdf'],
        },
      },
      async (req, reply) => sendDownload(reply, await countyPicture(db, req.actor, req.query)),
    );
    await app.register(indicatorRoutes(services));
  };
