/** Queries of imports beyond Kolada's: KPIs of any source, saved upload mappings, the re-import's view. */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.js';
import type { StatisticsSource, UploadMapping } from './contract.js';
import { statisticsImports, statisticsKpis, statisticsUploadMappings } from './schema.js';
import type { ImportParameters } from './repository.js';

export interface SourceKpi {
  id: string;
  title: string;
  description: string;
  operatingArea: string | null;
  isDividedByGender: boolean;
}

/** Store KPIs of a source (new or refreshed); their row ids by source id. */
export async function upsertSourceKpis(
  tx: Executor,
  source: StatisticsSource,
  kpis: SourceKpi[],
  at: Date,
): Promise<Map<string, string>> {
  if (!kpis.length) return new Map();
  const rows = await tx
    .insert(statisticsKpis)
    .values(
      kpis.map((k) => ({
        source,
        sourceId: k.id,
        title: k.title,
        description: k.description,
        operatingArea: k.operatingArea,
        dividedByGender: k.isDividedByGender,
        fetchedAt: at,
      })),
    )
    .onConflictDoUpdate({
      target: [statisticsKpis.source, statisticsKpis.sourceId],
      set: {
        title: sql`excluded.title`,
        description: sql`excluded.description`,
        operatingArea: sql`excluded.operating_area`,
        dividedByGender: sql`excluded.divided_by_gender`,
        fetchedAt: sql`excluded.fetched_at`,
      },
    })
    .returning({ id: statisticsKpis.id, sourceId: statisticsKpis.sourceId });
  return new Map(rows.map((r) => [r.sourceId, r.id]));
}

export async function savedMappings(db: Executor, countyId: string) {
  const rows = await db
    .select()
    .from(statisticsUploadMappings)
    .where(eq(statisticsUploadMappings.countyId, countyId))
    .orderBy(statisticsUploadMappings.sourceName);
  return rows.map((r) => ({
    sourceName: r.sourceName,
    mapping: r.mapping as UploadMapping,
    updatedAt: r.updatedAt.toISOString(),
  }));
}

export async function savedMapping(db: Executor, countyId: string, sourceName: string): Promise<UploadMapping | null> {
  const [row] = await db
    .select()
    .from(statisticsUploadMappings)
    .where(and(eq(statisticsUploadMappings.countyId, countyId), eq(statisticsUploadMappings.sourceName, sourceName)));
  return row ? (row.mapping as UploadMapping) : null;
}

export async function saveMapping(tx: Executor, countyId: string, sourceName: string, mapping: UploadMapping) {
  await tx
    .insert(statisticsUploadMappings)
    .values({ countyId, sourceName, mapping, updatedAt: new Date() })
    .onConflictDoUpdate({
      target: [statisticsUploadMappings.countyId, statisticsUploadMappings.sourceName],
      set: { mapping: sql`excluded.mapping`, updatedAt: sql`excluded.updated_at` },
    });
}

/** Every county's Kolada imports that ended well, newest first (the daily re-import's starting point). */
export async function doneKoladaImports(db: Executor) {
  const rows = await db
    .select({
      countyId: statisticsImports.countyId,
      parameters: statisticsImports.parameters,
      finishedAt: statisticsImports.finishedAt,
    })
    .from(statisticsImports)
    .where(and(eq(statisticsImports.kind, 'kolada'), eq(statisticsImports.status, 'done')))
    .orderBy(desc(statisticsImports.finishedAt));
  return rows.map((r) => ({ ...r, parameters: r.parameters as ImportParameters }));
}

/** What an import was asked, as stored (beyond what the contract shows). */
export async function findImportParameters(db: Executor, id: string): Promise<ImportParameters | null> {
  const [row] = await db
    .select({ parameters: statisticsImports.parameters })
    .from(statisticsImports)
    .where(eq(statisticsImports.id, id));
  return row ? (row.parameters as ImportParameters) : null;
}
