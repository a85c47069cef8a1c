import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { scopeWhere, type Scope } from '../policy/scope.js';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';
import { organisations } from '../organisations/index.js';
import { people } from '../people/index.js';
import { bodies } from '../bodies/index.js';
import { frameworkItems, frameworks, frameworkVersions } from '../goals/index.js';
import {
  actions,
  actors,
  assessments,
  comments,
  conflicts,
  gates,
  impacts,
  initiatives,
  programmes,
} from './schema.js';
import type {
  AssessmentActor,
  AssessmentRecord,
  Conflict,
  Impact,
  InitiativeRecord,
  ProgrammeRecord,
  Side,
} from './contract.js';
import { consistentPositionNeeds, isOverdue, quadrantOf, tallyGoals, todayIso, type ImpactLike } from './rules.js';

const iso = (d: Date | null) => d?.toISOString() ?? null;
const parent = alias(frameworkItems, 'parent_item');

/** Programmes with their organisation's and RUS's names, in one query whatever their number. */
async function programmeRecords(db: Executor, where: SQL | undefined): Promise<ProgrammeRecord[]> {
  const rows = await db
    .select({
      p: programmes,
      organisationName: organisations.name,
      rusNameSv: frameworks.nameSv,
      rusNameEn: frameworks.nameEn,
      rusNumber: frameworkVersions.number,
      initiativeCount: sql<number>`(select count(*)::int from initiatives i where i.programme_id = programmes.id and i.archived_at is null)`,
    })
    .from(programmes)
    .innerJoin(organisations, eq(organisations.id, programmes.organisationId))
    .leftJoin(frameworkVersions, eq(frameworkVersions.id, programmes.rusVersionId))
    .leftJoin(frameworks, eq(frameworks.id, frameworkVersions.frameworkId))
    .where(where)
    .orderBy(asc(programmes.name));
  return rows.map((r) => ({
    id: r.p.id,
    countyId: r.p.countyId,
    organisationId: r.p.organisationId,
    organisationName: r.organisationName,
    name: r.p.name,
    description: r.p.description,
    rusVersionId: r.p.rusVersionId,
    rusName: r.rusNameSv ? { sv: r.rusNameSv, en: r.rusNameEn ?? r.rusNameSv } : null,
    rusVersionNumber: r.rusNumber ?? null,
    stakeholderGroups: r.p.stakeholderGroups,
    shared: r.p.shared,
    initiativeCount: Number(r.initiativeCount),
    archived: r.p.archivedAt != null,
    version: r.p.version,
    createdAt: r.p.createdAt.toISOString(),
    updatedAt: r.p.updatedAt.toISOString(),
  }));
}

export async function findProgramme(db: Executor, id: string): Promise<ProgrammeRecord> {
  const [p] = await programmeRecords(db, eq(programmes.id, id));
  if (!p) throw notFound('programme', id);
  return p;
}

/** The active programmes the scope lets the person see (county, and drafts of their own organisation). */
export function listProgrammeRecords(db: Executor, scope: Scope): Promise<ProgrammeRecord[]> {
  return programmeRecords(
    db,
    and(
      isNull(programmes.archivedAt),
      scopeWhere(scope, {
        countyId: programmes.countyId,
        organisationId: programmes.organisationId,
        shared: programmes.shared,
      }),
    ),
  );
}

type InitiativeRow = { i: typeof initiatives.$inferSelect; p: typeof programmes.$inferSelect };

async function presentInitiatives(db: Executor, rows: InitiativeRow[]): Promise<InitiativeRecord[]> {
  const ids = rows.map((r) => r.i.id);
  const rounds = ids.length
    ? await db
        .select()
        .from(assessments)
        .where(inArray(assessments.initiativeId, ids))
        .orderBy(desc(assessments.number))
    : [];
  return rows.map((r) => ({
    id: r.i.id,
    programmeId: r.p.id,
    programmeName: r.p.name,
    countyId: r.p.countyId,
    organisationId: r.p.organisationId,
    name: r.i.name,
    description: r.i.description,
    stakeholderGroups: r.i.stakeholderGroups,
    startDate: r.i.startDate,
    // An initiative is shared only as far as its programme is.
    shared: r.i.shared && r.p.shared,
    assessments: rounds
      .filter((a) => a.initiativeId === r.i.id)
      .map((a) => ({
        id: a.id,
        number: a.number,
        status: a.status as 'in_progress' | 'finished',
        finishedAt: iso(a.finishedAt),
      })),
    archived: r.i.archivedAt != null,
    version: r.i.version,
    createdAt: r.i.createdAt.toISOString(),
    updatedAt: r.i.updatedAt.toISOString(),
  }));
}

