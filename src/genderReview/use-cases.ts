/**
 * Gender review of governing documents (issue 13 item 6): reviews, their documents, ratings,
 * own criteria, the improvement work and the benchmarks. Every change goes through `change()`
 * (versioned, audited). Policy subject 'gender_review': everyone signed in in the county reads;
 * coordinators and the organisation's own members change (src/policy/policy.ts).
 */
import { eq } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import { AppError, notFound } from '../platform/errors.js';
import { change } from '../platform/db/unit-of-work.js';
import { saveVersioned } from '../platform/db/versioned.js';
import { authorize, can, type Actor } from '../policy/policy.js';
import { abilitiesFor, mayCreate } from '../policy/abilities.js';
import { scopeFor, scopeWhere } from '../policy/scope.js';
import { findOrganisation, organisationNames } from '../organisations/index.js';
import type {
  Benchmark,
  CreateBenchmark,
  CreateCriterion,
  CreateDocument,
  CreateReview,
  Review,
  ReviewRecord,
  ReviewSummary,
  SaveRating,
  UpdateBenchmark,
  UpdateDocument,
  UpdateReview,
} from './contract.js';
import {
  documentCounts,
  ownKey,
  perspective,
  reviewCriteria,
  reviewResult,
  type BuiltinGroup,
  type Criterion,
  type Rating,
} from './rules.js';
import {
  findBenchmarkRow,
  findDocumentRow,
  findRatingRow,
  findReviewRow,
  listReviews,
  reviewParts,
  type BenchmarkRow,
  type CriterionRow,
  type DocumentRow,
  type RatingRow,
  type ReviewRow,
} from './repository.js';
import {
  genderReviewBenchmarks,
  genderReviewCriteria,
  genderReviewDocuments,
  genderReviewRatings,
  genderReviews,
} from './schema.js';

const SUBJECT = 'gender_review';
export const targetOf = (r: { countyId: string; organisationId: string }) => ({
  countyId: r.countyId,
  organisationId: r.organisationId,
});

/** The actor may read this county's reviews; another county's review is not found (404, not 403). */
function readable(actor: Actor | undefined, id: string, r: ReviewRow): Actor {
  const who = authorize(actor, 'read', SUBJECT);
  if (!can(who, 'read', SUBJECT, targetOf(r))) throw notFound('gender review', id);
  return who;
}

export const ownCriterion = (c: CriterionRow): Criterion => ({
  key: ownKey(c.id),
  group: 'own',
  name: { sv: c.name, en: c.name },
  description: { sv: c.description, en: c.description },
  goalCode: null,
});

export const presentBenchmark = (b: BenchmarkRow): Benchmark => ({
  id: b.id,
  reviewId: b.reviewId,
  region: b.region,
  summary: b.summary,
  source: b.source,
  example: b.example,
  groups: b.groups,
  version: b.version,
});

export const presentRating = (r: RatingRow) => ({
  id: r.id,
  documentId: r.documentId,
  criterionKey: r.criterionKey,
  rating: (r.rating as Rating | null) ?? null,
  quotes: r.quotes,
  note: r.note,
  version: r.version,
});

export const presentDocumentRecord = (d: DocumentRow) => ({
  id: d.id,
  reviewId: d.reviewId,
  title: d.title,
  kind: d.kind as Review['documents'][number]['kind'],
  position: d.position,
  adoptedBy: d.adoptedBy,
  adoptedOn: d.adoptedOn,
  reference: d.reference,
  version: d.version,
});

function improvementOf(r: ReviewRow): Review['improvement'] {
  return {
    documentId: r.improvementDocumentId,
    change: r.improvementChange,
    responsible: r.improvementResponsible,
    due: r.improvementDue,
    status: r.improvementStatus as Review['improvement']['status'],
    notes: r.improvementNotes,
  };
}

/** The review as stored: its audit entry and a 409's `current`. */
export async function reviewRecord(tx: Executor, id: string): Promise<ReviewRecord> {
  const r = await findReviewRow(tx, id);
  return {
    id: r.id,
    countyId: r.countyId,
    organisationId: r.organisationId,
    year: r.year,
    title: r.title,
    status: r.status,
    groups: r.groups,
    improvement: improvementOf(r),
    version: r.version,
  };
}

function summary(actor: Actor | undefined, r: ReviewRow, documents: number, orgName: string): ReviewSummary {
  return {
    id: r.id,
    countyId: r.countyId,
    organisationId: r.organisationId,
    organisationName: orgName,
    year: r.year,
    title: r.title,
    status: r.status as ReviewSummary['status'],
    groups: r.groups as BuiltinGroup[],
    documentCount: documents,
    version: r.version,
    abilities: abilitiesFor(actor, SUBJECT, targetOf(r), ['update']),
  };
}

