import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { saveVersioned } from '../platform/db/versioned.js';
import { change } from '../platform/db/unit-of-work.js';
import { authorize } from '../policy/policy.js';
import type { Actor } from '../policy/policy.js';
import { frameworkItems, frameworks, frameworkVersions } from '../goals/index.js';
import { readableFramework } from '../goals/index.js';
import { actions, actors, assessments, conflicts, gates, impacts } from './schema.js';
import type { Assessment, AssessmentRecord, Comparison, InitiativeRecord } from './contract.js';
import { findAssessment, findInitiative, findProgramme } from './repository.js';
import { loadAssessment, mayChange, presentAssessment, targetOf, type LoadedAssessment } from './access.js';
import { consistentPositionNeeds, contradictoryPositionSteps, diff, type Keyed } from './rules.js';

/** Every change of an assessment is audited on the assessment, in the initiative's place. */
const placeOf = (a: AssessmentRecord) => ({
  id: a.id,
  countyId: a.initiative.countyId,
  organisationId: a.initiative.organisationId,
});
/** The audit entry's "before" of a change to an existing assessment: the assessment as it was. */
const beforeOf = (tx: Executor, loaded: LoadedAssessment) => findAssessment(tx, loaded.row.id);

/** An initiative the person may start a (re-)assessment of, with no assessment in progress. */
function mayStart(actor: Actor | undefined, i: InitiativeRecord) {
  return authorize(actor, 'update', 'assessment', targetOf(i));
}

async function currentVersionOf(tx: Executor, frameworkId: string) {
  const [v] = await tx
    .select({ id: frameworkVersions.id })
    .from(frameworkVersions)
    .where(and(eq(frameworkVersions.frameworkId, frameworkId), eq(frameworkVersions.status, 'published')))
    .orderBy(desc(frameworkVersions.number))
    .limit(1);
  return v?.id ?? null;
}