export async function findInitiative(db: Executor, id: string): Promise<InitiativeRecord> {
  const rows = await db
    .select({ i: initiatives, p: programmes })
    .from(initiatives)
    .innerJoin(programmes, eq(programmes.id, initiatives.programmeId))
    .where(eq(initiatives.id, id));
  if (!rows.length) throw notFound('initiative', id);
  return (await presentInitiatives(db, rows))[0];
}

/**
 * The active initiatives of a programme the scope lets the person see, by name, in two queries
 * whatever their number. The caller has checked that the programme itself is readable (so its
 * own sharing need not be repeated here).
 */
export async function initiativesOf(db: Executor, programmeId: string, scope: Scope): Promise<InitiativeRecord[]> {
  const visible = scopeWhere(scope, {
    countyId: programmes.countyId,
    organisationId: programmes.organisationId,
    shared: initiatives.shared,
  });
  const rows = await db
    .select({ i: initiatives, p: programmes })
    .from(initiatives)
    .innerJoin(programmes, eq(programmes.id, initiatives.programmeId))
    .where(and(eq(initiatives.programmeId, programmeId), isNull(initiatives.archivedAt), visible))
    .orderBy(asc(initiatives.name));
  return presentInitiatives(db, rows);
}

/** What the programme overview needs of many assessments at once: impacts per goal, open conflicts, overdue actions. */
export async function assessmentSummaries(db: Executor, ids: string[]) {
  const result = new Map<string, { impacts: ImpactLike[]; openConflicts: number; overdueActions: number }>();
  for (const id of ids) result.set(id, { impacts: [], openConflicts: 0, overdueActions: 0 });
  if (!ids.length) return result;
  // Grouped in the database: a programme of 100 assessments has thousands of impacts but only
  // a few rows per goal, effect and directness; tallyGoals counts them with their weight.
  const goal = sql<string>`coalesce(${parent.code}, split_part(${frameworkItems.code}, '.', 1))`;
  const rows = await db
    .select({
      assessmentId: impacts.assessmentId,
      goal,
      effect: impacts.effect,
      directness: impacts.directness,
      count: sql<number>`count(*)::int`,
    })
    .from(impacts)
    .innerJoin(frameworkItems, eq(frameworkItems.id, impacts.itemId))
    .leftJoin(parent, eq(parent.id, frameworkItems.parentId))
    .innerJoin(frameworkVersions, eq(frameworkVersions.id, frameworkItems.versionId))
    .innerJoin(frameworks, eq(frameworks.id, frameworkVersions.frameworkId))
    .where(and(inArray(impacts.assessmentId, ids), eq(frameworks.kind, 'agenda2030')))
    .groupBy(impacts.assessmentId, goal, impacts.effect, impacts.directness);
  for (const r of rows) {
    result.get(r.assessmentId)!.impacts.push({
      frameworkKind: 'agenda2030',
      code: r.goal,
      parentCode: null,
      effect: r.effect,
      directness: r.directness,
      count: Number(r.count),
    });
  }
  const open = await db
    .select({ id: conflicts.assessmentId, n: count() })
    .from(conflicts)
    .where(and(inArray(conflicts.assessmentId, ids), eq(conflicts.status, 'open')))
    .groupBy(conflicts.assessmentId);
  for (const r of open) result.get(r.id)!.openConflicts = Number(r.n);
  const overdue = await db
    .select({ id: actions.assessmentId, n: count() })
    .from(actions)
    .where(
      and(
        inArray(actions.assessmentId, ids),
        sql`${actions.deadline} < ${todayIso()}`,
        sql`${actions.status} not in ('done', 'dropped')`,
      ),
    )
    .groupBy(actions.assessmentId);
  for (const r of overdue) result.get(r.id)!.overdueActions = Number(r.n);
  return result;
}

