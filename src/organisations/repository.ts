import { and, asc, count, eq, ilike, inArray, isNotNull, isNull, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';
import { organisations, populations } from './schema.js';
import { scopeWhere, type Scope } from '../policy/scope.js';
import type { OrganisationQuery, OrganisationRecord } from './contract.js';

type Row = typeof organisations.$inferSelect;
type PopRow = typeof populations.$inferSelect;

export function present(row: Row, pops: PopRow[]): OrganisationRecord {
  return {
    id: row.id,
    countyId: row.countyId,
    type: row.type as OrganisationRecord['type'],
    name: row.name,
    shortName: row.shortName,
    orgNumber: row.orgNumber,
    municipalityCode: row.municipalityCode,
    email: row.email,
    phone: row.phone,
    website: row.website,
    address: row.address,
    populations: pops
      .filter((p) => p.organisationId === row.id)
      .sort((a, b) => b.year - a.year)
      .map((p) => ({ year: p.year, population: p.population, asOf: p.asOf, source: p.source })),
    archived: row.archivedAt != null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function findOrganisation(db: Executor, id: string): Promise<OrganisationRecord> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  if (!row) throw notFound('organisation', id);
  const pops = await db.select().from(populations).where(eq(populations.organisationId, id));
  return present(row, pops);
}

export async function listOrganisations(db: Executor, scope: Scope, q: OrganisationQuery) {
  const where: (SQL | undefined)[] = [scopeWhere(scope, { countyId: organisations.countyId })];
  if (q.countyId) where.push(eq(organisations.countyId, q.countyId));
  if (q.type) where.push(eq(organisations.type, q.type));
  if (q.status === 'active') where.push(isNull(organisations.archivedAt));
  if (q.status === 'archived') where.push(isNotNull(organisations.archivedAt));
  if (q.q) {
    const like = `%${q.q.replace(/[%_\\]/g, '\\$&')}%`;
    where.push(
      or(
        ilike(organisations.name, like),
        ilike(organisations.shortName, like),
        ilike(organisations.municipalityCode, like),
      ),
    );
  }
  const cond = and(...where);
  const rows = await db
    .select()
    .from(organisations)
    .where(cond)
    .orderBy(asc(organisations.name))
    .limit(q.limit)
    .offset(q.offset);
  const [{ total }] = await db.select({ total: count() }).from(organisations).where(cond);
  const pops = rows.length
    ? await db
        .select()
        .from(populations)
        .where(
          inArray(
            populations.organisationId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return { items: rows.map((r) => present(r, pops)), total };
}

export async function replacePopulations(
  db: Executor,
  organisationId: string,
  list: OrganisationRecord['populations'],
) {
  await db.delete(populations).where(eq(populations.organisationId, organisationId));
  if (list.length) await db.insert(populations).values(list.map((p) => ({ ...p, organisationId })));
}
