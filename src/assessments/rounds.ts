import { and, eq } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { saveVersioned } from '../platform/db/versioned.js';
import { change } from '../platform/db/unit-of-work.js';
import { authorize } from '../policy/policy.js';
import type { Actor } from '../policy/policy.js';
import { currentPublishedVersion, frameworkIdByKey, frameworkItemsById, readableFramework } from '../goals/index.js';
import { assessments, gates, impacts } from './schema.js';
import type { Assessment, AssessmentRecord, InitiativeRecord } from './contract.js';
import { findAssessment } from './repository.js';
import { findInitiative, findProgramme } from './programme-repository.js';
import { loadAssessment, mayChange, presentAssessment, targetOf, type LoadedAssessment } from './access.js';
import { consistentPositionNeeds, contradictoryPositionSteps } from './rules.js';

/** Every change of an assessment is audited on the assessment, in the initiative's place. */
export const placeOf = (a: AssessmentRecord) => ({
  id: a.id,
  countyId: a.initiative.countyId,
  organisationId: a.initiative.organisationId,
});
/** The audit entry's "before" of a change to an existing assessment: the assessment as it was. */
const beforeOf = (tx: Executor, loaded: LoadedAssessment) => findAssessment(tx, loaded.row.id);

/** An initiative the person may start a (re-)assessment of, with no assessment in progress. */
export function mayStart(actor: Actor | undefined, i: InitiativeRecord) {
  return authorize(actor, 'update', 'assessment', targetOf(i));
}

/** RUS of the programme, Agenda 2030, and the other frameworks chosen (their current versions). */
export async function chooseVersions(
  tx: Executor,
  actor: Actor,
  rusVersionId: string | null,
  frameworkIds: string[],
  shared: boolean,
) {
  const agenda = await frameworkIdByKey(tx, 'agenda2030');
  const ids = new Set<string>(rusVersionId ? [rusVersionId] : []);
  for (const fid of [agenda, ...frameworkIds].filter((x): x is string => !!x)) {
    const f = await readableFramework(tx, actor, fid);
    if (f.kind === 'rus')
      throw new AppError(
        'assessment.rus_from_programme',
        'The RUS comes from the programme; choose other frameworks here',
        { field: 'frameworkIds' },
      );
    if (shared && !f.shared && !f.builtin) {
      throw new AppError(
        'assessment.framework_not_shared',
        `${f.name.en} is not shared, so a shared assessment cannot use it`,
        { field: 'frameworkIds', frameworkId: fid },
      );
    }
    const v = await currentPublishedVersion(tx, fid);
    if (!v)
      throw new AppError('assessment.framework_unpublished', `${f.name.en} has no published version`, {
        field: 'frameworkIds',
        frameworkId: fid,
      });
    ids.add(v);
  }
  return [...ids];
}

export async function getAssessment(db: Db, actor: Actor | undefined, id: string): Promise<Assessment> {
  mayChange(actor, 'read', await loadAssessment(db, id));
  return presentAssessment(actor, await findAssessment(db, id));
}

export async function startAssessment(
  db: Db,
  actor: Actor | undefined,
  initiativeId: string,
  frameworkIds: string[],
): Promise<Assessment> {
  const created = await change(db, {
    entity: 'assessment',
    action: 'create',
    load: (tx) => findInitiative(tx, initiativeId),
    authorise: (i) => mayStart(actor, i),
    before: () => null,
    apply: async (tx, i, a) => {
      const open = i.assessments.find((x) => x.status === 'in_progress');
      if (open)
        throw new AppError('assessment.in_progress_exists', 'This initiative already has an assessment in progress', {
          existingId: open.id,
        });
      const p = await findProgramme(tx, i.programmeId);
      const versionIds = await chooseVersions(tx, a, p.rusVersionId, frameworkIds, i.shared);
      const [row] = await tx
        .insert(assessments)
        .values({
          initiativeId,
          number: (i.assessments[0]?.number ?? 0) + 1,
          status: 'in_progress',
          frameworkVersionIds: versionIds,
          positionsNeeded: {},
        })
        .returning({ id: assessments.id });
      return row.id;
    },
    present: findAssessment,
    place: placeOf,
  });
  return presentAssessment(actor, created);
}

