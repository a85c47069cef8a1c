import { eq, min } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { updateVersioned } from '../platform/db/versioned.js';
import { authorize, can, type Actor } from '../policy/policy.js';
import { recordChange } from '../audit/index.js';
import { findOrganisation } from '../organisations/index.js';
import { frameworks, frameworkVersions } from '../goals/index.js';
import { actions, assessments, initiatives, programmes } from './schema.js';
import type { CreateInitiative, CreateProgramme, Initiative, UpdateInitiative, UpdateProgramme } from './contract.js';
import {
  assessmentSummaries,
  findInitiative,
  findProgramme,
  initiativesOf,
  loadConflicts,
  programmeIds,
} from './repository.js';
import { initiativeFor, initiativeTarget, programmeFor, programmeTarget } from './access.js';
import { tallyGoals, todayIso } from './rules.js';

/** The RUS must be a published RUS of the county that the actor may read, shared if the programme is. */
async function checkRus(
  tx: Executor,
  actor: Actor,
  countyId: string,
  versionId: string | null | undefined,
  programmeShared: boolean,
) {
  if (!versionId) return;
  const [v] = await tx
    .select({
      kind: frameworks.kind,
      countyId: frameworks.countyId,
      status: frameworkVersions.status,
      shared: frameworks.shared,
      builtin: frameworks.builtin,
      owner: frameworks.ownerOrganisationId,
    })
    .from(frameworkVersions)
    .innerJoin(frameworks, eq(frameworks.id, frameworkVersions.frameworkId))
    .where(eq(frameworkVersions.id, versionId));
  const readable =
    v &&
    can(actor, 'read', 'framework', {
      countyId: v.countyId,
      organisationId: v.owner,
      shared: v.shared,
      builtin: v.builtin,
    });
  if (
    !v ||
    !readable ||
    v.kind !== 'rus' ||
    v.countyId !== countyId ||
    v.status !== 'published' ||
    (programmeShared && !v.shared)
  ) {
    throw new AppError('programme.rus_not_found', 'Choose a published version of the county’s RUS', {
      field: 'rusVersionId',
    });
  }
}

function checkGroups(allowed: string[], chosen: string[] | undefined) {
  const unknown = (chosen ?? []).filter((g) => !allowed.includes(g));
  if (unknown.length) {
    throw new AppError(
      'initiative.unknown_stakeholder_group',
      `Not a stakeholder group of the programme: ${unknown.join(', ')}`,
      { field: 'stakeholderGroups', unknown, allowed },
    );
  }
}

function checkSharing(programmeShared: boolean, initiativeShared: boolean | undefined) {
  if (initiativeShared && !programmeShared) {
    throw new AppError('request.validation_failed', 'Share the programme before sharing one of its initiatives', [
      { field: 'shared', message: 'the programme is not shared' },
    ]);
  }
}

export async function listProgrammes(db: Db, actor: Actor | undefined) {
  const a = authorize(actor, 'read', 'assessment');
  const list = await Promise.all(
    (await programmeIds(db, a.role === 'admin' ? null : a.countyId)).map((id) => findProgramme(db, id)),
  );
  return list.filter((p) => can(a, 'read', 'assessment', programmeTarget(p)));
}

export async function getProgramme(db: Db, actor: Actor | undefined, id: string) {
  return (await programmeFor(db, actor, 'read', id)).p;
}

export async function createProgramme(db: Db, actor: Actor | undefined, input: CreateProgramme) {
  const signedIn = authorize(actor, 'read', 'assessment');
  return db.transaction(async (tx) => {
    const org = await findOrganisation(tx, input.organisationId ?? signedIn.organisationId);
    const a = authorize(actor, 'create', 'assessment', {
      countyId: org.countyId,
      organisationId: org.id,
      shared: input.shared,
    });
    await checkRus(tx, a, org.countyId, input.rusVersionId, input.shared);
    const [row] = await tx
      .insert(programmes)
      .values({ ...input, rusVersionId: input.rusVersionId ?? null, organisationId: org.id, countyId: org.countyId })
      .returning();
    const created = await findProgramme(tx, row.id);
    await recordChange(tx, a, {
      action: 'create',
      entityType: 'programme',
      entityId: row.id,
      countyId: org.countyId,
      organisationId: org.id,
      after: created,
    });
    return created;
  });
}

export async function updateProgramme(db: Db, actor: Actor | undefined, id: string, input: UpdateProgramme) {
  return db.transaction(async (tx) => {
    const { p: before, actor: a } = await programmeFor(tx, actor, 'update', id);
    await checkRus(
      tx,
      a,
      before.countyId,
      input.rusVersionId !== undefined ? input.rusVersionId : before.rusVersionId,
      input.shared ?? before.shared,
    );
    const { version, ...values } = input;
    await updateVersioned(tx, programmes, 'programme', id, version, values, () => before);
    const after = await findProgramme(tx, id);
    await recordChange(tx, a, {
      action: 'update',
      entityType: 'programme',
      entityId: id,
      countyId: after.countyId,
      organisationId: after.organisationId,
      before,
      after,
    });
    return after;
  });
}

