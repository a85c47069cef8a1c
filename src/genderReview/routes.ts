import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../platform/context.js';
import { Version, withStale } from '../platform/contract.js';
import { historyRoute } from '../audit/index.js';
import { sendDownload } from '../documents/index.js';
import {
  Benchmark,
  BenchmarkParams,
  CreateBenchmark,
  CreateCriterion,
  CreateDocument,
  CreateReview,
  CriterionParams,
  CriterionRecord,
  DocumentParams,
  DocumentRecord,
  RatingParams,
  RatingRecord,
  RemoveCriterion,
  RemoveDocument,
  ReportQuery,
  Review,
  ReviewList,
  ReviewParams,
  ReviewRecord,
  SaveRating,
  UpdateBenchmark,
  UpdateCriterion,
  UpdateDocument,
  UpdateReview,
} from './contract.js';
import {
  addBenchmark,
  addCriterion,
  addDocument,
  createReview,
  getReview,
  saveRating,
  searchReviews,
  updateBenchmark,
  updateDocument,
  updateReview,
} from './use-cases.js';
import { removeBenchmark, removeDocument, removedParts } from './removals.js';
import { removeCriterion, updateCriterion } from './criteria.js';
import { reportDocx, reportFileName, reportPdf } from './report.js';

/** Gender review of governing documents: reviews, documents, ratings, criteria, benchmarks, the report. */
export const genderReviewRoutes =
  ({ database: { db } }: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['genderReview'];
    app.get('/api/gender-reviews', { schema: { tags, response: { 200: ReviewList } } }, (req) =>
      searchReviews(db, req.actor),
    );
    app.post(
      '/api/gender-reviews',
      { schema: { tags, body: CreateReview, response: { 201: Review } } },
      async (req, reply) => reply.status(201).send(await createReview(db, req.actor, req.body)),
    );
    app.get('/api/gender-reviews/:id', { schema: { tags, params: ReviewParams, response: { 200: Review } } }, (req) =>
      getReview(db, req.actor, req.params.id),
    );
    app.patch(
      '/api/gender-reviews/:id',
      {
        schema: { tags, params: ReviewParams, body: UpdateReview, response: withStale({ 200: Review }, ReviewRecord) },
      },
      (req) => updateReview(db, req.actor, req.params.id, req.body),
    );
    app.post(
      '/api/gender-reviews/:id/criteria',
      { schema: { tags, params: ReviewParams, body: CreateCriterion, response: { 201: Review } } },
      async (req, reply) => reply.status(201).send(await addCriterion(db, req.actor, req.params.id, req.body)),
    );
    // An own criterion by its key (`own-<id>`); a built-in key is refused with its own code.
    const criterionSaved = withStale({ 200: Review }, CriterionRecord);
    app.patch(
      '/api/gender-reviews/:id/criteria/:criterion',
      { schema: { tags, params: CriterionParams, body: UpdateCriterion, response: criterionSaved } },
      (req) => updateCriterion(db, req.actor, req.params.id, req.params.criterion, req.body),
    );
    app.delete(
      '/api/gender-reviews/:id/criteria/:criterion',
      { schema: { tags, params: CriterionParams, body: RemoveCriterion, response: criterionSaved } },
      (req) => removeCriterion(db, req.actor, req.params.id, req.params.criterion, req.body.version),
    );
    app.post(
      '/api/gender-reviews/:id/documents',
      { schema: { tags, params: ReviewParams, body: CreateDocument, response: { 201: Review } } },
      async (req, reply) => reply.status(201).send(await addDocument(db, req.actor, req.params.id, req.body)),
    );
    app.patch(
      '/api/gender-reviews/:id/documents/:documentId',
      {
        schema: {
          tags,
          params: DocumentParams,
          body: UpdateDocument,
          response: withStale({ 200: Review }, DocumentRecord),
        },
      },
      (req) => updateDocument(db, req.actor, req.params.id, req.params.documentId, req.body),
    );
    app.delete(
      '/api/gender-reviews/:id/documents/:documentId',
      {
        schema: {
          tags,
          params: DocumentParams,
          body: RemoveDocument,
          response: withStale({ 200: Review }, DocumentRecord),
        },
      },
      (req) => removeDocument(db, req.actor, req.params.id, req.params.documentId, req.body),
    );
    app.put(
      '/api/gender-reviews/:id/documents/:documentId/ratings/:criterion',
      {
        schema: {
          tags,
          params: RatingParams,
          body: SaveRating,
          response: withStale({ 200: Review }, RatingRecord.nullable()),
        },
      },
      (req) => saveRating(db, req.actor, req.params.id, req.params.documentId, req.params.criterion, req.body),
    );
    app.post(
      '/api/gender-reviews/:id/benchmarks',
      { schema: { tags, params: ReviewParams, body: CreateBenchmark, response: { 201: Review } } },
      async (req, reply) => reply.status(201).send(await addBenchmark(db, req.actor, req.params.id, req.body)),
    );
    app.patch(
      '/api/gender-reviews/:id/benchmarks/:benchmarkId',
      {
        schema: {
          tags,
          params: BenchmarkParams,
          body: UpdateBenchmark,
          response: withStale({ 200: Review }, Benchmark),
        },
      },
      (req) => updateBenchmark(db, req.actor, req.params.id, req.params.benchmarkId, req.body),
    );
    app.delete(
      '/api/gender-reviews/:id/benchmarks/:benchmarkId',
      { schema: { tags, params: BenchmarkParams, body: Version, response: withStale({ 200: Review }, Benchmark) } },
      (req) => removeBenchmark(db, req.actor, req.params.id, req.params.benchmarkId, req.body.version),
    );
    for (const kind of ['docx', 'pdf'] as const)
      app.get(
        `/api/gender-reviews/:id/report.${kind}`,
        {
          schema: {
            tags,
            params: ReviewParams,
            querystring: ReportQuery,
            produces: [
              kind === 'pdf'
                ? 'application/pdf'
                : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            ],
          },
        },
        async (req, reply) => {
          const review = await getReview(db, req.actor, req.params.id);
          const lang = req.query.lang;
          const body = kind === 'pdf' ? await reportPdf(review, lang) : await reportDocx(review, lang);
          return sendDownload(reply, { fileName: reportFileName(review, kind, lang), body });
        },
      );
    historyRoute(app, db, {
      path: '/api/gender-reviews/:id/audit',
      tags,
      entity: 'gender_review',
      readable: async (d, actor, id) => {
        const r = await getReview(d, actor, id);
        return { countyId: r.countyId, organisationId: r.organisationId };
      },
      // Removed parts too (removals.ts): their entries stay in the review's history.
      related: async (d, actor, id) => {
        const r = await getReview(d, actor, id);
        return [
          ...(await removedParts(d, id)),
          { entityType: 'gender_review_document', entityIds: r.documents.map((x) => x.id) },
          { entityType: 'gender_review_rating', entityIds: r.documents.flatMap((x) => x.ratings.map((y) => y.id)) },
          { entityType: 'gender_review_benchmark', entityIds: r.benchmarks.map((x) => x.id) },
          {
            entityType: 'gender_review_criterion',
            entityIds: r.criteria.filter((c) => c.group === 'own').map((c) => c.key.slice(4)),
          },
        ];
      },
    });
  };
