/**
 * A synthetic Kolada store of any size, computed on the fly (nothing held in memory), for the
 * benchmark and the property tests: KPI ids S00001…, municipality ids 0001…, years from 2015.
 * Every value is a function of its key, so a test can recompute what the server must have sent.
 * A value is missing (null, status "Missing") where `missingEvery` divides the key's number.
 */
import type { KoladaStore, RawDataItem, RawKpi } from './fake-kolada.js';
import { GENDERS } from './kolada.js';

export interface SyntheticShape {
  kpis: number;
  municipalities: number;
  years: number;
  firstYear?: number;
  missingEvery?: number;
}

export const syntheticKpiId = (i: number) => `S${String(i + 1).padStart(5, '0')}`;
export const syntheticMunicipalityId = (i: number) => String(i + 1).padStart(4, '0');

export function syntheticValue(kpi: string, municipality: string, year: number, g: number): number {
  return (Number(kpi.slice(1)) * 7 + Number(municipality) * 13 + year * 3 + g) % 1000;
}

export function syntheticStore(shape: SyntheticShape): KoladaStore {
  const firstYear = shape.firstYear ?? 2015;
  const kpis: RawKpi[] = Array.from({ length: shape.kpis }, (_, i) => ({
    id: syntheticKpiId(i),
    title: `Syntetiskt nyckeltal ${i + 1}`,
    description: 'Benchmark data, not Kolada.',
    operating_area: 'Test',
    is_divided_by_gender: 1,
    municipality_type: 'K',
  }));
  const ids = new Set(kpis.map((k) => k.id));
  const municipalities = Array.from({ length: shape.municipalities }, (_, i) => syntheticMunicipalityId(i));
  const munis = new Set(municipalities);
  const years = Array.from({ length: shape.years }, (_, i) => firstYear + i);
  return {
    kpis,
    municipalities,
    years,
    item(kpi, municipality, year): RawDataItem | undefined {
      if (!ids.has(kpi) || !munis.has(municipality) || year < firstYear || year >= firstYear + shape.years)
        return undefined;
      return {
        kpi,
        municipality,
        period: year,
        values: GENDERS.map((gender, g) => {
          const value = syntheticValue(kpi, municipality, year, g);
          const missing = shape.missingEvery !== undefined && value % shape.missingEvery === 0;
          return { gender, count: 1, status: missing ? 'Missing' : '', value: missing ? null : value };
        }),
      };
    },
  };
}
