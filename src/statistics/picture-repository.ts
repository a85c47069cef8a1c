/** Queries of the county's picture: the KPIs a county has figures for, with their years. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.js';
import type { CountyKpi, StatisticsSource } from './contract.js';
import { kpiOut } from './repository.js';
import { statisticsKpis, statisticsValues } from './schema.js';

/**
 * The KPIs with figures stored for the county (of one source, or of all): each with its years
 * (ascending) and demo mark.
 */
export async function countyKpiYears(db: Executor, countyId: string, source?: StatisticsSource): Promise<CountyKpi[]> {
  const years = await db
    .select({
      kpiId: statisticsValues.kpiId,
      year: statisticsValues.year,
      demo: sql<boolean>`bool_or(${statisticsValues.demo})`,
    })
    .from(statisticsValues)
    .where(eq(statisticsValues.countyId, countyId))
    .groupBy(statisticsValues.kpiId, statisticsValues.year)
    .orderBy(asc(statisticsValues.year));
  const ids = [...new Set(years.map((y) => y.kpiId))];
  if (!ids.length) return [];
  const kpis = await db
    .select()
    .from(statisticsKpis)
    .where(and(inArray(statisticsKpis.id, ids), source ? eq(statisticsKpis.source, source) : undefined));
  return kpis
    .map((k) => {
      const own = years.filter((y) => y.kpiId === k.id);
      return {
        ...kpiOut(k),
        years: own.map((y) => y.year),
        demo: own.some((y) => y.demo === true || String(y.demo) === 'true'),
      };
    })
    .sort((a, b) => a.title.localeCompare(b.title, 'sv') || a.id.localeCompare(b.id));
}
