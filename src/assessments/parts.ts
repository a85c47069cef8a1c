import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Executor } from '../platform/db/database.js';
import { AppError, notFound } from '../platform/errors.js';
import { saveVersioned } from '../platform/db/versioned.js';
import { change } from '../platform/db/unit-of-work.js';
import type { Actor } from '../policy/policy.js';
import { findOrganisation } from '../organisations/index.js';
import { findPerson } from '../people/index.js';
import { findBody } from '../bodies/index.js';
import { frameworkItems, frameworks, frameworkVersions } from '../goals/index.js';
import { actions, actors, comments, conflicts, impacts } from './schema.js';
import type {
  ActionInput,
  Assessment,
  ActorInput,
  CommentInput,
  ConflictInput,
  ImpactInput,
  SideInput,
  UpdateAction,
  UpdateActor,
  UpdateConflict,
  UpdateImpact,
} from './contract.js';
import { findAssessment } from './repository.js';
import { loadAssessment, mayChange, presentAssessment, type LoadedAssessment } from './access.js';

type In<T extends z.ZodType> = z.infer<T>;
type Ctx = LoadedAssessment & { actor: Actor };
const tables = { impact: impacts, actor: actors, conflict: conflicts, action: actions } as const;
type Part = keyof typeof tables;
const listOf = {
  impact: 'impacts',
  actor: 'actors',
  conflict: 'conflicts',
  action: 'actions',
  comment: 'comments',
} as const;

/** One part of an assessment in the contract's shape (what a 409 carries and the audit keeps). */
async function presentPart(tx: Executor, assessmentId: string, part: Part | 'comment', partId: string) {
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
async function partChange(
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

async function partRow<T extends Part>(tx: Executor, part: T, assessmentId: string, partId: string) {
  const t = tables[part] as typeof impacts;
  const [row] = await tx
    .select()
    .from(t)
    .where(and(eq(t.id, partId), eq(t.assessmentId, assessmentId)));
  if (!row) throw notFound(part, partId);
  return row as (typeof tables)[T]['$inferSelect'];
}

// ---- impacts ----
async function checkItem(tx: Executor, ctx: Ctx, step: number, itemId: string) {
  const [it] = await tx
    .select({ versionId: frameworkItems.versionId, kind: frameworks.kind, level: frameworkItems.level })
    .from(frameworkItems)
    .innerJoin(frameworkVersions, eq(frameworkVersions.id, frameworkItems.versionId))
    .innerJoin(frameworks, eq(frameworks.id, frameworkVersions.frameworkId))
    .where(eq(frameworkItems.id, itemId));
  const inAssessment = it && ctx.row.frameworkVersionIds.includes(it.versionId);
  const rightStep = it && (step === 1 ? it.kind === 'rus' : it.kind !== 'rus');
  if (!inAssessment || !rightStep) {
    throw new AppError(
      'assessment.item_not_in_framework',
      step === 1
        ? 'Step 1 rates goals of the RUS version this assessment uses'
        : 'The goal or target is not in a framework version chosen for this assessment',
      { field: 'itemId' },
    );
  }
}

function checkRank(step: number, rank: number | null | undefined) {
  if (rank != null && step !== 2)
    throw new AppError('assessment.rank_only_step2', 'Only goals in step 2 are ranked as most relevant', {
      field: 'relevanceRank',
    });
}

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
async function checkActor(
  tx: Executor,
  ctx: Ctx,
  organisationId: string | null | undefined,
  name: string | null | undefined,
) {
  if (!organisationId && !name)
    throw new AppError(
      'assessment.actor_identity',
      'Choose an organisation from the register or write the actor’s name',
      { field: 'name' },
    );
  if (organisationId) {
    const org = await findOrganisation(tx, organisationId);
    if (org.countyId !== ctx.initiative.countyId)
      throw new AppError('assessment.actor_identity', 'The organisation belongs to another county', {
        field: 'organisationId',
      });
  }
}

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
async function sideValues(tx: Executor, ctx: Ctx, side: In<typeof SideInput>, field: 'a' | 'b') {
  const given = [side.itemId, side.actorId, side.text].filter((x) => x != null && x !== '');
  if (given.length !== 1)
    throw new AppError(
      'assessment.side_invalid',
      'Each side of a conflict is one goal, one actor or one written interest',
      { field },
    );
  if (side.itemId) {
    const [it] = await tx
      .select({ versionId: frameworkItems.versionId })
      .from(frameworkItems)
      .where(eq(frameworkItems.id, side.itemId));
    if (!it || !ctx.row.frameworkVersionIds.includes(it.versionId))
      throw new AppError('assessment.item_not_in_framework', 'The goal is not in a framework this assessment uses', {
        field: `${field}.itemId`,
      });
  }
  if (side.actorId)
    await partRow(tx, 'actor', ctx.row.id, side.actorId).catch(() => {
      throw new AppError('assessment.side_invalid', 'The actor is not part of this assessment', {
        field: `${field}.actorId`,
      });
    });
  return {
    [`${field}ItemId`]: side.itemId ?? null,
    [`${field}ActorId`]: side.actorId ?? null,
    [`${field}Text`]: side.text ?? null,
  };
}

async function positionValues(
  tx: Executor,
  ctx: Ctx,
  position: In<typeof ConflictInput>['position'],
  status: string | undefined,
) {
  if (position === undefined) return {};
  if (position === null) {
    if (status === 'position_taken')
      throw new AppError('assessment.position_required', 'Write the position taken', { field: 'position' });
    return { positionText: null, positionBodyId: null, positionDate: null, positionCaseNumber: null };
  }
  if (position.bodyId) {
    const body = await findBody(tx, position.bodyId);
    if (body.countyId !== ctx.initiative.countyId)
      throw new AppError('record.not_found', 'The body is in another county', { field: 'position.bodyId' });
  }
  return {
    positionText: position.text,
    positionBodyId: position.bodyId ?? null,
    positionDate: position.date,
    positionCaseNumber: position.caseNumber ?? null,
  };
}

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
async function checkAction(
  tx: Executor,
  ctx: Ctx,
  v: {
    answersType: string;
    answersId: string;
    responsibleOrganisationId?: string | null;
    responsiblePersonId?: string | null;
    deadline: string;
  },
) {
  if (!v.responsibleOrganisationId && !v.responsiblePersonId) {
    throw new AppError('action.responsible_required', 'Name a responsible organisation or person', {
      field: 'responsibleOrganisationId',
    });
  }
  if (v.responsibleOrganisationId) {
    const org = await findOrganisation(tx, v.responsibleOrganisationId);
    if (org.countyId !== ctx.initiative.countyId)
      throw new AppError('record.not_found', 'The organisation is in another county', {
        field: 'responsibleOrganisationId',
      });
  }
  if (v.responsiblePersonId) {
    const person = await findPerson(tx, v.responsiblePersonId);
    if (person.countyId !== ctx.initiative.countyId)
      throw new AppError('record.not_found', 'The person is in another county', { field: 'responsiblePersonId' });
  }
  if (v.deadline < ctx.initiative.startDate) {
    throw new AppError(
      'action.deadline_before_start',
      `The deadline cannot be before the initiative starts (${ctx.initiative.startDate})`,
      { field: 'deadline', startDate: ctx.initiative.startDate },
    );
  }
  await partRow(tx, v.answersType as Part, ctx.row.id, v.answersId).catch(() => {
    throw new AppError(
      'action.answers_unknown',
      `The ${v.answersType} this action answers is not part of the assessment`,
      { field: 'answersId' },
    );
  });
}

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
