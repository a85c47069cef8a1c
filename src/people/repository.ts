import { and, asc, count, eq, ilike, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';
import { organisationNames, organisationsOfCounty, type OrganisationName } from '../organisations/index.js';
import { people } from './schema.js';
import type { Scope } from '../policy/scope.js';
import type { PersonQuery, PersonRecord } from './contract.js';

/** The columns a person's record shows (flat: one object a row, as the driver gives it). */
const personSelect = {
  id: people.id,
  organisationId: people.organisationId,
  givenName: people.givenName,
  familyName: people.familyName,
  title: people.title,
  email: people.email,
  phone: people.phone,
  archivedAt: people.archivedAt,
  version: people.version,
  createdAt: people.createdAt,
  updatedAt: people.updatedAt,
  hasAccount: sql<boolean>`exists (select 1 from users u where u.person_id = people.id)`,
};

type PersonRow = typeof people.$inferSelect & { hasAccount: boolean };

/** A person with their organisation's name and county (from the organisations' face). */
function present(r: PersonRow, org: OrganisationName | undefined): PersonRecord {
  return {
    id: r.id,
    organisationId: r.organisationId,
    organisationName: org?.name ?? '',
    countyId: org?.countyId ?? '',
    givenName: r.givenName,
    familyName: r.familyName,
    name: `${r.givenName} ${r.familyName}`,
    title: r.title,
    email: r.email,
    phone: r.phone,
    hasAccount: Boolean(r.hasAccount),
    archived: r.archivedAt != null,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export async function findPerson(db: Executor, id: string): Promise<PersonRecord> {
  const [r] = await db.select(personSelect).from(people).where(eq(people.id, id));
  if (!r) throw notFound('person', id);
  return present(r, (await organisationNames(db, [r.organisationId])).get(r.organisationId));
}

/**
 * The organisations a scope narrows a list of people (or accounts) to, by id: a county's, or null
 * for every county (an administrator). The caller filters on `people.organisation_id`.
 */
export async function organisationsInScope(db: Executor, countyId: string | null) {
  return countyId ? organisationsOfCounty(db, countyId) : null;
}

/** The organisations of these rows: those of the scope already at hand, else looked up by id. */
export async function organisationsOf(
  db: Executor,
  inScope: Map<string, OrganisationName> | null,
  organisationIds: readonly string[],
): Promise<Map<string, OrganisationName>> {
  return inScope ?? organisationNames(db, organisationIds);
}

/** The list's columns: the person, and how many rows match in all (the page's total, in the same query). */
const listSelect = { ...personSelect, total: sql<number>`count(*) over ()`.mapWith(Number) };

/** Which filters a list query has; each shape is one query, built and prepared once per database. */
interface ListShape {
  /** Narrowed to the organisations of the scope's county. */
  scoped: boolean;
  organisation: boolean;
  status: PersonQuery['status'];
  search: boolean;
}

/** The shape's where-clause, its values as placeholders (`organisations`, `organisationId`, `like`). */
function whereOf(shape: ListShape): SQL | undefined {
  const like = sql.placeholder('like');
  return and(
    shape.scoped ? sql`${people.organisationId} = any(${sql.placeholder('organisations')})` : undefined,
    shape.organisation ? eq(people.organisationId, sql.placeholder('organisationId')) : undefined,
    shape.status === 'active' ? isNull(people.archivedAt) : undefined,
    shape.status === 'archived' ? isNotNull(people.archivedAt) : undefined,
    shape.search
      ? or(
          ilike(people.givenName, like),
          ilike(people.familyName, like),
          ilike(people.email, like),
          ilike(sql`${people.givenName} || ' ' || ${people.familyName}`, like),
        )
      : undefined,
  );
}

const buildList = (db: Db, shape: ListShape, name: string) =>
  db
    .select(listSelect)
    .from(people)
    .where(whereOf(shape))
    .orderBy(asc(people.familyName), asc(people.givenName))
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset'))
    .prepare(name);

const buildCount = (db: Db, shape: ListShape, name: string) =>
  db.select({ total: count() }).from(people).where(whereOf(shape)).prepare(name);

const prepared = new WeakMap<Db, Map<string, ReturnType<typeof buildList> | ReturnType<typeof buildCount>>>();

/** The shape's query (`build`), prepared on first use on this database and kept. */
function preparedFor<Q extends ReturnType<typeof buildList> | ReturnType<typeof buildCount>>(
  db: Db,
  kind: 'list' | 'count',
  shape: ListShape,
  build: (db: Db, shape: ListShape, name: string) => Q,
): Q {
  const name = `people_${kind}_${+shape.scoped}${+shape.organisation}${shape.status}${+shape.search}`;
  let byName = prepared.get(db);
  if (!byName) prepared.set(db, (byName = new Map()));
  let q = byName.get(name) as Q | undefined;
  if (!q) byName.set(name, (q = build(db, shape, name)));
  return q;
}

/**
 * A page of people in the scope, with the total: the page and its total in one prepared query, and
 * the organisations' names either from the scope's lookup (a county's) or by id (an administrator's
 * page) — two queries either way.
 */
export async function listPeople(db: Db, scope: Scope, q: PersonQuery) {
  const inScope = await organisationsInScope(db, scope.countyId);
  const like = q.q ? `%${q.q.replace(/[%_\\]/g, '\\$&')}%` : undefined;
  const shape: ListShape = {
    scoped: inScope != null,
    organisation: q.organisationId != null,
    status: q.status,
    search: like != null,
  };
  const values = { organisations: inScope ? [...inScope.keys()] : undefined, organisationId: q.organisationId, like };
  const rows = await preparedFor(db, 'list', shape, buildList).execute({
    ...values,
    limit: q.limit,
    offset: q.offset,
  });
  // Past the last page no row carries the total: counted then (a page asked for beyond the end).
  const total = rows.length
    ? rows[0].total
    : q.offset
      ? (await preparedFor(db, 'count', shape, buildCount).execute(values))[0].total
      : 0;
  const orgs = await organisationsOf(
    db,
    inScope,
    rows.map((r) => r.organisationId),
  );
  return { items: rows.map((r) => present(r, orgs.get(r.organisationId))), total };
}
