/**
 * Renaming and removing a review's own criteria. The built-in ones (the six national sub-goals, 4R,
 * the five questions) are the same for every review and cannot be renamed or removed: 409
 * `genderReview.criterion_builtin` (a review leaves out a whole group instead, PATCH /:id `groups`).
 *
 * Own criteria have no version of their own: like the review's groups they say what the review
 * measures, so a change to one carries the review's version and moves it on (a stale one is a 409
 * whose `current` is the criterion as it is now, with the review's version to retry with).
 */
import { and, count, eq } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { change } from '../platform/db/unit-of-work.js';
import { saveVersioned } from '../platform/db/versioned.js';
import type { Actor } from '../policy/policy.js';
import type { CriterionRecord, UpdateCriterion } from './contract.js';
import { isBuiltinKey } from './rules.js';
import { findCriterionRow, findReviewRow, ratingsOf, type CriterionRow } from './repository.js';
import { genderReviewCriteria, genderReviewRatings, genderReviews } from './schema.js';
import { getReview, loadReview, mayUpdate, ownCriterion, presentRating, targetOf } from './use-cases.js';
import { removePart } from './removals.js';

const OWN_KEY = /^own-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** The own criterion a key names in this review, or null (a built-in key, another review's, no such). */
async function ownRow(tx: Executor, reviewId: string, key: string): Promise<CriterionRow | null> {
  const m = OWN_KEY.exec(key);
  return m ? findCriterionRow(tx, reviewId, m[1]) : null;
}

/** Rules first checked after the policy: a built-in criterion is not the review's to change. */
function mustBeOwn<T>(key: string, found: T | null): asserts found is T {
  if (isBuiltinKey(key))
    throw new AppError('genderReview.criterion_builtin', `${key} is a built-in criterion: it cannot be changed`, {
      field: 'criterion',
      criterion: key,
    });
  if (!found)
    throw new AppError('genderReview.criterion_unknown', `The review has no own criterion ${key}`, {
      field: 'criterion',
      criterion: key,
    });
}

const record = (c: CriterionRow, version: number): CriterionRecord => ({ ...ownCriterion(c), id: c.id, version });

/** The review's version check and move, standing for the criterion's; a 409 carries the criterion now. */
async function moveReviewVersion(tx: Executor, reviewId: string, criterionId: string, expected: number) {
  await saveVersioned(tx, {
    table: genderReviews,
    entity: 'gender review',
    id: reviewId,
    expectedVersion: expected,
    values: {},
    present: async (t) =>
      record((await findCriterionRow(t, reviewId, criterionId))!, (await findReviewRow(t, reviewId)).version),
  });
}

/** Rename or re-describe an own criterion; audited on the criterion like its creation. */
export async function updateCriterion(
  db: Db,
  actor: Actor | undefined,
  id: string,
  key: string,
  input: UpdateCriterion,
) {
  let place = { countyId: '', organisationId: '' };
  await change(db, {
    entity: 'gender_review_criterion',
    action: 'update',
    load: async (tx) => {
      const review = await loadReview(actor, id)(tx);
      place = targetOf(review);
      return { review, row: await ownRow(tx, id, key) };
    },
    authorise: (b) => mayUpdate(actor)(b.review),
    apply: async (tx, { row }) => {
      mustBeOwn(key, row);
      await moveReviewVersion(tx, id, row.id, input.version);
      const values: Partial<typeof genderReviewCriteria.$inferInsert> = {};
      if (input.name !== undefined) values.name = input.name;
      if (input.description !== undefined) values.description = input.description;
      if (Object.keys(values).length)
        await tx.update(genderReviewCriteria).set(values).where(eq(genderReviewCriteria.id, row.id));
      return row.id;
    },
    present: async (tx, cid) => ({
      ...record((await findCriterionRow(tx, id, cid))!, (await findReviewRow(tx, id)).version),
      ...place,
    }),
    place: (c) => ({ id: c.id, ...place }),
    before: (b) => b.row && { ...record(b.row, b.review.version), ...place },
  });
  return getReview(db, actor, id);
}

/**
 * Remove an own criterion and its ratings (the summary no longer counts them; the removal's audit
 * entry keeps them). A review left with no criteria at all is refused, as when choosing its groups.
 */
export function removeCriterion(db: Db, actor: Actor | undefined, id: string, key: string, version: number) {
  return removePart(db, actor, id, {
    part: 'criterion',
    load: async (tx, review) => {
      const row = await ownRow(tx, id, key);
      if (!row) return null;
      return {
        ...record(row, review.version),
        ratings: (await ratingsOf(tx, id, { criterionKey: key })).map(presentRating),
      };
    },
    apply: async (tx, { review, part }) => {
      mustBeOwn(key, part);
      await moveReviewVersion(tx, id, part.id, version);
      const [own] = await tx
        .select({ n: count() })
        .from(genderReviewCriteria)
        .where(eq(genderReviewCriteria.reviewId, id));
      if (!review.groups.length && Number(own.n) <= 1)
        throw new AppError('genderReview.group_unknown', 'A review needs at least one criterion: this is its last', {
          field: 'criterion',
          criterion: key,
        });
      await tx
        .delete(genderReviewRatings)
        .where(and(eq(genderReviewRatings.reviewId, id), eq(genderReviewRatings.criterionKey, key)));
      await tx.delete(genderReviewCriteria).where(eq(genderReviewCriteria.id, part.id));
    },
  });
}