/** The whole review: criteria, the matrix (documents with their ratings and counts), result, work, benchmarks. */
export async function presentReview(db: Executor, actor: Actor | undefined, r: ReviewRow): Promise<Review> {
  const parts = await reviewParts(db, r.id);
  const names = await organisationNames(db, [r.organisationId]);
  const criteria = reviewCriteria(r.groups, parts.criteria.map(ownCriterion));
  const keys = new Set(criteria.map((c) => c.key));
  const byDoc = new Map<string, RatingRow[]>();
  for (const x of parts.ratings) byDoc.set(x.documentId, [...(byDoc.get(x.documentId) ?? []), x]);
  const documents = parts.documents.map((d) => {
    const ratings = (byDoc.get(d.id) ?? []).filter((x) => keys.has(x.criterionKey));
    const counts = documentCounts(criteria, new Map(ratings.map((x) => [x.criterionKey, x.rating as Rating | null])));
    return {
      ...presentDocumentRecord(d),
      counts,
      perspective: perspective(counts),
      ratings: ratings.map(presentRating),
    };
  });
  const groupResults = [...new Set(criteria.map((c) => c.group))].map((group) => {
    const inGroup = new Set(criteria.filter((c) => c.group === group).map((c) => c.key));
    const g = { group, clear: 0, partly: 0, missing: 0 };
    for (const d of documents) for (const x of d.ratings) if (inGroup.has(x.criterionKey) && x.rating) g[x.rating] += 1;
    return g;
  });
  return {
    ...summary(actor, r, documents.length, names.get(r.organisationId)?.name ?? ''),
    criteria,
    documents,
    result: reviewResult(documents.map((d) => d.counts)),
    groupResults,
    improvement: improvementOf(r),
    benchmarks: parts.benchmarks.map(presentBenchmark),
  };
}

// ---------------------------------------------------------------------------------------------
// Reads

export async function searchReviews(db: Db, actor: Actor | undefined) {
  const who = authorize(actor, 'read', SUBJECT);
  const rows = await listReviews(db, scopeWhere(scopeFor(who, SUBJECT), { countyId: genderReviews.countyId }));
  const names = await organisationNames(db, [...new Set(rows.map((x) => x.row.organisationId))]);
  const items = rows.map((x) => summary(who, x.row, x.documents, names.get(x.row.organisationId)?.name ?? ''));
  return {
    items,
    total: items.length,
    abilities: { create: mayCreate(who, SUBJECT, { countyId: who.countyId, organisationId: who.organisationId }) },
  };
}

export async function getReview(db: Executor, actor: Actor | undefined, id: string): Promise<Review> {
  const r = await findReviewRow(db, id);
  readable(actor, id, r);
  return presentReview(db, actor, r);
}

// ---------------------------------------------------------------------------------------------
// Changes

export const reviewPlace = (r: { id: string; countyId: string; organisationId: string }) => ({
  id: r.id,
  countyId: r.countyId,
  organisationId: r.organisationId,
});

export function loadReview(actor: Actor | undefined, id: string) {
  return async (tx: Executor) => {
    const r = await findReviewRow(tx, id);
    readable(actor, id, r);
    return r;
  };
}
export const mayUpdate = (actor: Actor | undefined) => (r: ReviewRow) =>
  authorize(actor, 'update', SUBJECT, targetOf(r));

export async function createReview(db: Db, actor: Actor | undefined, input: CreateReview) {
  const after = await change(db, {
    entity: 'gender_review',
    action: 'create',
    load: async (tx) => {
      const org = await findOrganisation(tx, input.organisationId).catch(() => null);
      if (!org)
        throw new AppError(
          'genderReview.organisation_unknown',
          `No organisation ${input.organisationId} in the county`,
          {
            field: 'organisationId',
          },
        );
      return org;
    },
    authorise: (org) => authorize(actor, 'create', SUBJECT, { countyId: org.countyId, organisationId: org.id }),
    apply: async (tx, org) => {
      if (!input.groups.length)
        throw new AppError('genderReview.group_unknown', 'Choose at least one group of criteria', { field: 'groups' });
      const [r] = await tx
        .insert(genderReviews)
        .values({
          countyId: org.countyId,
          organisationId: org.id,
          year: input.year,
          title: input.title,
          groups: input.groups,
        })
        .returning({ id: genderReviews.id });
      return r.id;
    },
    present: reviewRecord,
    place: reviewPlace,
    before: () => null,
  });
  return getReview(db, actor, after.id);
}

