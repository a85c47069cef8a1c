/** Queries of statistics: stored KPIs, figures per county, imports. Lists take a policy Scope. */
import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.js';
import { scopeWhere, type Scope } from '../policy/scope.js';
import type { Import, StatisticsSource, StoredKpi } from './contract.js';
import { statisticsImports, statisticsKpis, statisticsValues } from './schema.js';
import { upsertSourceKpis } from './imports-repository.js';
import type { Gender, KoladaKpi, KoladaValueKey, KoladaValueRow } from './sources/kolada.js';

type KpiRow = typeof statisticsKpis.$inferSelect;
type ImportRow = typeof statisticsImports.$inferSelect;

export const kpiOut = (r: KpiRow): StoredKpi => ({
  id: r.sourceId,
  source: r.source as StatisticsSource,
  title: r.title,
  description: r.description,
  operatingArea: r.operatingArea,
  isDividedByGender: r.dividedByGender,
  fetchedAt: r.fetchedAt.toISOString(),
});

/** Store the source's metadata of these KPIs (new or refreshed); their row ids by source id. */
export async function upsertKoladaKpis(tx: Executor, kpis: KoladaKpi[], at: Date): Promise<Map<string, string>> {
  return upsertSourceKpis(tx, 'kolada', kpis, at);
}

export async function findKpi(
  db: Executor,
  source: StatisticsSource,
  sourceId: string,
): Promise<{ rowId: string; kpi: StoredKpi } | null> {
  const [row] = await db
    .select()
    .from(statisticsKpis)
    .where(and(eq(statisticsKpis.source, source), eq(statisticsKpis.sourceId, sourceId)));
  return row ? { rowId: row.id, kpi: kpiOut(row) } : null;
}

export interface ImportParameters {
  kpiIds: string[];
  years: number[];
  areas: 'county' | string[];
  areaCodes: string[];
  fromDate: string | null;
  /** SCB: the table and the selection per variable. */
  tableId?: string;
  selection?: Record<string, string[]>;
  /** Upload: the file and its source. */
  fileName?: string;
  sourceName?: string;
  /** Queued by the daily re-import. */
  scheduled?: boolean;
  /** The demo's figures (marked demo). */
  demo?: boolean;
}

