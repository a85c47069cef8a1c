/** What other capabilities read of people: names and addresses, by id, in one query whatever their number. */
import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.js';
import { people, users } from './schema.js';

export interface PersonSummary {
  id: string;
  /** Given and family name. */
  name: string;
  email: string | null;
  archived: boolean;
}

/** People by id (unknown ids are left out). */
export async function personSummaries(db: Executor, ids: readonly string[]): Promise<Map<string, PersonSummary>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({
      id: people.id,
      given: people.givenName,
      family: people.familyName,
      email: people.email,
      archivedAt: people.archivedAt,
    })
    .from(people)
    .where(inArray(people.id, [...new Set(ids)]));
  return new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, name: `${r.given} ${r.family}`, email: r.email, archived: r.archivedAt != null },
    ]),
  );
}

/** A person as one writes to them: their organisation, and their account's language if they have one. */
export interface PersonContact extends PersonSummary {
  givenName: string;
  familyName: string;
  organisationId: string;
  /** The language of the person's account; null without one. */
  locale: string | null;
}

/** People with their organisation and account language, by id (unknown ids are left out). One query. */
export async function personContacts(db: Executor, ids: readonly string[]): Promise<Map<string, PersonContact>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ p: people, locale: users.locale })
    .from(people)
    .leftJoin(users, eq(users.personId, people.id))
    .where(inArray(people.id, [...new Set(ids)]));
  return new Map(
    rows.map(({ p, locale }) => [
      p.id,
      {
        id: p.id,
        name: `${p.givenName} ${p.familyName}`,
        givenName: p.givenName,
        familyName: p.familyName,
        email: p.email,
        archived: p.archivedAt != null,
        organisationId: p.organisationId,
        locale,
      },
    ]),
  );
}
