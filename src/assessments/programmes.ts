import { eq, min } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { saveVersioned } from '../platform/db/versioned.js';
import { change } from '../platform/db/unit-of-work.js';
import { authorize, can, type Actor } from '../policy/policy.js';
import { scopeFor } from '../policy/scope.js';
import { mayCreate } from '../policy/abilities.js';
import { findOrganisation } from '../organisations/index.js';
import { frameworkVersionsById } from '../goals/index.js';
import { actions, assessments, initiatives, programmes } from './schema.js';
import type {
  CreateInitiative,
  CreateProgramme,
  Initiative,
  Programme,
  ProgrammePage,
  UpdateInitiative,
  UpdateProgramme,
} from './contract.js';
import {
  assessmentSummaries,
  findInitiative,
  findProgramme,
  initiativesOf,
  listProgrammeRecords,
} from './programme-repository.js';
import { loadConflicts } from './repository.js';
import {
  initiativeFor,
  presentInitiative,
  presentProgramme,
  programmeAllows,
  programmeFor,
  targetOf,
} from './access.js';
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
  const v = (await frameworkVersionsById(tx, [versionId])).get(versionId);
  const readable =
    v &&
    can(actor, 'read', 'framework', {
      countyId: v.countyId,
      organisationId: v.ownerOrganisationId,
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

const placeOf = <T extends { id: string; countyId: string; organisationId: string }>(r: T) => ({
  id: r.id,
  countyId: r.countyId,
  organisationId: r.organisationId,
});

export async function listProgrammes(db: Db, actor: Actor | undefined): Promise<ProgrammePage> {
  const a = authorize(actor, 'read', 'assessment');
  const items = await listProgrammeRecords(db, scopeFor(a, 'assessment'));
  return {
    items: items.map((p) => presentProgramme(a, p)),
    total: items.length,
    abilities: {
      create: mayCreate(a, 'assessment', { countyId: a.countyId, organisationId: a.organisationId }),
      // No organisation named: may the person start one for any organisation of the county?
      chooseOwner: mayCreate(a, 'assessment', { countyId: a.countyId }),
    },
  };
}

export async function getProgramme(db: Db, actor: Actor | undefined, id: string): Promise<Programme> {
  return presentProgramme(actor, (await programmeFor(db, actor, 'read', id)).p);
}

export async function createProgramme(db: Db, actor: Actor | undefined, input: CreateProgramme): Promise<Programme> {
  const signedIn = authorize(actor, 'read', 'assessment');
  const created = await change(db, {
    entity: 'programme',
    action: 'create',
    load: (tx) => findOrganisation(tx, input.organisationId ?? signedIn.organisationId),
    authorise: (org) =>
      authorize(actor, 'create', 'assessment', {
        countyId: org.countyId,
        organisationId: org.id,
        shared: input.shared,
      }),
    before: () => null,
    apply: async (tx, org, a) => {
      await checkRus(tx, a, org.countyId, input.rusVersionId, input.shared);
      const [row] = await tx
        .insert(programmes)
        .values({ ...input, rusVersionId: input.rusVersionId ?? null, organisationId: org.id, countyId: org.countyId })
        .returning({ id: programmes.id });
      return row.id;
    },
    present: findProgramme,
    place: placeOf,
  });
  return presentProgramme(actor, created);
}

export async function updateProgramme(
  db: Db,
  actor: Actor | undefined,
  id: string,
  input: UpdateProgramme,
): Promise<Programme> {
  const after = await change(db, {
    entity: 'programme',
    action: 'update',
    load: (tx) => findProgramme(tx, id),
    authorise: (before) => authorize(actor, 'update', 'assessment', targetOf(before)),
    apply: async (tx, before, a) => {
      await checkRus(
        tx,
        a,
        before.countyId,
        input.rusVersionId !== undefined ? input.rusVersionId : before.rusVersionId,
        input.shared ?? before.shared,
      );
      const { version, ...values } = input;
      await saveVersioned(tx, {
        table: programmes,
        entity: 'programme',
        id,
        expectedVersion: version,
        values,
        present: async (t) => presentProgramme(actor, await findProgramme(t, id)),
      });
      return id;
    },
    present: findProgramme,
    place: placeOf,
  });
  return presentProgramme(actor, after);
}

export async function listInitiatives(db: Db, actor: Actor | undefined, programmeId: string): Promise<Initiative[]> {
  const a = await programmeAllows(db, actor, 'read', programmeId);
  return (await initiativesOf(db, programmeId, scopeFor(a, 'assessment'))).map((i) => presentInitiative(a, i));
}

export async function getInitiative(db: Db, actor: Actor | undefined, id: string): Promise<Initiative> {
  return presentInitiative(actor, (await initiativeFor(db, actor, 'read', id)).i);
}

export async function createInitiative(
  db: Db,
  actor: Actor | undefined,
  programmeId: string,
  input: CreateInitiative,
): Promise<Initiative> {
  const created = await change(db, {
    entity: 'initiative',
    action: 'create',
    load: (tx) => findProgramme(tx, programmeId),
    authorise: (p) => authorize(actor, 'create', 'assessment', targetOf(p)),
    before: () => null,
    apply: async (tx, p) => {
      checkGroups(p.stakeholderGroups, input.stakeholderGroups);
      checkSharing(p.shared, input.shared);
      const [row] = await tx
        .insert(initiatives)
        .values({ ...input, programmeId, startDate: input.startDate ?? todayIso(), shared: input.shared ?? p.shared })
        .returning({ id: initiatives.id });
      return row.id;
    },
    present: findInitiative,
    place: placeOf,
  });
  return presentInitiative(actor, created);
}

export async function updateInitiative(
  db: Db,
  actor: Actor | undefined,
  id: string,
  input: UpdateInitiative,
): Promise<Initiative> {
  const after = await change(db, {
    entity: 'initiative',
    action: 'update',
    load: (tx) => findInitiative(tx, id),
    authorise: (before) => authorize(actor, 'update', 'assessment', targetOf(before)),
    apply: async (tx, before) => {
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
          throw new AppError(
            'action.deadline_before_start',
            `An action is due ${earliest}, before the new start date`,
            {
              field: 'startDate',
              earliestDeadline: earliest,
            },
          );
        }
      }
      const { version, ...values } = input;
      await saveVersioned(tx, {
        table: initiatives,
        entity: 'initiative',
        id,
        expectedVersion: version,
        values,
        present: async (t) => presentInitiative(actor, await findInitiative(t, id)),
      });
      return id;
    },
    present: findInitiative,
    place: placeOf,
  });
  return presentInitiative(actor, after);
}

export async function setInitiativeArchived(
  db: Db,
  actor: Actor | undefined,
  id: string,
  version: number,
  archived: boolean,
): Promise<Initiative> {
  const after = await change(db, {
    entity: 'initiative',
    action: archived ? 'archive' : 'restore',
    load: (tx) => findInitiative(tx, id),
    authorise: (before) => authorize(actor, 'archive', 'assessment', targetOf(before)),
    apply: async (tx) => {
      await saveVersioned(tx, {
        table: initiatives,
        entity: 'initiative',
        id,
        expectedVersion: version,
        values: { archivedAt: archived ? new Date() : null },
        present: async (t) => presentInitiative(actor, await findInitiative(t, id)),
      });
      return id;
    },
    present: findInitiative,
    place: placeOf,
  });
  return presentInitiative(actor, after);
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
