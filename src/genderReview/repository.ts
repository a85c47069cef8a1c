import { and, asc, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';
import {
  genderReviewBenchmarks,
  genderReviewCriteria,
  genderReviewDocuments,
  genderReviewRatings,
  genderReviews,
} from './schema.js';

export type ReviewRow = typeof genderReviews.$inferSelect;
export type DocumentRow = typeof genderReviewDocuments.$inferSelect;
export type RatingRow = typeof genderReviewRatings.$inferSelect;
export type BenchmarkRow = typeof genderReviewBenchmarks.$inferSelect;
export type CriterionRow = typeof genderReviewCriteria.$inferSelect;

export async function findReviewRow(db: Executor, id: string): Promise<ReviewRow> {
  const [row] = await db.select().from(genderReviews).where(eq(genderReviews.id, id));
  if (!row) throw notFound('gender review', id);
  return row;
}

export async function findDocumentRow(db: Executor, reviewId: string, id: string): Promise<DocumentRow> {
  const [row] = await db
    .select()
    .from(genderReviewDocuments)
    .where(and(eq(genderReviewDocuments.id, id), eq(genderReviewDocuments.reviewId, reviewId)));
  if (!row) throw notFound('document', id);
  return row;
}

export async function findBenchmarkRow(db: Executor, reviewId: string, id: string): Promise<BenchmarkRow> {
  const [row] = await db
    .select()
    .from(genderReviewBenchmarks)
    .where(and(eq(genderReviewBenchmarks.id, id), eq(genderReviewBenchmarks.reviewId, reviewId)));
  if (!row) throw notFound('benchmark', id);
  return row;
}

export async function findRatingRow(db: Executor, documentId: string, key: string): Promise<RatingRow | null> {
  const [row] = await db
    .select()
    .from(genderReviewRatings)
    .where(and(eq(genderReviewRatings.documentId, documentId), eq(genderReviewRatings.criterionKey, key)));
  return row ?? null;
}

/** Reviews in a scope's where-clause with their number of documents, newest year first. */
export async function listReviews(db: Executor, where: SQL | undefined) {
  const rows = await db
    .select({ r: genderReviews, n: count(genderReviewDocuments.id) })
    .from(genderReviews)
    .leftJoin(genderReviewDocuments, eq(genderReviewDocuments.reviewId, genderReviews.id))
    .where(where)
    .groupBy(genderReviews.id)
    .orderBy(desc(genderReviews.year), asc(genderReviews.title), asc(genderReviews.id));
  return rows.map((x) => ({ row: x.r, documents: Number(x.n) }));
}

/** Everything of one review in four queries: own criteria, documents, ratings, benchmarks. */
export async function reviewParts(db: Executor, reviewId: string) {
  const [criteria, documents, ratings, benchmarks] = await Promise.all([
    db
      .select()
      .from(genderReviewCriteria)
      .where(eq(genderReviewCriteria.reviewId, reviewId))
      .orderBy(asc(genderReviewCriteria.createdAt), asc(genderReviewCriteria.id)),
    db
      .select()
      .from(genderReviewDocuments)
      .where(eq(genderReviewDocuments.reviewId, reviewId))
      .orderBy(asc(genderReviewDocuments.position), asc(genderReviewDocuments.createdAt)),
    db.select().from(genderReviewRatings).where(eq(genderReviewRatings.reviewId, reviewId)),
    db
      .select()
      .from(genderReviewBenchmarks)
      .where(eq(genderReviewBenchmarks.reviewId, reviewId))
      .orderBy(asc(genderReviewBenchmarks.region), asc(genderReviewBenchmarks.createdAt)),
  ]);
  return { criteria, documents, ratings, benchmarks };
}

export async function ownCriterionIds(db: Executor, reviewId: string, ids: readonly string[]) {
  if (!ids.length) return new Set<string>();
  const rows = await db
    .select({ id: genderReviewCriteria.id })
    .from(genderReviewCriteria)
    .where(and(eq(genderReviewCriteria.reviewId, reviewId), inArray(genderReviewCriteria.id, [...ids])));
  return new Set(rows.map((r) => r.id));
}

/** An own criterion of the review, or null when the review has none with this id. */
export async function findCriterionRow(db: Executor, reviewId: string, id: string): Promise<CriterionRow | null> {
  const [row] = await db
    .select()
    .from(genderReviewCriteria)
    .where(and(eq(genderReviewCriteria.id, id), eq(genderReviewCriteria.reviewId, reviewId)));
  return row ?? null;
}

/** The ratings of one document, or of one criterion across the review's documents. */
export function ratingsOf(db: Executor, reviewId: string, by: { documentId: string } | { criterionKey: string }) {
  const which =
    'documentId' in by
      ? eq(genderReviewRatings.documentId, by.documentId)
      : eq(genderReviewRatings.criterionKey, by.criterionKey);
  return db
    .select()
    .from(genderReviewRatings)
    .where(and(eq(genderReviewRatings.reviewId, reviewId), which))
    .orderBy(asc(genderReviewRatings.criterionKey), asc(genderReviewRatings.id));
}