async function loadImpacts(db: Executor, assessmentId: string): Promise<Impact[]> {
  const rows = await db
    .select({ im: impacts, item: frameworkItems, parentCode: parent.code, key: frameworks.key, kind: frameworks.kind })
    .from(impacts)
    .innerJoin(frameworkItems, eq(frameworkItems.id, impacts.itemId))
    .leftJoin(parent, eq(parent.id, frameworkItems.parentId))
    .innerJoin(frameworkVersions, eq(frameworkVersions.id, frameworkItems.versionId))
    .innerJoin(frameworks, eq(frameworks.id, frameworkVersions.frameworkId))
    .where(eq(impacts.assessmentId, assessmentId))
    .orderBy(asc(impacts.step), asc(frameworks.key), asc(frameworkItems.sort));
  return rows.map((r) => ({
    id: r.im.id,
    step: r.im.step,
    itemId: r.item.id,
    frameworkKey: r.key,
    frameworkKind: r.kind,
    versionId: r.item.versionId,
    code: r.item.code,
    level: r.item.level,
    name: { sv: r.item.nameSv, en: r.item.nameEn },
    parentCode: r.parentCode,
    color: r.item.color,
    effect: r.im.effect as Impact['effect'],
    directness: (r.im.directness as Impact['directness']) ?? null,
    motivation: r.im.motivation,
    relevanceRank: r.im.relevanceRank,
    version: r.im.version,
  }));
}

async function loadActors(db: Executor, assessmentId: string): Promise<AssessmentActor[]> {
  const rows = await db
    .select({ a: actors, orgName: organisations.name })
    .from(actors)
    .leftJoin(organisations, eq(organisations.id, actors.organisationId))
    .where(eq(actors.assessmentId, assessmentId))
    .orderBy(asc(actors.createdAt));
  return rows
    .map((r) => ({
      id: r.a.id,
      organisationId: r.a.organisationId,
      name: r.a.name ?? r.orgName ?? '',
      relation: r.a.relation as AssessmentActor['relation'],
      presence: r.a.presence as AssessmentActor['presence'],
      power: r.a.power,
      interest: r.a.interest,
      stance: r.a.stance as AssessmentActor['stance'],
      note: r.a.note,
      quadrant: quadrantOf(r.a.power, r.a.interest),
      version: r.a.version,
    }))
    .sort((x, y) => Number(y.presence === 'missing') - Number(x.presence === 'missing'));
}

async function itemLabels(db: Executor, ids: string[]) {
  const map = new Map<string, { code: string; sv: string; en: string }>();
  if (!ids.length) return map;
  const rows = await db.select().from(frameworkItems).where(inArray(frameworkItems.id, ids));
  for (const r of rows) map.set(r.id, { code: r.code, sv: `${r.code} ${r.nameSv}`, en: `${r.code} ${r.nameEn}` });
  return map;
}

export async function loadConflicts(db: Executor, assessmentIds: string[]): Promise<Conflict[]> {
  if (!assessmentIds.length) return [];
  const rows = await db
    .select({ c: conflicts, bodyName: bodies.name })
    .from(conflicts)
    .leftJoin(bodies, eq(bodies.id, conflicts.positionBodyId))
    .where(inArray(conflicts.assessmentId, assessmentIds))
    .orderBy(asc(conflicts.createdAt));
  const items = await itemLabels(
    db,
    rows.flatMap((r) => [r.c.aItemId, r.c.bItemId]).filter((x): x is string => !!x),
  );
  const actorRows = await db
    .select({ id: actors.id, name: actors.name, orgName: organisations.name })
    .from(actors)
    .leftJoin(organisations, eq(organisations.id, actors.organisationId))
    .where(inArray(actors.assessmentId, assessmentIds));
  const actorName = new Map(actorRows.map((a) => [a.id, a.name ?? a.orgName ?? '']));
  const side = (itemId: string | null, actorId: string | null, text: string | null): Side => {
    if (itemId) {
      const l = items.get(itemId);
      return {
        type: 'item',
        itemId,
        actorId: null,
        text: null,
        code: l?.code ?? null,
        label: { sv: l?.sv ?? '', en: l?.en ?? '' },
      };
    }
    if (actorId) {
      const n = actorName.get(actorId) ?? '';
      return { type: 'actor', itemId: null, actorId, text: null, code: null, label: { sv: n, en: n } };
    }
    return { type: 'text', itemId: null, actorId: null, text, code: null, label: { sv: text ?? '', en: text ?? '' } };
  };
  return rows.map(({ c, bodyName }) => ({
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
            bodyName: bodyName ?? null,
            date: c.positionDate,
            caseNumber: c.positionCaseNumber,
          }
        : null,
    version: c.version,
  }));
}

