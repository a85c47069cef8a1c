/**
 * What other capabilities read of organisations: names, counties and populations, by id (or for a
 * whole county), in one query whatever their number.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.js';
import { organisations, populations } from './schema.js';

/** An organisation as others show and place it. */
export interface OrganisationName {
  id: string;
  name: string;
  municipalityCode: string | null;
  countyId: string;
}

const nameColumns = {
  id: organisations.id,
  name: organisations.name,
  municipalityCode: organisations.municipalityCode,
  countyId: organisations.countyId,
};

/** Names, municipality codes and counties of organisations, by id (unknown ids are left out). */
export async function organisationNames(db: Executor, ids: readonly string[]): Promise<Map<string, OrganisationName>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select(nameColumns)
    .from(organisations)
    .where(inArray(organisations.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Every organisation of a county (archived ones too), by id: for lists of other capabilities that a
 * county's scope narrows to its organisations, and that show their names.
 */
export async function organisationsOfCounty(db: Executor, countyId: string): Promise<Map<string, OrganisationName>> {
  const rows = await db.select(nameColumns).from(organisations).where(eq(organisations.countyId, countyId));
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Organisations' counties as a subquery to join, for the one lookup that must stay a single query
 * (the signed-in person's session, on every request: people's `activeAccountHolders`). Everything
 * else calls the functions above.
 */
export function organisationCounties(db: Executor) {
  return db
    .select({ organisationId: organisations.id, countyId: organisations.countyId })
    .from(organisations)
    .as('organisation_counties');
}

/** The population of each of these organisations at the end of `year`, by id (missing: no figure). */
export async function populationsIn(db: Executor, ids: readonly string[], year: number): Promise<Map<string, number>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: populations.organisationId, population: populations.population })
    .from(populations)
    .where(and(inArray(populations.organisationId, [...ids]), eq(populations.year, year)));
  return new Map(rows.map((r) => [r.id, r.population]));
}
