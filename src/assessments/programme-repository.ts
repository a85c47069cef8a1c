/** Queries of programmes and initiatives, and the overview's summary of many assessments at once. */
import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { scopeWhere, type Scope } from '../policy/scope.js';
import type { Db, Executor } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';
import { organisationNames } from '../organisations/index.js';
import { agenda2030Goals, frameworkVersionsById } from '../goals/index.js';
import { actions, assessments, conflicts, impacts, initiatives, programmes } from './schema.js';
import type { InitiativeRecord, ProgrammeRecord } from './contract.js';
import { todayIso, type ImpactLike } from './rules.js';

const iso = (d: Date | null) => d?.toISOString() ?? null;

const programmeSelect = {
  p: programmes,
  initiativeCount: sql<number>`(select count(*)::int from initiatives i where i.programme_id = programmes.id and i.archived_at is null)`,
};
type ProgrammeRow = { p: typeof programmes.$inferSelect; initiativeCount: number };

/**
 * Programmes with their organisation's and RUS's names, one query to each face. On the database
 * itself (`atOnce`) both are asked at once, each on its own connection; a transaction has one
 * connection and asks one after the other.
 */
async function presentProgrammes(db: Executor, rows: ProgrammeRow[], atOnce: boolean): Promise<ProgrammeRecord[]> {
  const organisationsOf = () =>
    organisationNames(
      db,
      rows.map((r) => r.p.organisationId),
    );
  const rusOf = () =>
    frameworkVersionsById(
      db,
      rows.flatMap((r) => (r.p.rusVersionId ? [r.p.rusVersionId] : [])),
    );
  const [orgs, rus] = atOnce
    ? await Promise.all([organisationsOf(), rusOf()])
    : [await organisationsOf(), await rusOf()];
  return rows.map(({ p, initiativeCount }) => {
    const v = p.rusVersionId ? rus.get(p.rusVersionId) : undefined;
    return {
      id: p.id,
      countyId: p.countyId,
      organisationId: p.organisationId,
      organisationName: orgs.get(p.organisationId)?.name ?? '',
      name: p.name,
      description: p.description,
      rusVersionId: p.rusVersionId,
      rusName: v ? v.name : null,
      rusVersionNumber: v?.versionNumber ?? null,
      stakeholderGroups: p.stakeholderGroups,
      shared: p.shared,
      initiativeCount: Number(initiativeCount),
      archived: p.archivedAt != null,
      version: p.version,
      createdAt: p.createdAt.toISOString(),
      updatedAt: p.updatedAt.toISOString(),
    };
  });
}

/** Programmes with their organisation's and RUS's names, in three queries whatever their number. */
async function programmeRecords(db: Executor, where: SQL | undefined, atOnce = false): Promise<ProgrammeRecord[]> {
  const rows = await db.select(programmeSelect).from(programmes).where(where).orderBy(asc(programmes.name));
  return presentProgrammes(db, rows, atOnce);
}

export async function findProgramme(db: Executor, id: string): Promise<ProgrammeRecord> {
  const [p] = await programmeRecords(db, eq(programmes.id, id));
  if (!p) throw notFound('programme', id);
  return p;
}

/**
 * Reads of one programme outside a change (every page of a programme asks for it): its row by a
 * query prepared once per database, then the names. A prepared query runs on the database's own
 * connections, so a change (in its transaction) uses `findProgramme`.
 */
const buildProgrammeById = (db: Db) =>
  db
    .select(programmeSelect)
    .from(programmes)
    .where(eq(programmes.id, sql.placeholder('id')))
    .prepare('assessments_programme_by_id');
const buildProgrammePlace = (db: Db) =>
  db
    .select({ countyId: programmes.countyId, organisationId: programmes.organisationId, shared: programmes.shared })
    .from(programmes)
    .where(eq(programmes.id, sql.placeholder('id')))
    .prepare('assessments_programme_place');
const prepared = new WeakMap<
  Db,
  { byId: ReturnType<typeof buildProgrammeById>; place: ReturnType<typeof buildProgrammePlace> }
>();
function preparedOn(db: Db) {
  let q = prepared.get(db);
  if (!q) prepared.set(db, (q = { byId: buildProgrammeById(db), place: buildProgrammePlace(db) }));
  return q;
}

export async function readProgramme(db: Db, id: string): Promise<ProgrammeRecord> {
  const [p] = await presentProgrammes(db, await preparedOn(db).byId.execute({ id }), true);
  if (!p) throw notFound('programme', id);
  return p;
}

/** Where a programme is and whether it is shared (what the policy needs), in one query. */
export async function programmePlace(db: Db, id: string) {
  const [p] = await preparedOn(db).place.execute({ id });
  if (!p) throw notFound('programme', id);
  return p;
}

/** The active programmes the scope lets the person see (county, and drafts of their own organisation). */
export function listProgrammeRecords(db: Db, scope: Scope): Promise<ProgrammeRecord[]> {
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
    true,
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
  // Grouped in the database: a programme of 100 assessments has thousands of impacts but only a
  // few rows per goal, effect and directness (the goals' face gives each Agenda 2030 item's goal);
  // tallyGoals counts the rows with their weight.
  const goals = agenda2030Goals(db);
  const rows = await db
    .select({
      assessmentId: impacts.assessmentId,
      goal: goals.goal,
      effect: impacts.effect,
      directness: impacts.directness,
      count: sql<number>`count(*)::int`,
    })
    .from(impacts)
    .innerJoin(goals, eq(goals.itemId, impacts.itemId))
    .where(inArray(impacts.assessmentId, ids))
    .groupBy(impacts.assessmentId, goals.goal, impacts.effect, impacts.directness);
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
