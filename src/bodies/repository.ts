import { and, asc, count, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';
import { organisationNames } from '../organisations/index.js';
import { personContacts } from '../people/index.js';
import { bodies, memberships } from './schema.js';
import type { Body, BodyQuery, BodyRecord, BodySummaryRecord, Membership } from './contract.js';
import { scopeWhere, type Scope } from '../policy/scope.js';
import { isCurrent, today } from './rules.js';

const parent = alias(bodies, 'parent');
const summarySelect = {
  b: bodies,
  parentName: parent.name,
  parentType: parent.type,
  currentMembers: sql<number>`(select count(*)::int from body_memberships m where m.body_id = bodies.id and m.start_date <= current_date and (m.end_date is null or m.end_date >= current_date))`,
};
type SummaryRow = {
  b: typeof bodies.$inferSelect;
  parentName: string | null;
  parentType: string | null;
  currentMembers: number;
};

function presentSummary(r: SummaryRow, organisationName: string): BodySummaryRecord {
  return {
    id: r.b.id,
    countyId: r.b.countyId,
    organisationId: r.b.organisationId,
    organisationName,
    type: r.b.type as Body['type'],
    name: r.b.name,
    shortName: r.b.shortName,
    description: r.b.description,
    reportsTo: r.b.reportsToId
      ? { id: r.b.reportsToId, name: r.parentName ?? '', type: (r.parentType ?? 'council') as Body['type'] }
      : null,
    archived: r.b.archivedAt != null,
    version: r.b.version,
    createdAt: r.b.createdAt.toISOString(),
    updatedAt: r.b.updatedAt.toISOString(),
    currentMembers: Number(r.currentMembers),
  };
}

const summaryQuery = (db: Executor) =>
  db.select(summarySelect).from(bodies).leftJoin(parent, eq(parent.id, bodies.reportsToId));

/** Summaries with their organisations' names, read through the organisations' face in one query. */
async function presentSummaries(db: Executor, rows: SummaryRow[]): Promise<BodySummaryRecord[]> {
  const names = await organisationNames(
    db,
    rows.map((r) => r.b.organisationId),
  );
  return rows.map((r) => presentSummary(r, names.get(r.b.organisationId)?.name ?? ''));
}

export async function listMemberships(db: Executor, where: SQL): Promise<Membership[]> {
  const rows = await db.select().from(memberships).where(where).orderBy(asc(memberships.startDate));
  const [persons, orgs] = await Promise.all([
    personContacts(
      db,
      rows.map((m) => m.personId),
    ),
    organisationNames(
      db,
      rows.map((m) => m.organisationId),
    ),
  ]);
  const d = today();
  const order = ['chair', 'vice_chair', 'secretary', 'member', 'substitute', 'adjunct', 'observer'];
  const familyName = (m: typeof memberships.$inferSelect) => persons.get(m.personId)?.familyName ?? '';
  return rows
    .filter((m) => persons.has(m.personId) && orgs.has(m.organisationId))
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || familyName(a).localeCompare(familyName(b), 'sv'))
    .map((m) => ({
      id: m.id,
      bodyId: m.bodyId,
      personId: m.personId,
      personName: persons.get(m.personId)!.name,
      organisationId: m.organisationId,
      organisationName: orgs.get(m.organisationId)!.name,
      role: m.role as Membership['role'],
      party: m.party,
      startDate: m.startDate,
      endDate: m.endDate,
      current: isCurrent(m, d),
      version: m.version,
    }))
    .sort((a, b) => Number(b.current) - Number(a.current) || order.indexOf(a.role) - order.indexOf(b.role));
}

export async function findBody(db: Executor, id: string): Promise<BodyRecord> {
  const [r] = await summaryQuery(db).where(eq(bodies.id, id));
  if (!r) throw notFound('body', id);
  const [{ currentMembers: _n, ...summary }] = await presentSummaries(db, [r]);
  const reporting = await db
    .select({ id: bodies.id, name: bodies.name, type: bodies.type })
    .from(bodies)
    .where(and(eq(bodies.reportsToId, id), isNull(bodies.archivedAt)))
    .orderBy(asc(bodies.name));
  return {
    ...summary,
    reportingBodies: reporting.map((b) => ({ ...b, type: b.type as Body['type'] })),
    members: await listMemberships(db, eq(memberships.bodyId, id)),
  };
}

export async function listBodies(db: Executor, scope: Scope, q: BodyQuery) {
  const where: (SQL | undefined)[] = [scopeWhere(scope, { countyId: bodies.countyId })];
  if (q.type) where.push(eq(bodies.type, q.type));
  if (q.organisationId) where.push(eq(bodies.organisationId, q.organisationId));
  if (q.status === 'active') where.push(isNull(bodies.archivedAt));
  if (q.status === 'archived') where.push(isNotNull(bodies.archivedAt));
  if (q.q) {
    const like = `%${q.q.replace(/[%_\\]/g, '\\$&')}%`;
    where.push(or(ilike(bodies.name, like), ilike(bodies.shortName, like)));
  }
  const cond = and(...where);
  const rows = await summaryQuery(db).where(cond).orderBy(asc(bodies.name)).limit(q.limit).offset(q.offset);
  const [{ total }] = await db.select({ total: count() }).from(bodies).where(cond);
  return { items: await presentSummaries(db, rows), total };
}

/** body id → the body it reports to, for the county (to check the reporting tree). */
export async function reportingMap(db: Executor, countyId: string) {
  const rows = await db
    .select({ id: bodies.id, reportsToId: bodies.reportsToId })
    .from(bodies)
    .where(eq(bodies.countyId, countyId));
  return new Map(rows.map((r) => [r.id, r.reportsToId]));
}

export async function membershipsOf(db: Executor, personIds: string[]) {
  return personIds.length ? listMemberships(db, inArray(memberships.personId, personIds)) : [];
}