export async function updateReview(db: Db, actor: Actor | undefined, id: string, input: UpdateReview) {
  await change(db, {
    entity: 'gender_review',
    action: 'update',
    load: loadReview(actor, id),
    authorise: mayUpdate(actor),
    apply: async (tx, before) => {
      const values: Partial<typeof genderReviews.$inferInsert> = {};
      if (input.year !== undefined) values.year = input.year;
      if (input.title !== undefined) values.title = input.title;
      if (input.status !== undefined) values.status = input.status;
      if (input.groups !== undefined) {
        const own = await tx
          .select({ id: genderReviewCriteria.id })
          .from(genderReviewCriteria)
          .where(eq(genderReviewCriteria.reviewId, id));
        if (!input.groups.length && !own.length)
          throw new AppError('genderReview.group_unknown', 'Choose at least one group of criteria', {
            field: 'groups',
          });
        values.groups = input.groups;
      }
      const w = input.improvement;
      if (w) {
        if (w.documentId)
          await findDocumentRow(tx, before.id, w.documentId).catch(() => {
            throw new AppError('genderReview.document_unknown', `No document ${w.documentId} in this review`, {
              field: 'improvement.documentId',
            });
          });
        if (w.documentId !== undefined) values.improvementDocumentId = w.documentId;
        if (w.change !== undefined) values.improvementChange = w.change;
        if (w.responsible !== undefined) values.improvementResponsible = w.responsible;
        if (w.due !== undefined) values.improvementDue = w.due;
        if (w.status !== undefined) values.improvementStatus = w.status;
        if (w.notes !== undefined) values.improvementNotes = w.notes;
      }
      await saveVersioned(tx, {
        table: genderReviews,
        entity: 'gender review',
        id,
        expectedVersion: input.version,
        values,
        present: (t) => reviewRecord(t, id),
      });
      return id;
    },
    present: reviewRecord,
    place: reviewPlace,
    before: (r) => ({ ...r, improvement: improvementOf(r) }),
  });
  return getReview(db, actor, id);
}

export async function addCriterion(db: Db, actor: Actor | undefined, id: string, input: CreateCriterion) {
  await change(db, {
    entity: 'gender_review_criterion',
    action: 'create',
    load: loadReview(actor, id),
    authorise: mayUpdate(actor),
    apply: async (tx) => {
      const [c] = await tx
        .insert(genderReviewCriteria)
        .values({ reviewId: id, name: input.name, description: input.description })
        .returning({ id: genderReviewCriteria.id });
      return c.id;
    },
    present: async (tx, cid) => {
      const [c] = await tx.select().from(genderReviewCriteria).where(eq(genderReviewCriteria.id, cid));
      const r = await findReviewRow(tx, id);
      return { ...ownCriterion(c), id: c.id, countyId: r.countyId, organisationId: r.organisationId };
    },
    place: (c) => ({ id: c.id, countyId: c.countyId, organisationId: c.organisationId }),
    before: () => null,
  });
  return getReview(db, actor, id);
}

export async function documentRecord(tx: Executor, reviewId: string, id: string) {
  const d = await findDocumentRow(tx, reviewId, id);
  return { ...presentDocumentRecord(d), countyId: d.countyId };
}

export async function addDocument(db: Db, actor: Actor | undefined, id: string, input: CreateDocument) {
  let organisationId = '';
  await change(db, {
    entity: 'gender_review_document',
    action: 'create',
    load: loadReview(actor, id),
    authorise: mayUpdate(actor),
    apply: async (tx, r) => {
      organisationId = r.organisationId;
      const [d] = await tx
        .insert(genderReviewDocuments)
        .values({ reviewId: id, countyId: r.countyId, ...input })
        .returning({ id: genderReviewDocuments.id });
      return d.id;
    },
    present: (tx, did) => documentRecord(tx, id, did),
    place: (d) => ({ id: d.id, countyId: d.countyId, organisationId }),
    before: () => null,
  });
  return getReview(db, actor, id);
}

export async function updateDocument(
  db: Db,
  actor: Actor | undefined,
  id: string,
  documentId: string,
  input: UpdateDocument,
) {
  let organisationId = '';
  await change(db, {
    entity: 'gender_review_document',
    action: 'update',
    load: async (tx) => {
      const r = await loadReview(actor, id)(tx);
      organisationId = r.organisationId;
      return { review: r, document: await documentRecord(tx, id, documentId) };
    },
    authorise: (b) => mayUpdate(actor)(b.review),
    apply: async (tx) => {
      const { version, ...rest } = input;
      const values = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
      await saveVersioned(tx, {
        table: genderReviewDocuments,
        entity: 'document',
        id: documentId,
        expectedVersion: version,
        values,
        present: (t) => documentRecord(t, id, documentId),
      });
      return documentId;
    },
    present: (tx, did) => documentRecord(tx, id, did),
    place: (d) => ({ id: d.id, countyId: d.countyId, organisationId }),
    before: (b) => b.document,
  });
  return getReview(db, actor, id);
}

