/** What people read of statistics: KPIs to pick (asked of Kolada), the county's figures and series. */
import type { Db } from '../platform/db/database.js';
import type { Services } from '../platform/context.js';
import { AppError, notFound } from '../platform/errors.js';
import { findCounty } from '../counties/index.js';
import { authorize, type Actor } from '../policy/policy.js';
import type { AreaValues, Kpi, SeriesAnswer, ValuesAnswer } from './contract.js';
import { countyMunicipalityCodes } from './imports.js';
import { findKpi, storedValues, type StoredValue } from './repository.js';
import { byGender, COUNTRY_CODE, regionCode } from './rules.js';
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
async function countyAreas(db: Db, actor: Actor) {
  const county = await findCounty(db, actor.countyId);
  const municipalities = await countyMunicipalityCodes(db, county.id);
  return { county, municipalities, region: regionCode(county.code) };
}

async function storedKpi(db: Db, kpi: string) {
  const found = await findKpi(db, 'kolada', kpi);
  if (!found) throw notFound('statistics KPI', kpi);
  return found;
}

export async function countyValues(db: Db, actor: Actor | undefined, query: { kpi: string; year: number }) {
  const who = authorize(actor, 'read', 'statistics', { countyId: actor?.countyId });
  const { county, municipalities, region } = await countyAreas(db, who);
  const { rowId, kpi } = await storedKpi(db, query.kpi);
  const values = await storedValues(db, { countyId: county.id, kpiRowId: rowId, year: query.year });
  const area = (code: string, kind: AreaValues['kind'], name: string | null): AreaValues => ({
    code,
    kind,
    name,
    ...byGender(values.filter((v) => v.areaCode === code)),
    source: 'Kolada',
  });
  const answer: ValuesAnswer = {
    kpi,
    year: query.year,
    municipalities: [...municipalities]
      .sort(([, a], [, b]) => a.localeCompare(b, 'sv'))
      .map(([code, name]) => area(code, 'municipality', name)),
    region: region ? area(region, 'region', county.name) : null,
    country: area(COUNTRY_CODE, 'country', null),
  };
  return answer;
}

export async function series(db: Db, actor: Actor | undefined, query: { kpi: string; area: string }) {
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
  const { rowId, kpi } = await storedKpi(db, query.kpi);
  const values = await storedValues(db, { countyId: county.id, kpiRowId: rowId, areaCode: query.area });
  const years = new Map<number, StoredValue[]>();
  for (const v of values) years.set(v.year, [...(years.get(v.year) ?? []), v]);
  const answer: SeriesAnswer = {
    kpi,
    area: {
      code: query.area,
      kind,
      name: kind === 'municipality' ? municipalities.get(query.area)! : kind === 'region' ? county.name : null,
    },
    source: 'Kolada',
    points: [...years]
      .sort(([a], [b]) => a - b)
      .map(([year, figures]) => {
        const g = byGender(figures);
        return { year, K: g.K, M: g.M, T: g.T, ratio: g.ratio, fetchedAt: g.fetchedAt };
      }),
  };
  return answer;
}
