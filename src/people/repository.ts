import { and, asc, count, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';
import { organisationNames, organisationsOfCounty, type OrganisationName } from '../organisations/index.js';
import { people } from './schema.js';
import type { Scope } from '../policy/scope.js';
import type { PersonQuery, PersonRecord } from './contract.js';

const personSelect = {
  p: people,
  hasAccount: sql<boolean>`exists (select 1 from users u where u.person_id = people.id)`,
};

type PersonRow = { p: typeof people.$inferSelect; hasAccount: boolean };

/** A person with their organisation's name and county (from the organisations' face). */
function present(r: PersonRow, org: OrganisationName | undefined): PersonRecord {
  return {
    id: r.p.id,
    organisationId: r.p.organisationId,
    organisationName: org?.name ?? '',
    countyId: org?.countyId ?? '',
    givenName: r.p.givenName,
    familyName: r.p.familyName,
    name: `${r.p.givenName} ${r.p.familyName}`,
    title: r.p.title,
    email: r.p.email,
    phone: r.p.phone,
    hasAccount: Boolean(r.hasAccount),
    archived: r.p.archivedAt != null,
    version: r.p.version,
    createdAt: r.p.createdAt.toISOString(),
    updatedAt: r.p.updatedAt.toISOString(),
  };
}

export async function findPerson(db: Executor, id: string): Promise<PersonRecord> {
  const [r] = await db.select(personSelect).from(people).where(eq(people.id, id));
  if (!r) throw notFound('person', id);
  return present(r, (await organisationNames(db, [r.p.organisationId])).get(r.p.organisationId));
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

export async function listPeople(db: Executor, scope: Scope, q: PersonQuery) {
  const inScope = await organisationsInScope(db, scope.countyId);
  const where: (SQL | undefined)[] = [inScope ? inArray(people.organisationId, [...inScope.keys()]) : undefined];
  if (q.organisationId) where.push(eq(people.organisationId, q.organisationId));
  if (q.status === 'active') where.push(isNull(people.archivedAt));
  if (q.status === 'archived') where.push(isNotNull(people.archivedAt));
  if (q.q) {
    const like = `%${q.q.replace(/[%_\\]/g, '\\$&')}%`;
    where.push(
      or(
        ilike(people.givenName, like),
        ilike(people.familyName, like),
        ilike(people.email, like),
        ilike(sql`${people.givenName} || ' ' || ${people.familyName}`, like),
      ),
    );
  }
  const cond = and(...where);
  const rows = await db
    .select(personSelect)
    .from(people)
    .where(cond)
    .orderBy(asc(people.familyName), asc(people.givenName))
    .limit(q.limit)
    .offset(q.offset);
  const [{ total }] = await db.select({ total: count() }).from(people).where(cond);
  const orgs = await organisationsOf(
    db,
    inScope,
    rows.map((r) => r.p.organisationId),
  );
  return { items: rows.map((r) => present(r, orgs.get(r.p.organisationId))), total };
}