/** RUS of the programme, Agenda 2030, and the other frameworks chosen (their current versions). */
async function chooseVersions(
  tx: Executor,
  actor: Actor,
  rusVersionId: string | null,
  frameworkIds: string[],
  shared: boolean,
) {
  const [agenda] = await tx.select({ id: frameworks.id }).from(frameworks).where(eq(frameworks.key, 'agenda2030'));
  const ids = new Set<string>(rusVersionId ? [rusVersionId] : []);
  for (const fid of [agenda?.id, ...frameworkIds].filter((x): x is string => !!x)) {
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
    const v = await currentVersionOf(tx, fid);
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
        const rated = await tx
          .selectDistinct({ versionId: frameworkItems.versionId })
          .from(impacts)
          .innerJoin(frameworkItems, eq(frameworkItems.id, impacts.itemId))
          .where(eq(impacts.assessmentId, id));
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

/**
 * Start the next round from a finished assessment: everything is copied, impacts move to the
 * programme's current RUS and the frameworks' current versions where the same code exists there.
 */
export async function reassess(db: Db, actor: Actor | undefined, id: string): Promise<Assessment> {
  const created = await change(db, {
    entity: 'assessment',
    action: 'create',
    load: async (tx) => {
      const source = await findAssessment(tx, id);
      return { source, i: await findInitiative(tx, source.initiative.id) };
    },
    authorise: ({ i }) => mayStart(actor, i),
    before: () => null,
    apply: (tx, { source, i }, a) => copyRound(tx, a, source, i),
    present: findAssessment,
    place: placeOf,
  });
  return presentAssessment(actor, created);
}

/** The new round: everything of the source copied onto the current versions of its frameworks. */
async function copyRound(tx: Executor, a: Actor, source: AssessmentRecord, i: InitiativeRecord): Promise<string> {
  const id = source.id;
  if (source.status !== 'finished')
    throw new AppError('assessment.not_finished', 'Finish this assessment before starting a re-assessment');
  if (i.assessments.some((x) => x.status === 'in_progress'))
    throw new AppError('assessment.in_progress_exists', 'A re-assessment is already in progress');
  const p = await findProgramme(tx, i.programmeId);
  const others = source.frameworks.filter((f) => f.kind !== 'rus' && f.kind !== 'agenda2030').map((f) => f.frameworkId);
  const versionIds = await chooseVersions(tx, a, p.rusVersionId, others, i.shared);
  const [row] = await tx
    .insert(assessments)
    .values({
      initiativeId: i.id,
      number: i.assessments[0].number + 1,
      status: 'in_progress',
      basedOnId: id,
      frameworkVersionIds: versionIds,
      positionsNeeded: source.positionsNeeded,
    })
    .returning();
  // Same framework key and item code in the new versions.
  const items = await tx
    .select({ id: frameworkItems.id, code: frameworkItems.code, key: frameworks.key })
    .from(frameworkItems)
    .innerJoin(frameworkVersions, eq(frameworkVersions.id, frameworkItems.versionId))
    .innerJoin(frameworks, eq(frameworks.id, frameworkVersions.frameworkId))
    .where(inArray(frameworkItems.versionId, versionIds));
  const itemFor = new Map(items.map((it) => [`${it.key}|${it.code}`, it.id]));
  const newImpact = new Map<string, string>();
  for (const im of source.impacts) {
    const itemId = itemFor.get(`${im.frameworkKey}|${im.code}`);
    if (!itemId) continue;
    const [n] = await tx
      .insert(impacts)
      .values({
        assessmentId: row.id,
        step: im.step,
        itemId,
        effect: im.effect,
        directness: im.directness,
        motivation: im.motivation,
        relevanceRank: im.relevanceRank,
      })
      .returning({ id: impacts.id });
    newImpact.set(im.id, n.id);
  }
  const newActor = new Map<string, string>();
  for (const ac of source.actors) {
    const [n] = await tx
      .insert(actors)
      .values({
        assessmentId: row.id,
        organisationId: ac.organisationId,
        name: ac.organisationId ? null : ac.name,
        relation: ac.relation,
        presence: ac.presence,
        power: ac.power,
        interest: ac.interest,
        stance: ac.stance,
        note: ac.note,
      })
      .returning({ id: actors.id });
    newActor.set(ac.id, n.id);
  }
  const newConflict = new Map<string, string>();
  const codeOfItem = new Map(source.impacts.map((im) => [im.itemId, `${im.frameworkKey}|${im.code}`]));
  const remapItem = async (itemId: string | null) => {
    if (!itemId) return null;
    const key = codeOfItem.get(itemId) ?? (await itemKey(tx, itemId));
    return itemFor.get(key) ?? itemId;
  };
  for (const c of source.conflicts) {
    const [n] = await tx
      .insert(conflicts)
      .values({
        assessmentId: row.id,
        kind: c.kind,
        foundInStep: c.foundInStep,
        aItemId: await remapItem(c.a.itemId),
        aActorId: c.a.actorId ? (newActor.get(c.a.actorId) ?? null) : null,
        aText: c.a.text,
        bItemId: await remapItem(c.b.itemId),
        bActorId: c.b.actorId ? (newActor.get(c.b.actorId) ?? null) : null,
        bText: c.b.text,
        description: c.description,
        severity: c.severity,
        status: c.status,
        positionText: c.position?.text ?? null,
        positionBodyId: c.position?.bodyId ?? null,
        positionDate: c.position?.date ?? null,
        positionCaseNumber: c.position?.caseNumber ?? null,
      })
      .returning({ id: conflicts.id });
    newConflict.set(c.id, n.id);
  }
  for (const x of source.actions) {
    const target = x.answersType === 'impact' ? newImpact : x.answersType === 'actor' ? newActor : newConflict;
    const answersId = target.get(x.answersId);
    if (!answersId) continue;
    await tx.insert(actions).values({
      assessmentId: row.id,
      title: x.title,
      description: x.description,
      answersType: x.answersType,
      answersId,
      responsibleOrganisationId: x.responsibleOrganisationId,
      responsiblePersonId: x.responsiblePersonId,
      deadline: x.deadline,
      status: x.status,
    });
  }
  return row.id;
}

async function itemKey(tx: Executor, itemId: string) {
  const [r] = await tx
    .select({ code: frameworkItems.code, key: frameworks.key })
    .from(frameworkItems)
    .innerJoin(frameworkVersions, eq(frameworkVersions.id, frameworkItems.versionId))
    .innerJoin(frameworks, eq(frameworks.id, frameworkVersions.frameworkId))
    .where(eq(frameworkItems.id, itemId));
  return r ? `${r.key}|${r.code}` : '';
}

function keyed(a: AssessmentRecord) {
  const impactsK: Keyed[] = a.impacts.map((im) => ({
    key: `${im.frameworkKey}|${im.code}`,
    label: { sv: `${im.code} ${im.name.sv}`, en: `${im.code} ${im.name.en}` },
    values: {
      effect: im.effect,
      directness: im.directness,
      motivation: im.motivation,
      relevanceRank: im.relevanceRank,
    },
  }));
  const actorsK: Keyed[] = a.actors.map((x) => ({
    key: x.organisationId ?? `name:${x.name.toLowerCase()}`,
    label: { sv: x.name, en: x.name },
    values: {
      relation: x.relation,
      presence: x.presence,
      power: x.power,
      interest: x.interest,
      stance: x.stance,
      note: x.note,
    },
  }));
  const sideKey = (s: Assessment['conflicts'][number]['a']) =>
    s.type === 'item'
      ? `item:${s.code}`
      : s.type === 'actor'
        ? `actor:${s.label.sv.toLowerCase()}`
        : `text:${(s.text ?? '').toLowerCase()}`;
  const conflictsK: Keyed[] = a.conflicts.map((c) => ({
    key: [sideKey(c.a), sideKey(c.b)].sort().join(' ↔ '),
    label: { sv: `${c.a.label.sv} ↔ ${c.b.label.sv}`, en: `${c.a.label.en} ↔ ${c.b.label.en}` },
    values: {
      severity: c.severity,
      status: c.status,
      description: c.description,
      position: c.position?.text ?? null,
      positionDate: c.position?.date ?? null,
    },
  }));
  const actionsK: Keyed[] = a.actions.map((x) => ({
    key: x.title.toLowerCase(),
    label: { sv: x.title, en: x.title },
    values: {
      status: x.status,
      deadline: x.deadline,
      responsible: x.responsibleOrganisationName ?? x.responsiblePersonName,
    },
  }));
  return { impactsK, actorsK, conflictsK, actionsK };
}

export async function compareAssessments(
  db: Db,
  actor: Actor | undefined,
  id: string,
  otherId: string,
): Promise<Comparison> {
  const [x, y] = [await getAssessment(db, actor, id), await getAssessment(db, actor, otherId)];
  if (x.initiative.id !== y.initiative.id)
    throw new AppError('assessment.different_initiatives', 'Only assessments of the same initiative can be compared');
  const [from, to] = x.number < y.number ? [x, y] : [y, x];
  const [a, b] = [keyed(from), keyed(to)];
  const ref = (s: AssessmentRecord) => ({ id: s.id, number: s.number, status: s.status, finishedAt: s.finishedAt });
  return {
    from: ref(from),
    to: ref(to),
    impacts: diff(a.impactsK, b.impactsK),
    actors: diff(a.actorsK, b.actorsK),
    conflicts: diff(a.conflictsK, b.conflictsK),
    actions: diff(a.actionsK, b.actionsK),
  };
}