/**
 * Rate a document against a criterion of the review (rule 2). The criterion must be one the review
 * uses (400 names it); a rating read at `version` that someone else changed since is a 409.
 */
export async function saveRating(
  db: Db,
  actor: Actor | undefined,
  id: string,
  documentId: string,
  criterion: string,
  input: SaveRating,
) {
  let place = { countyId: '', organisationId: '' };
  await change(db, {
    entity: 'gender_review_rating',
    action: 'update',
    load: async (tx) => {
      const r = await loadReview(actor, id)(tx);
      place = targetOf(r);
      await findDocumentRow(tx, id, documentId);
      const existing = await findRatingRow(tx, documentId, criterion);
      return { review: r, rating: existing && presentRating(existing) };
    },
    authorise: (b) => mayUpdate(actor)(b.review),
    apply: async (tx, b) => {
      const { criteria } = await reviewParts(tx, id);
      const keys = new Set(reviewCriteria(b.review.groups, criteria.map(ownCriterion)).map((c) => c.key));
      if (!keys.has(criterion))
        throw new AppError('genderReview.criterion_unknown', `The review uses no criterion ${criterion}`, {
          field: 'criterion',
          criterion,
        });
      const values = { rating: input.rating, quotes: input.quotes, note: input.note };
      const current = async (t: Executor) => presentRating((await findRatingRow(t, documentId, criterion))!);
      if (!b.rating) {
        if (input.version !== null)
          throw new AppError('record.stale', 'This rating is not saved yet', { current: null });
        const [row] = await tx
          .insert(genderReviewRatings)
          .values({ documentId, reviewId: id, criterionKey: criterion, ...values })
          .onConflictDoNothing()
          .returning({ id: genderReviewRatings.id });
        if (!row)
          throw new AppError('record.stale', 'Someone else rated this criterion after you opened it', {
            current: await current(tx),
          });
        return row.id;
      }
      if (input.version === null)
        throw new AppError('record.stale', 'Someone else rated this criterion after you opened it', {
          current: b.rating,
        });
      await saveVersioned(tx, {
        table: genderReviewRatings,
        entity: 'rating',
        id: b.rating.id,
        expectedVersion: input.version,
        values,
        present: current,
      });
      return b.rating.id;
    },
    present: async (tx, rid) => {
      const [row] = await tx.select().from(genderReviewRatings).where(eq(genderReviewRatings.id, rid));
      return presentRating(row);
    },
    place: (x) => ({ id: x.id, ...place }),
    before: (b) => b.rating,
  });
  return getReview(db, actor, id);
}

export async function addBenchmark(db: Db, actor: Actor | undefined, id: string, input: CreateBenchmark) {
  let place = { countyId: '', organisationId: '' };
  await change(db, {
    entity: 'gender_review_benchmark',
    action: 'create',
    load: loadReview(actor, id),
    authorise: mayUpdate(actor),
    apply: async (tx, r) => {
      place = targetOf(r);
      const [b] = await tx
        .insert(genderReviewBenchmarks)
        .values({ reviewId: id, ...input })
        .returning({ id: genderReviewBenchmarks.id });
      return b.id;
    },
    present: async (tx, bid) => presentBenchmark(await findBenchmarkRow(tx, id, bid)),
    place: (b) => ({ id: b.id, ...place }),
    before: () => null,
  });
  return getReview(db, actor, id);
}

export async function updateBenchmark(
  db: Db,
  actor: Actor | undefined,
  id: string,
  benchmarkId: string,
  input: UpdateBenchmark,
) {
  let place = { countyId: '', organisationId: '' };
  await change(db, {
    entity: 'gender_review_benchmark',
    action: 'update',
    load: async (tx) => {
      const r = await loadReview(actor, id)(tx);
      place = targetOf(r);
      return { review: r, benchmark: presentBenchmark(await findBenchmarkRow(tx, id, benchmarkId)) };
    },
    authorise: (b) => mayUpdate(actor)(b.review),
    apply: async (tx) => {
      const { version, ...rest } = input;
      const values = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
      await saveVersioned(tx, {
        table: genderReviewBenchmarks,
        entity: 'benchmark',
        id: benchmarkId,
        expectedVersion: version,
        values,
        present: async (t) => presentBenchmark(await findBenchmarkRow(t, id, benchmarkId)),
      });
      return benchmarkId;
    },
    present: async (tx, bid) => presentBenchmark(await findBenchmarkRow(tx, id, bid)),
    place: (b) => ({ id: b.id, ...place }),
    before: (b) => b.benchmark,
  });
  return getReview(db, actor, id);
}
