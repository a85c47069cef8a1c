/**
 * Taking back what was added by mistake: a document of the steering chain (with its ratings) and a
 * benchmark row; own criteria are in criteria.ts. Each removal is one unit of work: load the review
 * (another county's is 404), authorise 'update' on 'gender_review', check the version read (409 with
 * the part as it is now), delete, audit.
 *
 * Why a removal is audited on the review: the review's history finds its parts by the ids it still
 * has (routes.ts `related`), so an entry on the removed part alone would vanish from that history
 * together with the part. The removal is therefore the review's own entry ('gender_review', action
 * 'delete', `before` = the part in its contract's shape, `part` naming it, and the ratings that went
 * with it), as assessments audit a removed part on the assessment; `removedParts` reads these back so
 * the removed part's earlier entries (its creation, its ratings) stay in the review's history. The
 * ratings themselves are deleted (the summary counts only what the review still has); what they
 * were stays in the log.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { change } from '../platform/db/unit-of-work.js';
import { listAudit, recordChange, type AuditEntity } from '../audit/index.js';
import type { Actor } from '../policy/policy.js';
import type { RemoveDocument, Review } from './contract.js';
import { findBenchmarkRow, ratingsOf, type ReviewRow } from './repository.js';
import { genderReviewBenchmarks, genderReviewDocuments, genderReviews } from './schema.js';
import {
  documentRecord,
  getReview,
  loadReview,
  mayUpdate,
  presentBenchmark,
  presentRating,
  reviewPlace,
  reviewRecord,
} from './use-cases.js';

export type RemovedPart = 'document' | 'benchmark' | 'criterion';

export interface Removal<P> {
  part: RemovedPart;
  /** The part as it is (its audit `before`); may throw 404. */
  load(tx: Executor, review: ReviewRow): Promise<P>;
  /** The rules and the delete, after the policy said yes. */
  apply(tx: Executor, loaded: { review: ReviewRow; part: P }, who: Actor): Promise<void>;
}

/** One removal of a part of review `id` as one unit of work, audited on the review; answers the review. */
export async function removePart<P>(db: Db, actor: Actor | undefined, id: string, r: Removal<P>): Promise<Review> {
  let place = { id, countyId: '', organisationId: '' };
  await change(db, {
    entity: 'gender_review',
    action: 'delete',
    load: async (tx) => {
      const review = await loadReview(actor, id)(tx);
      place = reviewPlace(review);
      return { review, part: await r.load(tx, review) };
    },
    authorise: (b) => mayUpdate(actor)(b.review),
    apply: async (tx, b, who) => {
      await r.apply(tx, b, who);
      return id;
    },
    present: async () => null,
    place: () => place,
    before: (b) => ({ part: r.part, ...b.part }),
  });
  return getReview(db, actor, id);
}

const stale = (what: string, current: unknown) =>
  new AppError('record.stale', `Someone else changed this ${what} after you opened it`, { current });

/**
 * Remove a document and its ratings. A document chosen as the link to improve is refused (409
 * `genderReview.document_in_use`) unless the request says `clearImprovement`: a person who removes
 * the chosen link expects to be told so, and then that the choice goes with it, not to find the
 * improvement pointing nowhere; the web's confirmation says it and sends the flag. Only the choice
 * is cleared (the review's version moves on, audited as an update of the review); what was to
 * change, who is responsible and the notes stay, so another document can be chosen for that work.
 */
export function removeDocument(
  db: Db,
  actor: Actor | undefined,
  id: string,
  documentId: string,
  input: RemoveDocument,
) {
  return removePart(db, actor, id, {
    part: 'document',
    load: async (tx) => ({
      ...(await documentRecord(tx, id, documentId)),
      ratings: (await ratingsOf(tx, id, { documentId })).map(presentRating),
    }),
    apply: async (tx, { review, part }, who) => {
      if (part.version !== input.version) throw stale('document', await documentRecord(tx, id, documentId));
      if (review.improvementDocumentId === documentId) {
        if (!input.clearImprovement)
          throw new AppError(
            'genderReview.document_in_use',
            'This document is the chosen link to improve; remove it with that choice (clearImprovement) or choose another link first',
            { field: 'clearImprovement', documentId },
          );
        const before = await reviewRecord(tx, id);
        await tx
          .update(genderReviews)
          .set({ improvementDocumentId: null, version: sql`${genderReviews.version} + 1`, updatedAt: new Date() })
          .where(eq(genderReviews.id, id));
        await recordChange(tx, who, {
          action: 'update',
          entityType: 'gender_review',
          entityId: id,
          countyId: review.countyId,
          organisationId: review.organisationId,
          before,
          after: await reviewRecord(tx, id),
        });
      }
      // Its ratings go with it (foreign key on delete cascade); the entry's `before` keeps them.
      const gone = await tx
        .delete(genderReviewDocuments)
        .where(and(eq(genderReviewDocuments.id, documentId), eq(genderReviewDocuments.version, input.version)))
        .returning({ id: genderReviewDocuments.id });
      if (!gone.length) throw stale('document', await documentRecord(tx, id, documentId));
    },
  });
}

/** Remove a benchmark row at the version read. */
export function removeBenchmark(db: Db, actor: Actor | undefined, id: string, benchmarkId: string, version: number) {
  const current = async (tx: Executor) => presentBenchmark(await findBenchmarkRow(tx, id, benchmarkId));
  return removePart(db, actor, id, {
    part: 'benchmark',
    load: current,
    apply: async (tx, { part }) => {
      if (part.version !== version) throw stale('benchmark', await current(tx));
      const gone = await tx
        .delete(genderReviewBenchmarks)
        .where(and(eq(genderReviewBenchmarks.id, benchmarkId), eq(genderReviewBenchmarks.version, version)))
        .returning({ id: genderReviewBenchmarks.id });
      if (!gone.length) throw stale('benchmark', await current(tx));
    },
  });
}

const entityOf: Record<RemovedPart, AuditEntity> = {
  document: 'gender_review_document',
  benchmark: 'gender_review_benchmark',
  criterion: 'gender_review_criterion',
};

/** The ids of the review's removed parts and of the ratings that went with them, from its removal entries. */
export async function removedParts(db: Db, id: string): Promise<{ entityType: AuditEntity; entityIds: string[] }[]> {
  const ids = new Map<AuditEntity, string[]>();
  const add = (type: AuditEntity, x: unknown) => {
    if (typeof x === 'string') ids.set(type, [...(ids.get(type) ?? []), x]);
  };
  for (const e of await listAudit(db, 'gender_review', id)) {
    const part = e.action === 'delete' ? (e.before?.part as RemovedPart | undefined) : undefined;
    if (!part || !(part in entityOf)) continue;
    add(entityOf[part], e.before?.id);
    const ratings = e.before?.ratings;
    if (Array.isArray(ratings)) for (const x of ratings) add('gender_review_rating', (x as { id?: unknown }).id);
  }
  return [...ids].map(([entityType, entityIds]) => ({ entityType, entityIds }));
}
