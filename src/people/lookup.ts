/** What other capabilities read of people: names and addresses, by id, in one query whatever their number. */
import { inArray } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.js';
import { people } from './schema.js';

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