export async function updateAssessment(
  db: Db,
  actor: Actor | undefined,
  id: string,
  input: { positionsNeeded?: Assessment['positionsNeeded']; frameworkIds?: string[]; version: number },
): Promise<Assessment> {
  let before: AssessmentRecord | null = null;
  const after = await change(db, {
    entity: 'assessment',
    action: 'update',
    load: async (tx) => {
      const loaded = await loadAssessment(tx, id);
      before = await beforeOf(tx, loaded);
      return loaded;
    },
    authorise: (loaded) => mayChange(actor, 'update', loaded),
    before: () => before,
    apply: async (tx, { row, initiative: i }, a) => {
      const values: Record<string, unknown> = {};
      if (input.positionsNeeded) {
        const [step] = contradictoryPositionSteps(input.positionsNeeded);
        if (step)
          throw new AppError(
            'assessment.position_note_without_need',
            `Step ${step} says no positions are needed but has a note on them; tick "positions needed" or remove the note`,
            { field: `positionsNeeded.${step}.note`, step: Number(step) },
          );
        values.positionsNeeded = consistentPositionNeeds({ ...row.positionsNeeded, ...input.positionsNeeded });
      }
      if (input.frameworkIds) {
        const p = await findProgramme(tx, i.programmeId);
        const chosen = await chooseVersions(tx, a, p.rusVersionId, input.frameworkIds, i.shared);
        // A framework that already has ratings stays until they are removed: nothing rated disappears silently.
        const ratedItems = await tx
          .selectDistinct({ itemId: impacts.itemId })
          .from(impacts)
          .where(eq(impacts.assessmentId, id));
        const items = await frameworkItemsById(
          tx,
          ratedItems.map((r) => r.itemId),
        );
        const rated = [...new Set([...items.values()].map((it) => it.versionId))].map((versionId) => ({ versionId }));
        const dropped = rated.filter((r) => !chosen.includes(r.versionId));
        if (dropped.length) {
          throw new AppError(
            'assessment.framework_has_ratings',
            'Remove the ratings of a framework before removing it from the assessment',
            { field: 'frameworkIds', versionIds: dropped.map((d) => d.versionId) },
          );
        }
        values.frameworkVersionIds = chosen;
      }
      await saveVersioned(tx, {
        table: assessments,
        entity: 'assessment',
        id,
        expectedVersion: input.version,
        values,
        present: async (t) => presentAssessment(actor, await findAssessment(t, id)),
      });
      return id;
    },
    present: findAssessment,
    place: placeOf,
  });
  return presentAssessment(actor, after);
}

/** A gate's decision as the contract shows it (the 409 of a stale decision carries it). */
const presentGate = async (tx: Executor, gateId: string) => {
  const [g] = await tx.select().from(gates).where(eq(gates.id, gateId));
  return {
    id: g.id,
    step: g.step,
    decision: g.decision as Assessment['gates'][number]['decision'],
    reason: g.reason,
    decidedBy: g.decidedBy,
    decidedAt: g.updatedAt.toISOString(),
    version: g.version,
  };
};

export async function setGate(
  db: Db,
  actor: Actor | undefined,
  id: string,
  step: number,
  input: { decision: string; reason: string; version?: number },
): Promise<Assessment> {
  let before: AssessmentRecord | null = null;
  const after = await change(db, {
    entity: 'assessment',
    action: 'update',
    load: async (tx) => {
      const loaded = await loadAssessment(tx, id);
      before = await beforeOf(tx, loaded);
      return loaded;
    },
    authorise: (loaded) => mayChange(actor, 'update', loaded),
    before: () => before,
    apply: async (tx, _loaded, a) => {
      const [existing] = await tx
        .select({ id: gates.id })
        .from(gates)
        .where(and(eq(gates.assessmentId, id), eq(gates.step, step)));
      const { version, ...decision } = input;
      // A decision someone else took since the page was loaded is not overwritten silently.
      if (existing)
        await saveVersioned(tx, {
          table: gates,
          entity: 'gate',
          id: existing.id,
          expectedVersion: version ?? 0,
          values: { ...decision, decidedBy: a.name },
          present: (t) => presentGate(t, existing.id),
        });
      else await tx.insert(gates).values({ assessmentId: id, step, ...decision, decidedBy: a.name });
      return id;
    },
    present: findAssessment,
    place: placeOf,
  });
  return presentAssessment(actor, after);
}

export async function finishAssessment(
  db: Db,
  actor: Actor | undefined,
  id: string,
  version: number,
): Promise<Assessment> {
  const after = await change(db, {
    entity: 'assessment',
    action: 'update',
    load: (tx) => loadAssessment(tx, id),
    authorise: (loaded) => mayChange(actor, 'update', loaded),
    before: ({ row }) => ({ status: row.status }),
    apply: async (tx, _loaded, a) => {
      await saveVersioned(tx, {
        table: assessments,
        entity: 'assessment',
        id,
        expectedVersion: version,
        values: { status: 'finished', finishedAt: new Date(), finishedBy: a.name },
        present: async (t) => presentAssessment(actor, await findAssessment(t, id)),
      });
      return id;
    },
    present: findAssessment,
    place: placeOf,
  });
  return presentAssessment(actor, after);
}
