/**
 * DEMO DATA for the local Kolada and SCB servers: Jämtlands län's eight municipalities (the codes of
 * the demo county, src/app/demo/county.ts), Region Jämtland Härjedalen (Kolada id 0023) and the
 * country (0000), five real gender-split KPIs (fixtures/kolada-kpi.recorded.json) over 2020–2024,
 * by women (K), men (M) and total (T). The KPI metadata is Kolada's; the VALUES ARE DEMO VALUES,
 * made by a fixed formula to look plausible — except the 2024 populations (N01951 total), which are
 * SCB's published figures. One value is missing on purpose (Ragunda, girls' upper-secondary
 * eligibility 2022: secrecy for a small group) so the pages show "uppgift saknas".
 */
import kpiAnswer from './fixtures/kolada-kpi.recorded.json' with { type: 'json' };
import scbMetadata from './fixtures/scb-metadata.recorded.json' with { type: 'json' };
import { storeFromItems, type KoladaStore, type RawDataItem, type RawKpi } from './fake-kolada.js';
import type { FakeScbTable } from './fake-scb.js';

export const DEMO_MUNICIPALITIES = {
  '2303': { name: 'Ragunda', population2024: 5146 },
  '2305': { name: 'Bräcke', population2024: 6035 },
  '2309': { name: 'Krokom', population2024: 15680 },
  '2313': { name: 'Strömsund', population2024: 11023 },
  '2321': { name: 'Åre', population2024: 12693 },
  '2326': { name: 'Berg', population2024: 7108 },
  '2361': { name: 'Härjedalen', population2024: 10175 },
  '2380': { name: 'Östersund', population2024: 64979 },
} as const;
export const DEMO_REGION = '0023';
export const COUNTRY = '0000';
export const DEMO_YEARS = [2020, 2021, 2022, 2023, 2024];
export const DEMO_KPIS = kpiAnswer.values.map((k) => k.id);
/** The date the demo values were "published", for from_date. */
export const DEMO_UPDATED = '2025-03-20';

const COUNTRY_POPULATION_2024 = 10_587_710;

/** A stable number in [0, 1) for a key: the demo's dice. */
export function unit(key: string): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return ((h >>> 0) % 10_000) / 10_000;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** K, M, T for one KPI, area and year. */
export function demoValues(kpi: string, area: string, year: number): [number | null, number | null, number] {
  const r = unit(`${kpi}|${area}|${year}`);
  const drift = (year - 2022) * 0.4;
  const population = (code: string) => {
    const p2024 =
      code === COUNTRY
        ? COUNTRY_POPULATION_2024
        : code === DEMO_REGION
          ? Object.values(DEMO_MUNICIPALITIES).reduce((s, m) => s + m.population2024, 0)
          : DEMO_MUNICIPALITIES[code as keyof typeof DEMO_MUNICIPALITIES].population2024;
    return Math.round(p2024 * (1 - (2024 - year) * 0.003 * (0.5 + unit(code))));
  };
  switch (kpi) {
    case 'N01951': {
      const t = population(area);
      const k = Math.round(t * (0.487 + r * 0.01));
      return [k, t - k, t];
    }
    case 'N01801': {
      const t = Math.round(population(area) * (0.045 + r * 0.02));
      const k = Math.round(t * 0.48);
      return [k, t - k, t];
    }
    case 'N00914': {
      const t = 80 + r * 6 + drift;
      return [round1(t - 1.2), round1(t + 1.1), round1(t)];
    }
    case 'N01982': {
      const t = 30 + r * 14 + drift;
      return [round1(t + 9), round1(t - 8.5), round1(t)];
    }
    default: {
      // U60900: girls more often eligible than boys, as nationally.
      const t = 80 + r * 12;
      if (area === '2303' && year === 2022) return [null, round1(t - 3.5), round1(t)];
      return [round1(t + 3), round1(t - 3), round1(t)];
    }
  }
}

export function demoKoladaItems(): (RawDataItem & { updated: string })[] {
  const areas = [...Object.keys(DEMO_MUNICIPALITIES), DEMO_REGION, COUNTRY];
  const items: (RawDataItem & { updated: string })[] = [];
  for (const kpi of DEMO_KPIS)
    for (const area of areas)
      for (const year of DEMO_YEARS) {
        const [k, m, t] = demoValues(kpi, area, year);
        items.push({
          kpi,
          municipality: area,
          period: year,
          updated: DEMO_UPDATED,
          values: [
            { count: 1, gender: 'K', status: k === null ? 'Missing' : '', value: k },
            { count: 1, gender: 'M', status: '', value: m },
            { count: 1, gender: 'T', status: '', value: t },
          ],
        });
      }
  return items;
}

export function demoKoladaStore(): KoladaStore {
  return storeFromItems(kpiAnswer.values as RawKpi[], demoKoladaItems());
}

/** The demo SCB table (TAB638 trimmed to Jämtland): population by region, sex and year. */
export function demoScbTables(): Record<string, FakeScbTable> {
  return {
    TAB638: {
      metadata: scbMetadata as unknown as FakeScbTable['metadata'],
      value(cell) {
        const area = cell.Region === '00' ? COUNTRY : cell.Region === '23' ? DEMO_REGION : cell.Region;
        const [k, m, t] = demoValues('N01951', area, Number(cell.Tid));
        return cell.Kon === '1' ? m : cell.Kon === '2' ? k : t;
      },
    },
  };
}