export async function insertImport(
  tx: Executor,
  values: {
    countyId: string;
    kind: StatisticsSource;
    parameters: ImportParameters;
    createdBy: string | null;
    progressTotal?: number;
    status?: Import['status'];
  },
): Promise<string> {
  const [row] = await tx
    .insert(statisticsImports)
    .values({
      ...values,
      progressTotal: values.progressTotal ?? values.parameters.kpiIds.length * values.parameters.years.length,
    })
    .returning({ id: statisticsImports.id });
  return row.id;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function importOut(r: ImportRow): Import {
  const p = r.parameters as ImportParameters;
  return {
    id: r.id,
    countyId: r.countyId,
    kind: r.kind as StatisticsSource,
    what: p.fileName ?? (p.tableId ? `${p.tableId}` : p.kpiIds.join(', ')),
    kpiIds: p.kpiIds,
    scheduled: p.scheduled ?? false,
    demo: p.demo ?? false,
    years: p.years,
    areas: p.areas,
    areaCodes: p.areaCodes,
    fromDate: p.fromDate,
    status: r.status as Import['status'],
    progress: { done: r.progressDone, total: r.progressTotal },
    rowsWritten: r.rowsWritten,
    rowsDeleted: r.rowsDeleted,
    attempts: r.attempts,
    error: r.errorCode ? { code: r.errorCode, message: r.errorMessage ?? '' } : null,
    createdAt: r.createdAt.toISOString(),
    startedAt: iso(r.startedAt),
    finishedAt: iso(r.finishedAt),
  };
}

export async function findImport(db: Executor, id: string): Promise<Import | null> {
  const [row] = await db.select().from(statisticsImports).where(eq(statisticsImports.id, id));
  return row ? importOut(row) : null;
}

export async function listImports(db: Executor, scope: Scope, page: { limit: number; offset: number }) {
  const where = scopeWhere(scope, { countyId: statisticsImports.countyId });
  const [rows, [{ n }]] = await Promise.all([
    db
      .select()
      .from(statisticsImports)
      .where(where)
      .orderBy(desc(statisticsImports.createdAt), desc(statisticsImports.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(statisticsImports).where(where),
  ]);
  return { items: rows.map(importOut), total: Number(n) };
}

/** The job's marks on its import: started, progress, the end (done, or failed with a code). */
export async function markImport(
  db: Executor,
  id: string,
  set: Partial<
    Pick<ImportRow, 'status' | 'attempts' | 'errorCode' | 'errorMessage' | 'startedAt' | 'finishedAt' | 'progressDone'>
  > & { addRowsWritten?: number; addRowsDeleted?: number },
): Promise<void> {
  const { addRowsWritten, addRowsDeleted, ...rest } = set;
  await db
    .update(statisticsImports)
    .set({
      ...rest,
      ...(addRowsWritten ? { rowsWritten: sql`${statisticsImports.rowsWritten} + ${addRowsWritten}` } : {}),
      ...(addRowsDeleted ? { rowsDeleted: sql`${statisticsImports.rowsDeleted} + ${addRowsDeleted}` } : {}),
    })
    .where(eq(statisticsImports.id, id));
}

const valueRow = (countyId: string, kpiRowId: string, at: Date, demo: boolean) => (r: KoladaValueRow) => ({
  countyId,
  kpiId: kpiRowId,
  areaCode: r.municipalityId,
  year: r.period,
  gender: r.gender,
  value: r.value,
  status: r.status,
  fetchedAt: at,
  demo,
});

/** Postgres takes at most 65 535 parameters a statement; 9 a row. */
const INSERT_BATCH = 2000;

/**
 * A whole import of one KPI and year: the stored figures of these areas are replaced by `rows`
 * (a value the source no longer has goes). Call inside the transaction of that KPI and year.
 */
export async function replaceYear(
  tx: Executor,
  where: { countyId: string; kpiRowId: string; year: number; areaCodes: string[]; demo?: boolean },
  rows: KoladaValueRow[],
  at: Date,
): Promise<{ written: number; deleted: number }> {
  const gone = await tx
    .delete(statisticsValues)
    .where(
      and(
        eq(statisticsValues.countyId, where.countyId),
        eq(statisticsValues.kpiId, where.kpiRowId),
        eq(statisticsValues.year, where.year),
        inArray(statisticsValues.areaCode, where.areaCodes),
      ),
    )
    .returning({ areaCode: statisticsValues.areaCode, gender: statisticsValues.gender });
  const values = rows.map(valueRow(where.countyId, where.kpiRowId, at, where.demo ?? false));
  for (let i = 0; i < values.length; i += INSERT_BATCH)
    await tx.insert(statisticsValues).values(values.slice(i, i + INSERT_BATCH));
  const kept = new Set(values.map((v) => `${v.areaCode}|${v.gender}`));
  return { written: values.length, deleted: gone.filter((g) => !kept.has(`${g.areaCode}|${g.gender}`)).length };
}

/**
 * What changed at the source since a date, for one KPI and year: changed values written over the
 * stored ones, deleted ones dropped; the rest stays as it was.
 */
export async function applyChanges(
  tx: Executor,
  where: { countyId: string; kpiRowId: string },
  rows: KoladaValueRow[],
  deleted: KoladaValueKey[],
  at: Date,
): Promise<{ written: number; deleted: number }> {
  let dropped = 0;
  for (const d of deleted) {
    const gone = await tx
      .delete(statisticsValues)
      .where(
        and(
          eq(statisticsValues.countyId, where.countyId),
          eq(statisticsValues.kpiId, where.kpiRowId),
          eq(statisticsValues.areaCode, d.municipalityId),
          eq(statisticsValues.year, d.period),
          eq(statisticsValues.gender, d.gender),
        ),
      )
      .returning({ id: statisticsValues.id });
    dropped += gone.length;
  }
  const values = rows.map(valueRow(where.countyId, where.kpiRowId, at, false));
  for (let i = 0; i < values.length; i += INSERT_BATCH)
    await tx
      .insert(statisticsValues)
      .values(values.slice(i, i + INSERT_BATCH))
      .onConflictDoUpdate({
        target: [
          statisticsValues.countyId,
          statisticsValues.kpiId,
          statisticsValues.areaCode,
          statisticsValues.year,
          statisticsValues.gender,
        ],
        set: {
          value: sql`excluded.value`,
          status: sql`excluded.status`,
          fetchedAt: sql`excluded.fetched_at`,
          demo: sql`excluded.demo`,
        },
      });
  return { written: values.length, deleted: dropped };
}

export interface StoredValue {
  areaCode: string;
  year: number;
  gender: Gender;
  value: number | null;
  status: string | null;
  fetchedAt: Date;
  /** One of the demo's figures (made-up values): the pages and documents say so. */
  demo: boolean;
}

/** The county's figures of one KPI: a year's (every area), or an area's (every year). */
export async function storedValues(
  db: Executor,
  where: { countyId: string; kpiRowId: string; year?: number; areaCode?: string },
): Promise<StoredValue[]> {
  const rows = await db
    .select({
      areaCode: statisticsValues.areaCode,
      year: statisticsValues.year,
      gender: statisticsValues.gender,
      value: statisticsValues.value,
      status: statisticsValues.status,
      fetchedAt: statisticsValues.fetchedAt,
      demo: statisticsValues.demo,
    })
    .from(statisticsValues)
    .where(
      and(
        eq(statisticsValues.countyId, where.countyId),
        eq(statisticsValues.kpiId, where.kpiRowId),
        where.year !== undefined ? eq(statisticsValues.year, where.year) : undefined,
        where.areaCode !== undefined ? eq(statisticsValues.areaCode, where.areaCode) : undefined,
      ),
    );
  // numeric comes back as a string from some drivers even in number mode; a null stays null.
  return rows.map((r) => ({ ...r, gender: r.gender as Gender, value: r.value === null ? null : Number(r.value) }));
}
