/**
 * Queries of an assessment and its parts. What other capabilities hold (goals, organisations,
 * people, bodies) is read through their faces, one batched query each.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';
import { organisationNames } from '../organisations/index.js';
import { personSummaries } from '../people/index.js';
import { bodyNames } from '../bodies/index.js';
import { frameworkItemsById, frameworkVersionsById, type FrameworkItemInfo } from '../goals/index.js';
import { actions, actors, assessments, comments, conflicts, gates, impacts } from './schema.js';
import type { AssessmentActor, AssessmentRecord, Conflict, Impact, Side } from './contract.js';
import { findInitiative } from './programme-repository.js';
import { consistentPositionNeeds, isOverdue, quadrantOf, tallyGoals, todayIso } from './rules.js';

const iso = (d: Date | null) => d?.toISOString() ?? null;
type ImpactRow = typeof impacts.$inferSelect;
type ActorRow = typeof actors.$inferSelect;
type ConflictRow = typeof conflicts.$inferSelect;
type Items = Map<string, FrameworkItemInfo>;
const names = <T extends { name: string }>(m: Map<string, T>) => new Map([...m].map(([k, v]) => [k, v.name]));

/** Impacts in step order, then by framework and the item's place in it. */
function presentImpacts(rows: ImpactRow[], items: Items): Impact[] {
  return rows
    .flatMap((im) => {
      const item = items.get(im.itemId);
      return item ? [{ im, item }] : [];
    })
    .sort(
      (x, y) =>
        x.im.step - y.im.step ||
        (x.item.frameworkKey < y.item.frameworkKey ? -1 : x.item.frameworkKey > y.item.frameworkKey ? 1 : 0) ||
        x.item.sort - y.item.sort,
    )
    .map(({ im, item }) => ({
      id: im.id,
      step: im.step,
      itemId: item.id,
      frameworkKey: item.frameworkKey,
      frameworkKind: item.frameworkKind,
      versionId: item.versionId,
      code: item.code,
      level: item.level,
      name: item.name,
      parentCode: item.parentCode,
      color: item.color,
      effect: im.effect as Impact['effect'],
      directness: (im.directness as Impact['directness']) ?? null,
      motivation: im.motivation,
      relevanceRank: im.relevanceRank,
      version: im.version,
    }));
}

const actorName = (a: Pick<ActorRow, 'name' | 'organisationId'>, orgs: Map<string, string>) =>
  a.name ?? (a.organisationId ? orgs.get(a.organisationId) : undefined) ?? '';

/** Actors in the order they were added, the missing ones first. */
function presentActors(rows: ActorRow[], orgs: Map<string, string>): AssessmentActor[] {
  return rows
    .map((a) => ({
      id: a.id,
      organisationId: a.organisationId,
      name: actorName(a, orgs),
      relation: a.relation as AssessmentActor['relation'],
      presence: a.presence as AssessmentActor['presence'],
      power: a.power,
      interest: a.interest,
      stance: a.stance as AssessmentActor['stance'],
      note: a.note,
      quadrant: quadrantOf(a.power, a.interest),
      version: a.version,
    }))
    .sort((x, y) => Number(y.presence === 'missing') - Number(x.presence === 'missing'));
}

const conflictItemIds = (rows: ConflictRow[]) =>
  rows.flatMap((c) => [c.aItemId, c.bItemId]).filter((x): x is string => !!x);