export async function listInitiatives(db: Db, actor: Actor | undefined, programmeId: string) {
  const { actor: a } = await programmeFor(db, actor, 'read', programmeId);
  return (await initiativesOf(db, programmeId)).filter((i) => can(a, 'read', 'assessment', initiativeTarget(i)));
}

export async function getInitiative(db: Db, actor: Actor | undefined, id: string) {
  return (await initiativeFor(db, actor, 'read', id)).i;
}

export async function createInitiative(
  db: Db,
  actor: Actor | undefined,
  programmeId: string,
  input: CreateInitiative,
): Promise<Initiative> {
  return db.transaction(async (tx) => {
    const { p, actor: a } = await programmeFor(tx, actor, 'create', programmeId);
    checkGroups(p.stakeholderGroups, input.stakeholderGroups);
    checkSharing(p.shared, input.shared);
    const [row] = await tx
      .insert(initiatives)
      .values({ ...input, programmeId, startDate: input.startDate ?? todayIso(), shared: input.shared ?? p.shared })
      .returning();
    const created = await findInitiative(tx, row.id);
    await recordChange(tx, a, {
      action: 'create',
      entityType: 'initiative',
      entityId: row.id,
      countyId: p.countyId,
      organisationId: p.organisationId,
      after: created,
    });
    return created;
  });
}

export async function updateInitiative(db: Db, actor: Actor | undefined, id: string, input: UpdateInitiative) {
  return db.transaction(async (tx) => {
    const { i: before, actor: a } = await initiativeFor(tx, actor, 'update', id);
    const p = await findProgramme(tx, before.programmeId);
    if (input.stakeholderGroups) checkGroups(p.stakeholderGroups, input.stakeholderGroups);
    checkSharing(p.shared, input.shared);
    if (input.startDate && input.startDate > before.startDate) {
      // Actions may not be due before the initiative exists; a later start must not strand them.
      const [{ earliest }] = await tx
        .select({ earliest: min(actions.deadline) })
        .from(actions)
        .innerJoin(assessments, eq(assessments.id, actions.assessmentId))
        .where(eq(assessments.initiativeId, id));
      if (earliest && earliest < input.startDate) {
        throw new AppError('action.deadline_before_start', `An action is due ${earliest}, before the new start date`, {
          field: 'startDate',
          earliestDeadline: earliest,
        });
      }
    }
    const { version, ...values } = input;
    await updateVersioned(tx, initiatives, 'initiative', id, version, values, () => before);
    const after = await findInitiative(tx, id);
    await recordChange(tx, a, {
      action: 'update',
      entityType: 'initiative',
      entityId: id,
      countyId: after.countyId,
      organisationId: after.organisationId,
      before,
      after,
    });
    return after;
  });
}

export async function setInitiativeArchived(
  db: Db,
  actor: Actor | undefined,
  id: string,
  version: number,
  archived: boolean,
) {
  return db.transaction(async (tx) => {
    const { i: before, actor: a } = await initiativeFor(tx, actor, 'archive', id);
    await updateVersioned(
      tx,
      initiatives,
      'initiative',
      id,
      version,
      { archivedAt: archived ? new Date() : null },
      () => before,
    );
    const after = await findInitiative(tx, id);
    await recordChange(tx, a, {
      action: archived ? 'archive' : 'restore',
      entityType: 'initiative',
      entityId: id,
      countyId: after.countyId,
      organisationId: after.organisationId,
      before,
      after,
    });
    return after;
  });
}

/** Initiatives × 17 goals from each initiative's latest assessment, with open conflicts and overdue actions. */
export async function programmeOverview(db: Db, actor: Actor | undefined, programmeId: string) {
  const programme = await getProgramme(db, actor, programmeId);
  const list = await listInitiatives(db, actor, programmeId);
  const summaries = await assessmentSummaries(
    db,
    list.flatMap((i) => (i.assessments[0] ? [i.assessments[0].id] : [])),
  );
  const rows = list.map((i) => {
    const latest = i.assessments[0] ?? null;
    const s = latest ? summaries.get(latest.id)! : null;
    return {
      initiativeId: i.id,
      name: i.name,
      assessment: latest,
      goals: tallyGoals(s?.impacts ?? []),
      openConflicts: s?.openConflicts ?? 0,
      overdueActions: s?.overdueActions ?? 0,
    };
  });
  return { programme, rows };
}

/** The conflicts of the latest assessment of each initiative (of one initiative, or a whole programme). */
export async function conflictList(
  db: Db,
  actor: Actor | undefined,
  scope: { programmeId?: string; initiativeId?: string },
) {
  const list = scope.initiativeId
    ? [await getInitiative(db, actor, scope.initiativeId)]
    : await listInitiatives(db, actor, scope.programmeId!);
  const latest = list.map((i) => i.assessments[0]?.id).filter((x): x is string => !!x);
  const names = new Map(list.flatMap((i) => (i.assessments[0] ? [[i.assessments[0].id, i]] : [])));
  return (await loadConflicts(db, latest)).map((c) => ({
    ...c,
    initiativeId: names.get(c.assessmentId)!.id,
    initiativeName: names.get(c.assessmentId)!.name,
  }));
}
