/** The unit of work every change to a part of an assessment goes through, and the removal of a part. */
import { and, eq } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import { AppError, notFound } from '../platform/errors.js';
import { change } from '../platform/db/unit-of-work.js';
import type { Actor } from '../policy/policy.js';
import { actions, actors, conflicts, impacts } from './schema.js';
import type { Assessment } from './contract.js';
import { findAssessment } from './repository.js';
import { loadAssessment, mayChange, presentAssessment, type LoadedAssessment } from './access.js';

export type Ctx = LoadedAssessment & { actor: Actor };
const tables = { impact: impacts, actor: actors, conflict: conflicts, action: actions } as const;
export type Part = keyof typeof tables;
const listOf = {
  impact: 'impacts',
  actor: 'actors',
  conflict: 'conflicts',
  action: 'actions',
  comment: 'comments',
} as const;

/** One part of an assessment in the contract's shape (what a 409 carries and the audit keeps). */
export async function presentPart(tx: Executor, assessmentId: string, part: Part | 'comment', partId: string) {
  const a = await findAssessment(tx, assessmentId);
  const found = (a[listOf[part]] as { id: string }[]).find((x) => x.id === partId);
  if (!found) throw notFound(part, partId);
  return found;
}

/**
 * A change to one part of an assessment as one unit of work: load the assessment, authorise
 * (editing needs it in progress), apply (returns the part's id, or null when it was removed),
 * audited on the assessment with the part before and after in the contract's shape. Answers the
 * whole assessment, which replaces the page's copy.
 */
export async function partChange(
  db: Db,
  actor: Actor | undefined,
  id: string,
  part: Part | 'comment',
  partId: string | null,
  apply: (tx: Executor, ctx: Ctx) => Promise<string | null>,
  may: 'update' | 'comment' = 'update',
  action: 'create' | 'update' | 'delete' = partId == null ? 'create' : 'update',
): Promise<Assessment> {
  let afterId: string | null = null;
  let place: { id: string; countyId: string; organisationId: string } = { id, countyId: '', organisationId: '' };
  await change(db, {
    entity: 'assessment',
    action,
    load: async (tx) => {
      const loaded = await loadAssessment(tx, id);
      place = { id, countyId: loaded.initiative.countyId, organisationId: loaded.initiative.organisationId };
      return { ...loaded, part: partId ? await presentPart(tx, id, part, partId) : null };
    },
    authorise: (loaded) => mayChange(actor, may, loaded),
    before: (loaded) => (loaded.part ? { part, ...loaded.part } : null),
    apply: async (tx, loaded, a) => {
      afterId = await apply(tx, { row: loaded.row, initiative: loaded.initiative, actor: a });
      return id;
    },
    present: async (tx) => (afterId ? { part, ...(await presentPart(tx, id, part, afterId)) } : null),
    place: () => place,
  });
  return presentAssessment(actor, await findAssessment(db, id));
}

/** A part's own row, which must belong to the assessment. */
export async function partRow<T extends Part>(tx: Executor, part: T, assessmentId: string, partId: string) {
  const t = tables[part] as typeof impacts;
  const [row] = await tx
    .select()
    .from(t)
    .where(and(eq(t.id, partId), eq(t.assessmentId, assessmentId)));
  if (!row) throw notFound(part, partId);
  return row as (typeof tables)[T]['$inferSelect'];
}

/** Remove a part; the version guards against removing something a colleague just changed. */
export const removePart = (db: Db, actor: Actor | undefined, id: string, part: Part, partId: string, version: number) =>
  partChange(
    db,
    actor,
    id,
    part,
    partId,
    async (tx) => {
      const before = await partRow(tx, part, id, partId);
      if (before.version !== version)
        throw new AppError('record.stale', `Someone else changed this ${part} after you opened it`, {
          current: await presentPart(tx, id, part, partId),
        });
      if (part === 'impact' || part === 'actor' || part === 'conflict') {
        const [used] = await tx
          .select({ id: actions.id })
          .from(actions)
          .where(and(eq(actions.assessmentId, id), eq(actions.answersId, partId)));
        if (used)
          throw new AppError(
            'action.answers_unknown',
            `An action answers this ${part}; change or remove the action first`,
            { field: 'answersId', actionId: used.id },
          );
      }
      const t = tables[part] as typeof impacts;
      await tx.delete(t).where(eq(t.id, partId));
      return null;
    },
    'update',
    'delete',
  );