function presentConflicts(
  rows: ConflictRow[],
  items: Items,
  actorNames: Map<string, string>,
  bodies: Map<string, string>,
): Conflict[] {
  const side = (itemId: string | null, actorId: string | null, text: string | null): Side => {
    if (itemId) {
      const l = items.get(itemId);
      return {
        type: 'item',
        itemId,
        actorId: null,
        text: null,
        code: l?.code ?? null,
        label: { sv: l ? `${l.code} ${l.name.sv}` : '', en: l ? `${l.code} ${l.name.en}` : '' },
      };
    }
    if (actorId) {
      const n = actorNames.get(actorId) ?? '';
      return { type: 'actor', itemId: null, actorId, text: null, code: null, label: { sv: n, en: n } };
    }
    return { type: 'text', itemId: null, actorId: null, text, code: null, label: { sv: text ?? '', en: text ?? '' } };
  };
  return rows.map((c) => ({
    id: c.id,
    assessmentId: c.assessmentId,
    kind: c.kind as Conflict['kind'],
    foundInStep: c.foundInStep,
    a: side(c.aItemId, c.aActorId, c.aText),
    b: side(c.bItemId, c.bActorId, c.bText),
    description: c.description,
    severity: c.severity as Conflict['severity'],
    status: c.status as Conflict['status'],
    position:
      c.positionText && c.positionDate
        ? {
            text: c.positionText,
            bodyId: c.positionBodyId,
            bodyName: (c.positionBodyId && bodies.get(c.positionBodyId)) || null,
            date: c.positionDate,
            caseNumber: c.positionCaseNumber,
          }
        : null,
    version: c.version,
  }));
}

const conflictRows = (db: Executor, assessmentIds: string[]) =>
  db.select().from(conflicts).where(inArray(conflicts.assessmentId, assessmentIds)).orderBy(asc(conflicts.createdAt));

/** The conflicts of these assessments, with their sides' and positions' names. */
export async function loadConflicts(db: Executor, assessmentIds: string[]): Promise<Conflict[]> {
  if (!assessmentIds.length) return [];
  const rows = await conflictRows(db, assessmentIds);
  if (!rows.length) return [];
  const items = await frameworkItemsById(db, conflictItemIds(rows));
  const actorRows = await db
    .select({ id: actors.id, name: actors.name, organisationId: actors.organisationId })
    .from(actors)
    .where(inArray(actors.assessmentId, assessmentIds));
  const orgs = names(
    await organisationNames(
      db,
      actorRows.flatMap((a) => a.organisationId ?? []),
    ),
  );
  const actorNames = new Map(actorRows.map((a) => [a.id, actorName(a, orgs)]));
  const bodies = names(
    await bodyNames(
      db,
      rows.flatMap((c) => c.positionBodyId ?? []),
    ),
  );
  return presentConflicts(rows, items, actorNames, bodies);
}

/** The framework versions an assessment uses: its RUS first, then Agenda 2030, then the others by key. */
export async function loadFrameworkUses(db: Executor, versionIds: string[]) {
  const versions = await frameworkVersionsById(db, versionIds);
  const order = (k: string) => ['rus', 'agenda2030'].indexOf(k) + 1 || 9;
  return [...versions.values()]
    .map((v) => ({
      frameworkId: v.frameworkId,
      versionId: v.versionId,
      key: v.key,
      kind: v.kind,
      name: v.name,
      versionNumber: v.versionNumber,
    }))
    .sort((a, b) => order(a.kind) - order(b.kind) || a.key.localeCompare(b.key));
}

export async function assessmentRow(db: Executor, id: string) {
  const [row] = await db.select().from(assessments).where(eq(assessments.id, id));
  if (!row) throw notFound('assessment', id);
  return row;
}

/**
 * An assessment with all its parts: its own rows first, then one query per other capability
 * (goal items, organisations, people, bodies, framework versions) for everything they name.
 */
