import { and, asc, count, eq, ilike, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';
import { organisations } from '../organisations/index.js';
import { people, users } from './schema.js';
import { scopeWhere, type Scope } from '../policy/scope.js';
import type { PersonQuery, PersonRecord, User } from './contract.js';

const personSelect = {
  p: people,
  organisationName: organisations.name,
  countyId: organisations.countyId,
  hasAccount: sql<boolean>`exists (select 1 from users u where u.person_id = people.id)`,
};

type PersonRow = { p: typeof people.$inferSelect; organisationName: string; countyId: string; hasAccount: boolean };

function present(r: PersonRow): PersonRecord {
  return {
    id: r.p.id,
    organisationId: r.p.organisationId,
    organisationName: r.organisationName,
    countyId: r.countyId,
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
  const [r] = await db
    .select(personSelect)
    .from(people)
    .innerJoin(organisations, eq(organisations.id, people.organisationId))
    .where(eq(people.id, id));
  if (!r) throw notFound('person', id);
  return present(r);
}

export async function listPeople(db: Executor, scope: Scope, q: PersonQuery) {
  const where: (SQL | undefined)[] = [scopeWhere(scope, { countyId: organisations.countyId })];
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
    .innerJoin(organisations, eq(organisations.id, people.organisationId))
    .where(cond)
    .orderBy(asc(people.familyName), asc(people.givenName))
    .limit(q.limit)
    .offset(q.offset);
  const [{ total }] = await db
    .select({ total: count() })
    .from(people)
    .innerJoin(organisations, eq(organisations.id, people.organisationId))
    .where(cond);
  return { items: rows.map(present), total };
}

const userSelect = {
  u: users,
  givenName: people.givenName,
  familyName: people.familyName,
  organisationId: people.organisationId,
  organisationName: organisations.name,
  countyId: organisations.countyId,
};

type UserRow = {
  u: typeof users.$inferSelect;
  givenName: string;
  familyName: string;
  organisationId: string;
  organisationName: string;
  countyId: string;
};

export function presentUser(r: UserRow): User {
  return {
    id: r.u.id,
    personId: r.u.personId,
    name: `${r.givenName} ${r.familyName}`,
    organisationId: r.organisationId,
    organisationName: r.organisationName,
    email: r.u.email,
    role: r.u.role as User['role'],
    locale: r.u.locale === 'en' ? 'en' : 'sv',
    disabled: r.u.disabledAt != null,
    lastLoginAt: r.u.lastLoginAt?.toISOString() ?? null,
    version: r.u.version,
  };
}

const userQuery = (db: Executor) =>
  db
    .select(userSelect)
    .from(users)
    .innerJoin(people, eq(people.id, users.personId))
    .innerJoin(organisations, eq(organisations.id, people.organisationId));

export async function findUser(db: Executor, id: string): Promise<User & { countyId: string }> {
  const [r] = await userQuery(db).where(eq(users.id, id));
  if (!r) throw notFound('user', id);
  return { ...presentUser(r), countyId: r.countyId };
}

export async function listUsers(db: Executor, countyId: string | null): Promise<User[]> {
  const rows = await userQuery(db)
    .where(countyId ? eq(organisations.countyId, countyId) : undefined)
    .orderBy(asc(people.familyName), asc(people.givenName));
  return rows.map(presentUser);
}
