/** Adding and changing the parts of an assessment: impacts, actors, conflicts, actions and comments. */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../platform/db/database.js';
import { AppError, notFound } from '../platform/errors.js';
import { saveVersioned } from '../platform/db/versioned.js';
import type { Actor } from '../policy/policy.js';
import { actions, actors, comments, conflicts, impacts } from './schema.js';
import type {
  ActionInput,
  ActorInput,
  CommentInput,
  ConflictInput,
  ImpactInput,
  UpdateAction,
  UpdateActor,
  UpdateConflict,
  UpdateImpact,
} from './contract.js';
import { partChange, partRow, presentPart } from './part-change.js';
import { checkAction, checkActor, checkItem, checkRank, positionValues, sideValues } from './part-checks.js';

type In<T extends z.ZodType> = z.infer<T>;

// ---- impacts ----
export const addImpact = (db: Db, actor: Actor | undefined, id: string, input: In<typeof ImpactInput>) =>
  partChange(db, actor, id, 'impact', null, async (tx, ctx) => {
    await checkItem(tx, ctx, input.step, input.itemId);
    checkRank(input.step, input.relevanceRank);
    const [dup] = await tx
      .select({ id: impacts.id })
      .from(impacts)
      .where(and(eq(impacts.assessmentId, id), eq(impacts.itemId, input.itemId)));
    if (dup)
      throw new AppError(
        'assessment.duplicate_impact',
        'This goal is already rated in the assessment; edit that rating instead',
        { field: 'itemId', existingId: dup.id },
      );
    const [row] = await tx
      .insert(impacts)
      .values({ ...input, assessmentId: id })
      .returning({ id: impacts.id });
    return row.id;
  });

export const updateImpact = (
  db: Db,
  actor: Actor | undefined,
  id: string,
  partId: string,
  input: In<typeof UpdateImpact>,
) =>
  partChange(db, actor, id, 'impact', partId, async (tx) => {
    const before = await partRow(tx, 'impact', id, partId);
    checkRank(before.step, input.relevanceRank);
    const { version, ...values } = input;
    await saveVersioned(tx, {
      table: impacts,
      entity: 'impact',
      id: partId,
      expectedVersion: version,
      values,
      present: (t) => presentPart(t, id, 'impact', partId),
    });
    return partId;
  });

// ---- actors ----
export const addActor = (db: Db, actor: Actor | undefined, id: string, input: In<typeof ActorInput>) =>
  partChange(db, actor, id, 'actor', null, async (tx, ctx) => {
    await checkActor(tx, ctx, input.organisationId, input.name);
    const [row] = await tx
      .insert(actors)
      .values({ ...input, assessmentId: id })
      .returning({ id: actors.id });
    return row.id;
  });

export const updateActor = (
  db: Db,
  actor: Actor | undefined,
  id: string,
  partId: string,
  input: In<typeof UpdateActor>,
) =>
  partChange(db, actor, id, 'actor', partId, async (tx, ctx) => {
    const before = await partRow(tx, 'actor', id, partId);
    const org = input.organisationId !== undefined ? input.organisationId : before.organisationId;
    const name = input.name !== undefined ? input.name : before.name;
    await checkActor(tx, ctx, org, name);
    const { version, ...values } = input;
    await saveVersioned(tx, {
      table: actors,
      entity: 'actor',
      id: partId,
      expectedVersion: version,
      values,
      present: (t) => presentPart(t, id, 'actor', partId),
    });
    return partId;
  });

// ---- conflicts ----
export const addConflict = (db: Db, actor: Actor | undefined, id: string, input: In<typeof ConflictInput>) =>
  partChange(db, actor, id, 'conflict', null, async (tx, ctx) => {
    const { a, b, position, ...rest } = input;
    const status = position ? 'position_taken' : rest.status;
    if (status === 'position_taken' && !position)
      throw new AppError('assessment.position_required', 'Write the position taken', { field: 'position' });
    const values = {
      ...rest,
      status,
      ...(await sideValues(tx, ctx, a, 'a')),
      ...(await sideValues(tx, ctx, b, 'b')),
      ...(await positionValues(tx, ctx, position, status)),
    };
    const [row] = await tx
      .insert(conflicts)
      .values({ ...values, assessmentId: id } as typeof conflicts.$inferInsert)
      .returning({ id: conflicts.id });
    return row.id;
  });

export const updateConflict = (
  db: Db,
  actor: Actor | undefined,
  id: string,
  partId: string,
  input: In<typeof UpdateConflict>,
) =>
  partChange(db, actor, id, 'conflict', partId, async (tx, ctx) => {
    const before = await partRow(tx, 'conflict', id, partId);
    const { a, b, position, version, ...rest } = input;
    const status = position && !rest.status ? 'position_taken' : rest.status;
    if (status === 'position_taken' && !position && !before.positionText)
      throw new AppError('assessment.position_required', 'Write the position taken', { field: 'position' });
    const values = {
      ...rest,
      ...(status ? { status } : {}),
      ...(a ? await sideValues(tx, ctx, a, 'a') : {}),
      ...(b ? await sideValues(tx, ctx, b, 'b') : {}),
      ...(await positionValues(tx, ctx, position, status ?? before.status)),
    };
    await saveVersioned(tx, {
      table: conflicts,
      entity: 'conflict',
      id: partId,
      expectedVersion: version,
      values,
      present: (t) => presentPart(t, id, 'conflict', partId),
    });
    return partId;
  });

// ---- actions ----
export const addAction = (db: Db, actor: Actor | undefined, id: string, input: In<typeof ActionInput>) =>
  partChange(db, actor, id, 'action', null, async (tx, ctx) => {
    await checkAction(tx, ctx, input);
    const [row] = await tx
      .insert(actions)
      .values({ ...input, assessmentId: id })
      .returning({ id: actions.id });
    return row.id;
  });

export const updateAction = (
  db: Db,
  actor: Actor | undefined,
  id: string,
  partId: string,
  input: In<typeof UpdateAction>,
) =>
  partChange(db, actor, id, 'action', partId, async (tx, ctx) => {
    const before = await partRow(tx, 'action', id, partId);
    await checkAction(tx, ctx, {
      ...before,
      ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
    } as never);
    const { version, ...values } = input;
    await saveVersioned(tx, {
      table: actions,
      entity: 'action',
      id: partId,
      expectedVersion: version,
      values,
      present: (t) => presentPart(t, id, 'action', partId),
    });
    return partId;
  });

export const addComment = (db: Db, actor: Actor | undefined, id: string, input: In<typeof CommentInput>) =>
  partChange(
    db,
    actor,
    id,
    'comment',
    null,
    async (tx, ctx) => {
      if (input.targetType === 'assessment') {
        if (input.targetId !== id) throw notFound('assessment', input.targetId);
      } else await partRow(tx, input.targetType, id, input.targetId);
      const [row] = await tx
        .insert(comments)
        .values({ ...input, assessmentId: id, authorUserId: ctx.actor.userId, authorName: ctx.actor.name })
        .returning({ id: comments.id });
      return row.id;
    },
    'comment',
  );