export async function findAssessment(db: Executor, id: string): Promise<AssessmentRecord> {
  const a = await assessmentRow(db, id);
  const initiative = await findInitiative(db, a.initiativeId);
  const impactRows = await db.select().from(impacts).where(eq(impacts.assessmentId, id));
  const actorRows = await db.select().from(actors).where(eq(actors.assessmentId, id)).orderBy(asc(actors.createdAt));
  const rawConflicts = await conflictRows(db, [id]);
  const actionRows = await db
    .select()
    .from(actions)
    .where(eq(actions.assessmentId, id))
    .orderBy(asc(actions.deadline), asc(actions.title));
  const gateRows = await db.select().from(gates).where(eq(gates.assessmentId, id)).orderBy(asc(gates.step));
  const commentRows = await db
    .select()
    .from(comments)
    .where(eq(comments.assessmentId, id))
    .orderBy(asc(comments.createdAt));

  // One query per other capability for everything the parts name (side by side where the database allows).
  const [items, orgNames, persons, bodyMap, frameworks] = await Promise.all([
    frameworkItemsById(db, [...impactRows.map((r) => r.itemId), ...conflictItemIds(rawConflicts)]),
    organisationNames(db, [
      ...actorRows.flatMap((r) => r.organisationId ?? []),
      ...actionRows.flatMap((r) => r.responsibleOrganisationId ?? []),
    ]),
    personSummaries(
      db,
      actionRows.flatMap((r) => r.responsiblePersonId ?? []),
    ),
    bodyNames(
      db,
      rawConflicts.flatMap((c) => c.positionBodyId ?? []),
    ),
    loadFrameworkUses(db, a.frameworkVersionIds),
  ]);
  const orgs = names(orgNames);
  const bodies = names(bodyMap);

  const impactList = presentImpacts(impactRows, items);
  const actorList = presentActors(actorRows, orgs);
  const actorNames = new Map(actorList.map((x) => [x.id, x.name]));
  const conflictList = presentConflicts(rawConflicts, items, actorNames, bodies);
  const labelOf = (type: string, answersId: string) => {
    if (type === 'impact') {
      const im = impactList.find((i) => i.id === answersId);
      return im ? { sv: `${im.code} ${im.name.sv}`, en: `${im.code} ${im.name.en}` } : { sv: '', en: '' };
    }
    if (type === 'actor') {
      const ac = actorList.find((x) => x.id === answersId);
      return { sv: ac?.name ?? '', en: ac?.name ?? '' };
    }
    const c = conflictList.find((x) => x.id === answersId);
    return c
      ? { sv: `${c.a.label.sv} ↔ ${c.b.label.sv}`, en: `${c.a.label.en} ↔ ${c.b.label.en}` }
      : { sv: '', en: '' };
  };
  const today = todayIso();
  const actionList = actionRows.map((x) => ({
    id: x.id,
    title: x.title,
    description: x.description,
    answersType: x.answersType as 'impact' | 'conflict' | 'actor',
    answersId: x.answersId,
    answersLabel: labelOf(x.answersType, x.answersId),
    responsibleOrganisationId: x.responsibleOrganisationId,
    responsibleOrganisationName: (x.responsibleOrganisationId && orgs.get(x.responsibleOrganisationId)) ?? null,
    responsiblePersonId: x.responsiblePersonId,
    responsiblePersonName: (x.responsiblePersonId && persons.get(x.responsiblePersonId)?.name) ?? null,
    deadline: x.deadline,
    status: x.status as AssessmentRecord['actions'][number]['status'],
    overdue: isOverdue(x.deadline, x.status, today),
    version: x.version,
  }));
  return {
    id: a.id,
    number: a.number,
    status: a.status as AssessmentRecord['status'],
    basedOnId: a.basedOnId,
    finishedAt: iso(a.finishedAt),
    finishedBy: a.finishedBy,
    version: a.version,
    initiative,
    frameworks,
    positionsNeeded: consistentPositionNeeds(a.positionsNeeded),
    gates: gateRows.map((g) => ({
      id: g.id,
      step: g.step,
      decision: g.decision as 'continue',
      reason: g.reason,
      decidedBy: g.decidedBy,
      decidedAt: g.updatedAt.toISOString(),
      version: g.version,
    })),
    impacts: impactList,
    actors: actorList,
    conflicts: conflictList,
    actions: actionList,
    comments: commentRows.map((c) => ({
      id: c.id,
      targetType: c.targetType,
      targetId: c.targetId,
      authorName: c.authorName,
      text: c.text,
      createdAt: c.createdAt.toISOString(),
    })),
    goals: tallyGoals(impactList),
    counts: {
      openConflicts: conflictList.filter((c) => c.status === 'open').length,
      overdueActions: actionList.filter((x) => x.overdue).length,
      missingActors: actorList.filter((x) => x.presence === 'missing').length,
    },
  };
}
