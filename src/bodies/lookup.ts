/** What other capabilities read of bodies: names and current leads, by id, in one query whatever their number. */
import { and, asc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.js';
import { bodies, memberships } from './schema.js';
import type { Body } from './contract.js';

type BodyType = Body['type'];

/** Bodies' names and counties by id (unknown ids are left out). */
export async function bodyNames(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, { id: string; name: string; countyId: string; type: BodyType }>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: bodies.id, name: bodies.name, countyId: bodies.countyId, type: sql<BodyType>`${bodies.type}` })
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

/** A body of a county with its current chairs and secretaries (chairs first, then by start date). */
export interface BodyWithLeads {
  id: string;
  name: string;
  leads: { role: 'chair' | 'secretary'; personId: string; organisationId: string; startDate: string }[];
}

/**
 * The county's bodies, by name, each with its chairs and secretaries on `today` (a date, YYYY-MM-DD):
 * the bodies with these ids (archived ones too; ids of other counties are left out), or else every
 * active body of the county. One query.
 */
export async function countyBodiesWithLeads(
  db: Executor,
  countyId: string,
  today: string,
  ids?: readonly string[],
): Promise<BodyWithLeads[]> {
  const rows = await db
    .select({
      id: bodies.id,
      name: bodies.name,
      role: memberships.role,
      personId: memberships.personId,
      organisationId: memberships.organisationId,
      startDate: memberships.startDate,
    })
    .from(bodies)
    .leftJoin(
      memberships,
      and(
        eq(memberships.bodyId, bodies.id),
        inArray(memberships.role, ['chair', 'secretary']),
        lte(memberships.startDate, today),
        or(isNull(memberships.endDate), gte(memberships.endDate, today)),
      ),
    )
    .where(and(eq(bodies.countyId, countyId), ids ? inArray(bodies.id, [...new Set(ids)]) : isNull(bodies.archivedAt)))
    .orderBy(
      asc(bodies.name),
      asc(bodies.id),
      sql`case ${memberships.role} when 'chair' then 0 else 1 end`,
      asc(memberships.startDate),
    );
  const out: BodyWithLeads[] = [];
  for (const r of rows) {
    let body = out.at(-1);
    if (body?.id !== r.id) out.push((body = { id: r.id, name: r.name, leads: [] }));
    if (r.personId && r.organisationId && r.startDate)
      body.leads.push({
        role: r.role as 'chair' | 'secretary',
        personId: r.personId,
        organisationId: r.organisationId,
        startDate: r.startDate,
      });
  }
  return out;
}
