/**
 * What people read of statistics: KPIs to pick (asked of Kolada, or those the county has figures for), the
 * county's figures of a year with the county's average, an area's series beside the county and the country,
 * and the county's map shapes.
 */
import type { Db } from '../platform/db/database.js';
import type { Services } from '../platform/context.js';
import { AppError, notFound } from '../platform/errors.js';
import { findCounty } from '../counties/index.js';
import { authorize, type Actor } from '../policy/policy.js';
import type {
  AreaValues,
  CountyKpi,
  Kpi,
  MapShapes,
  SeriesAnswer,
  SeriesPoint,
  StatisticsSource,
  ValuesAnswer,
} from './contract.js';
import { countyMunicipalityCodes } from './imports.js';
import { countyGeometry } from './map/index.js';
import { countyKpiYears } from './picture-repository.js';
import { countyAverage } from './picture-rules.js';
import { findKpi, storedValues, type StoredValue } from './repository.js';
import { byGender, COUNTRY_CODE, regionCode, sourceLabel } from './rules.js';
import { fromSourceCall, koladaClient } from './sources-config.js';

export async function searchKpis(
  services: Services,
  actor: Actor | undefined,
  query: { q: string; onlyDividedByGender: boolean },
): Promise<{ items: Kpi[]; total: number; source: 'Kolada' }> {
  authorize(actor, 'read', 'statistics', { countyId: actor?.countyId });
  const found = await fromSourceCall(() =>
    koladaClient(services.config).searchKpis({
      title: query.q,
      onlyDividedByGender: query.onlyDividedByGender,
    }),
  );
  const items = found.map((k) => ({
    id: k.id,
    title: k.title,
    description: k.description,
    operatingArea: k.operatingArea,
    isDividedByGender: k.isDividedByGender,
    municipalityType: k.municipalityType,
  }));
  return { items, total: items.length, source: 'Kolada' };
}

/** The reader's county: its municipalities (code → name), region and the country, as areas. */
export async function countyAreas(db: Db, actor: Actor) {
  const county = await findCounty(db, actor.countyId);
  const municipalities = await countyMunicipalityCodes(db, county.id);
  return { county, municipalities, region: regionCode(county.code) };
}

async function storedKpi(db: Db, source: StatisticsSource, kpi: string) {
  const found = await findKpi(db, source, kpi);
  if (!found) throw notFound('statistics KPI', kpi);
  return found;
}

const newest = (xs: readonly (string | null)[]) =>
  xs.reduce<string | null>((a, x) => (x !== null && (a === null || x > a) ? x : a), null);

/** The KPIs the reader's county has figures for, from every source (Kolada, SCB, uploads), by title, with their years. */
export async function countyKpis(db: Db, actor: Actor | undefined): Promise<{ items: CountyKpi[] }> {
  const who = authorize(actor, 'read', 'statistics', { countyId: actor?.countyId });
  return { items: await countyKpiYears(db, who.countyId) };
}

export async function countyValues(
  db: Db,
  actor: Actor | undefined,
  query: { kpi: string; year: number; source: StatisticsSource },
) {
  const who = authorize(actor, 'read', 'statistics', { countyId: actor?.countyId });
  const { county, municipalities, region } = await countyAreas(db, who);
  const { rowId, kpi } = await storedKpi(db, query.source, query.kpi);
  const source = sourceLabel(kpi);
  const values = await storedValues(db, { countyId: county.id, kpiRowId: rowId, year: query.year });
  const area = (code: string, kind: AreaValues['kind'], name: string | null): AreaValues => {
    const own = values.filter((v) => v.areaCode === code);
    return { code, kind, name, ...byGender(own), source, demo: own.some((v) => v.demo) };
  };
  const rows = [...municipalities]
    .sort(([, a], [, b]) => a.localeCompare(b, 'sv'))
    .map(([code, name]) => area(code, 'municipality', name));
  const regionValues = region ? area(region, 'region', county.name) : null;
  const country = area(COUNTRY_CODE, 'country', null);
  const answer: ValuesAnswer = {
    kpi,
    year: query.year,
    municipalities: rows,
    region: regionValues,
    countyAverage: countyAverage(rows, municipalities.size),
    country,
    fetchedAt: newest([...rows, regionValues, country].map((a) => a?.fetchedAt ?? null)),
    demo: values.some((v) => v.demo),
  };
  return answer;
}

/** An area's points by year, ascending. */
function pointsOf(values: readonly StoredValue[]): SeriesPoint[] {
  const years = new Map<number, StoredValue[]>();
  for (const v of values) years.set(v.year, [...(years.get(v.year) ?? []), v]);
  return [...years]
    .sort(([a], [b]) => a - b)
    .map(([year, figures]) => {
      const g = byGender(figures);
      return {
        year,
        K: g.K,
        M: g.M,
        T: g.T,
        ratio: g.ratio,
        fetchedAt: g.fetchedAt,
        demo: figures.some((f) => f.demo),
      };
    });
}

export async function series(
  db: Db,
  actor: Actor | undefined,
  query: { kpi: string; area: string; source: StatisticsSource },
) {
  const who = authorize(actor, 'read', 'statistics', { countyId: actor?.countyId });
  const { county, municipalities, region } = await countyAreas(db, who);
  const kind = municipalities.has(query.area)
    ? 'municipality'
    : query.area === region
      ? 'region'
      : query.area === COUNTRY_CODE
        ? 'country'
        : null;
  if (!kind)
    throw new AppError('statistics.area_not_in_county', `Not a municipality of ${county.name}: ${query.area}`, {
      codes: [query.area],
    });
  const { rowId, kpi } = await storedKpi(db, query.source, query.kpi);
  // Every area and year of the KPI: the county's figures of one KPI are a few thousand rows at most.
  const values = await storedValues(db, { countyId: county.id, kpiRowId: rowId });
  const of = (code: string) => pointsOf(values.filter((v) => v.areaCode === code));
  const own = of(query.area);
  const years = [...new Set(values.filter((v) => municipalities.has(v.areaCode)).map((v) => v.year))].sort(
    (a, b) => a - b,
  );
  const averages = years.map((year) => ({
    year,
    ...countyAverage(
      [...municipalities.keys()].map((code) => byGender(values.filter((v) => v.areaCode === code && v.year === year))),
      municipalities.size,
    ),
  }));
  const answer: SeriesAnswer = {
    kpi,
    area: {
      code: query.area,
      kind,
      name: kind === 'municipality' ? municipalities.get(query.area)! : kind === 'region' ? county.name : null,
    },
    source: sourceLabel(kpi),
    points: own,
    comparison: { region: region ? of(region) : null, countyAverage: averages, country: of(COUNTRY_CODE) },
    fetchedAt: newest(values.map((v) => v.fetchedAt.toISOString())),
    demo: values.some((v) => v.demo),
  };
  return answer;
}

/** The reader's county's municipalities projected as the documents' maps are, for the page to colour. */
export async function mapShapes(db: Db, actor: Actor | undefined): Promise<MapShapes> {
  const who = authorize(actor, 'read', 'statistics', { countyId: actor?.countyId });
  const county = await findCounty(db, who.countyId);
  let geometry;
  try {
    geometry = countyGeometry(county.code);
  } catch (e) {
    // A county the boundary data does not know (a test county): no map, the table still says it all.
    if (!(e instanceof RangeError)) throw e;
    geometry = { width: 0, height: 0, areas: [] };
  }
  return {
    countyCode: county.code,
    width: geometry.width,
    height: geometry.height,
    viewBox: `0 0 ${geometry.width} ${geometry.height}`,
    areas: geometry.areas,
  };
}
