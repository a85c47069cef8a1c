/**
 * People's user accounts (the `users` rows), as auth reads and writes them: auth owns passwords,
 * sessions and the account use cases, people owns the rows, so that auth depends on people and
 * never the other way round. Everything here is one query.
 */
import { asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';
import { saveVersioned } from '../platform/db/versioned.js';
import type { Role } from '../policy/policy.js';
import { organisationCounties, type OrganisationName } from '../organisations/index.js';
import { people, users } from './schema.js';
import { organisationsInScope, organisationsOf } from './repository.js';
import type { UserRecord } from './contract.js';

/** What signing in and resetting a password need of an account. */
export interface Account {
  id: string;
  personId: string;
  email: string;
  passwordHash: string;
  role: string;
  locale: string;
  disabledAt: Date | null;
}

const accountColumns = {
  id: users.id,
  personId: users.personId,
  email: users.email,
  passwordHash: users.passwordHash,
  role: users.role,
  locale: users.locale,
  disabledAt: users.disabledAt,
};

/** The account with this (lower-case) address; `lock` holds its row until the transaction ends. */
export async function accountByEmail(
  db: Executor,
  email: string,
  { lock = false }: { lock?: boolean } = {},
): Promise<Account | undefined> {
  const query = db.select(accountColumns).from(users).where(eq(users.email, email));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** Whether an account already has this (lower-case) address, and whether this person already has one. */
export async function accountsTaken(
  db: Executor,
  { email, personId }: { email: string; personId: string },
): Promise<{ email: boolean; person: boolean }> {
  const rows = await db
    .select({ email: users.email, personId: users.personId })
    .from(users)
    .where(or(eq(users.email, email), eq(users.personId, personId)));
  return { email: rows.some((r) => r.email === email), person: rows.some((r) => r.personId === personId) };
}

/** A new account (the caller has checked the address and the person, and hashed the password); its id. */
export async function insertAccount(
  db: Executor,
  values: { personId: string; email: string; role: Role; locale: 'sv' | 'en'; passwordHash: string },
): Promise<string> {
  const [row] = await db.insert(users).values(values).returning({ id: users.id });
  return row.id;
}

/** Change an account's role, language or disabled mark if nobody changed it since `expectedVersion` (else 409). */
export async function saveAccount(
  db: Executor,
  save: {
    id: string;
    expectedVersion: number;
    values: { role?: Role; locale?: 'sv' | 'en'; disabledAt?: Date | null };
    present: (tx: Executor) => Promise<unknown>;
  },
): Promise<void> {
  await saveVersioned(db, {
    table: users,
    entity: 'user',
    id: save.id,
    expectedVersion: save.expectedVersion,
    values: save.values,
    present: save.present,
  });
}

/** A new password hash for the account with this id or (lower-case) address; its id, or null if there is none. */
export async function setAccountPassword(
  db: Executor,
  which: { id: string } | { email: string },
  passwordHash: string,
): Promise<string | null> {
  const [row] = await db
    .update(users)
    .set({ passwordHash, updatedAt: new Date() })
    .where('id' in which ? eq(users.id, which.id) : eq(users.email, which.email))
    .returning({ id: users.id });
  return row?.id ?? null;
}

/** The account's language as stored (undefined: no such account). */
export async function accountLocale(db: Executor, id: string): Promise<string | undefined> {
  const [row] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, id));
  return row?.locale;
}

/** Set the account's language (the person's own choice; not a versioned edit of the account). */
export async function setAccountLocale(db: Executor, id: string, locale: 'sv' | 'en'): Promise<void> {
  await db.update(users).set({ locale }).where(eq(users.id, id));
}

/** Note that the account signed in now. */
export async function markSignedIn(db: Executor, id: string): Promise<void> {
  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, id));
}

/**
 * Accounts that are not disabled, with their person, organisation and county, as a subquery to join:
 * only for the session lookup, which runs on every request and stays one query (sessions joined to
 * this). Everything else calls the functions above.
 */
export function activeAccountHolders(db: Executor) {
  const places = organisationCounties(db);
  return db
    .select({
      userId: users.id,
      role: users.role,
      email: users.email,
      locale: users.locale,
      // users.person_id, not people.id: equal by the join, and no second column named `id`.
      personId: users.personId,
      givenName: people.givenName,
      familyName: people.familyName,
      organisationId: people.organisationId,
      countyId: places.countyId,
    })
    .from(users)
    .innerJoin(people, eq(people.id, users.personId))
    .innerJoin(places, eq(places.organisationId, people.organisationId))
    .where(isNull(users.disabledAt))
    .as('account_holders');
}

const userSelect = {
  u: users,
  givenName: people.givenName,
  familyName: people.familyName,
  organisationId: people.organisationId,
};

type UserRow = {
  u: typeof users.$inferSelect;
  givenName: string;
  familyName: string;
  organisationId: string;
};

export function presentUser(r: UserRow, org: OrganisationName | undefined): UserRecord {
  return {
    id: r.u.id,
    personId: r.u.personId,
    name: `${r.givenName} ${r.familyName}`,
    organisationId: r.organisationId,
    organisationName: org?.name ?? '',
    email: r.u.email,
    role: r.u.role as UserRecord['role'],
    locale: r.u.locale === 'en' ? 'en' : 'sv',
    disabled: r.u.disabledAt != null,
    lastLoginAt: r.u.lastLoginAt?.toISOString() ?? null,
    version: r.u.version,
  };
}

const userQuery = (db: Executor) => db.select(userSelect).from(users).innerJoin(people, eq(people.id, users.personId));

/** An account in the contract's shape, with the county it belongs to (for the policy). */
export async function findUser(db: Executor, id: string): Promise<UserRecord & { countyId: string }> {
  const [r] = await userQuery(db).where(eq(users.id, id));
  if (!r) throw notFound('user', id);
  const org = (await organisationsOf(db, null, [r.organisationId])).get(r.organisationId);
  return { ...presentUser(r, org), countyId: org?.countyId ?? '' };
}

/** The accounts of a county (every county's: null), by family and given name. */
export async function listUsers(db: Executor, countyId: string | null): Promise<UserRecord[]> {
  const inScope = await organisationsInScope(db, countyId);
  const rows = await userQuery(db)
    .where(inScope ? inArray(people.organisationId, [...inScope.keys()]) : undefined)
    .orderBy(asc(people.familyName), asc(people.givenName));
  const orgs = await organisationsOf(
    db,
    inScope,
    rows.map((r) => r.organisationId),
  );
  return rows.map((r) => presentUser(r, orgs.get(r.organisationId)));
}
