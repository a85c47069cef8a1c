/** A re-assessment: the next round of an initiative, copied from its finished assessment. */
import type { Db, Executor } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { change } from '../platform/db/unit-of-work.js';
import type { Actor } from '../policy/policy.js';
import { frameworkItemsById, itemsOfVersions } from '../goals/index.js';
import { actions, actors, assessments, conflicts, impacts } from './schema.js';
import type { Assessment, AssessmentRecord, InitiativeRecord } from './contract.js';
import { findAssessment } from './repository.js';
import { findInitiative, findProgramme } from './programme-repository.js';
import { presentAssessment } from './access.js';
import { chooseVersions, mayStart, placeOf } from './rounds.js';

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
  const items = await itemsOfVersions(tx, versionIds);
  const itemFor = new Map(items.map((it) => [`${it.frameworkKey}|${it.code}`, it.id]));
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
  // Conflicts may name goals nobody rated: their codes come from the goals' face in one query.
  const unrated = source.conflicts
    .flatMap((c) => [c.a.itemId, c.b.itemId])
    .filter((x): x is string => !!x && !codeOfItem.has(x));
  for (const it of (await frameworkItemsById(tx, unrated)).values())
    codeOfItem.set(it.id, `${it.frameworkKey}|${it.code}`);
  const remapItem = (itemId: string | null) => (itemId ? (itemFor.get(codeOfItem.get(itemId) ?? '') ?? itemId) : null);
  for (const c of source.conflicts) {
    const [n] = await tx
      .insert(conflicts)
      .values({
        assessmentId: row.id,
        kind: c.kind,
        foundInStep: c.foundInStep,
        aItemId: remapItem(c.a.itemId),
        aActorId: c.a.actorId ? (newActor.get(c.a.actorId) ?? null) : null,
        aText: c.a.text,
        bItemId: remapItem(c.b.itemId),
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
