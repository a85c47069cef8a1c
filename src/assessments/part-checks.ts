/**
 * What a part of an assessment must meet before it is saved: goals from the assessment's
 * frameworks, organisations, people and bodies of the initiative's county (read through their
 * faces), and references to parts of the same assessment.
 */
import { z } from 'zod';
import type { Executor } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { findOrganisation } from '../organisations/index.js';
import { findPerson } from '../people/index.js';
import { findBody } from '../bodies/index.js';
import { frameworkItemsById } from '../goals/index.js';
import type { ConflictInput, SideInput } from './contract.js';
import { partRow, type Ctx, type Part } from './part-change.js';

type In<T extends z.ZodType> = z.infer<T>;

/** Step 1 rates goals of the RUS; the other steps goals of the other frameworks the assessment uses. */
export async function checkItem(tx: Executor, ctx: Ctx, step: number, itemId: string) {
  const it = (await frameworkItemsById(tx, [itemId])).get(itemId);
  const inAssessment = it && ctx.row.frameworkVersionIds.includes(it.versionId);
  const rightStep = it && (step === 1 ? it.frameworkKind === 'rus' : it.frameworkKind !== 'rus');
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

export function checkRank(step: number, rank: number | null | undefined) {
  if (rank != null && step !== 2)
    throw new AppError('assessment.rank_only_step2', 'Only goals in step 2 are ranked as most relevant', {
      field: 'relevanceRank',
    });
}

export async function checkActor(
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

/** A side of a conflict as its columns: one goal of the assessment's frameworks, one of its actors, or a text. */
export async function sideValues(tx: Executor, ctx: Ctx, side: In<typeof SideInput>, field: 'a' | 'b') {
  const given = [side.itemId, side.actorId, side.text].filter((x) => x != null && x !== '');
  if (given.length !== 1)
    throw new AppError(
      'assessment.side_invalid',
      'Each side of a conflict is one goal, one actor or one written interest',
      { field },
    );
  if (side.itemId) {
    const it = (await frameworkItemsById(tx, [side.itemId])).get(side.itemId);
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

/** A conflict's position as its columns; the body must be of the initiative's county. */
export async function positionValues(
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

/** An action has someone responsible in the county, a deadline after the start and answers a part of the assessment. */
export async function checkAction(
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