export async function loadFrameworkUses(db: Executor, versionIds: string[]) {
  if (!versionIds.length) return [];
  const rows = await db
    .select({ v: frameworkVersions, f: frameworks })
    .from(frameworkVersions)
    .innerJoin(frameworks, eq(frameworks.id, frameworkVersions.frameworkId))
    .where(inArray(frameworkVersions.id, versionIds));
  const order = (k: string) => ['rus', 'agenda2030'].indexOf(k) + 1 || 9;
  return rows
    .map(({ v, f }) => ({
      frameworkId: f.id,
      versionId: v.id,
      key: f.key,
      kind: f.kind,
      name: { sv: f.nameSv, en: f.nameEn },
      versionNumber: v.number,
    }))
    .sort((a, b) => order(a.kind) - order(b.kind) || a.key.localeCompare(b.key));
}

export async function assessmentRow(db: Executor, id: string) {
  const [row] = await db.select().from(assessments).where(eq(assessments.id, id));
  if (!row) throw notFound('assessment', id);
  return row;
}

export async function findAssessment(db: Executor, id: string): Promise<AssessmentRecord> {
  const a = await assessmentRow(db, id);
  const initiative = await findInitiative(db, a.initiativeId);
  const [impactList, actorList, conflictList] = [
    await loadImpacts(db, id),
    await loadActors(db, id),
    await loadConflicts(db, [id]),
  ];
  const actionRows = await db
    .select({ x: actions, orgName: organisations.name, given: people.givenName, family: people.familyName })
    .from(actions)
    .leftJoin(organisations, eq(organisations.id, actions.responsibleOrganisationId))
    .leftJoin(people, eq(people.id, actions.responsiblePersonId))
    .where(eq(actions.assessmentId, id))
    .orderBy(asc(actions.deadline), asc(actions.title));
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
  const actionList = actionRows.map(({ x, orgName, given, family }) => ({
    id: x.id,
    title: x.title,
    description: x.description,
    answersType: x.answersType as 'impact' | 'conflict' | 'actor',
    answersId: x.answersId,
    answersLabel: labelOf(x.answersType, x.answersId),
    responsibleOrganisationId: x.responsibleOrganisationId,
    responsibleOrganisationName: orgName ?? null,
    responsiblePersonId: x.responsiblePersonId,
    responsiblePersonName: given ? `${given} ${family}` : null,
    deadline: x.deadline,
    status: x.status as AssessmentRecord['actions'][number]['status'],
    overdue: isOverdue(x.deadline, x.status, today),
    version: x.version,
  }));
  const gateRows = await db.select().from(gates).where(eq(gates.assessmentId, id)).orderBy(asc(gates.step));
  const commentRows = await db
    .select()
    .from(comments)
    .where(eq(comments.assessmentId, id))
    .orderBy(asc(comments.createdAt));
  return {
    id: a.id,
    number: a.number,
    status: a.status as AssessmentRecord['status'],
    basedOnId: a.basedOnId,
    finishedAt: iso(a.finishedAt),
    finishedBy: a.finishedBy,
    version: a.version,
    initiative,
    frameworks: await loadFrameworkUses(db, a.frameworkVersionIds),
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

export async function countInitiatives(db: Executor, programmeId: string) {
  const [{ n }] = await db.select({ n: count() }).from(initiatives).where(eq(initiatives.programmeId, programmeId));
  return n;
}
