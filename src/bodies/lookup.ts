/** What other capabilities read of bodies: names and current leads, by id, in one query whatever their number. */
import { and, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.js';
import { bodies, memberships } from './schema.js';

/** Bodies' names and counties by id (unknown ids are left out). */
export async function bodyNames(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, { id: string; name: string; countyId: string }>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: bodies.id, name: bodies.name, countyId: bodies.countyId })
    .from(bodies)
    .where(inArray(bodies.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

/** The current chairs and secretaries of these bodies on `today` (a date, YYYY-MM-DD). */
export async function bodyLeads(
  db: Executor,
  bodyIds: readonly string[],
  today: string,
): Promise<{ bodyId: string; role: 'chair' | 'secretary'; personId: string }[]> {
  if (!bodyIds.length) return [];
  const rows = await db
    .select({ bodyId: memberships.bodyId, role: memberships.role, personId: memberships.personId })
    .from(memberships)
    .where(
      and(
        inArray(memberships.bodyId, [...new Set(bodyIds)]),
        inArray(memberships.role, ['chair', 'secretary']),
        lte(memberships.startDate, today),
        or(isNull(memberships.endDate), gte(memberships.endDate, today)),
      ),
    );
  return rows.map((r) => ({ ...r, role: r.role as 'chair' | 'secretary' }));
}
