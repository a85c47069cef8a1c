/** Pure rules of statistics: which areas an import asks for, and a figure's women/men ratio. */
import type { AreaValues } from './contract.js';
import type { Gender } from './sources/kolada.js';

export const COUNTRY_CODE = '0000';

/** Kolada's id of a region: `00` + the county's two-digit code (Jämtland 23 → 0023). */
export function regionCode(countyCode: string): string | null {
  return /^\d{2}$/.test(countyCode) ? `00${countyCode}` : null;
}

/**
 * The areas of an import: the municipalities asked for (or all of the county's), then the region and
 * the country beside them. Codes that are not the county's municipalities (nor its region or the
 * country) are returned as `foreign`, so the caller can refuse them by name.
 */
export function importAreas(
  asked: 'county' | readonly string[],
  countyMunicipalities: readonly string[],
  countyCode: string,
): { codes: string[]; foreign: string[] } {
  const region = regionCode(countyCode);
  const beside = [region, COUNTRY_CODE].filter((c): c is string => !!c);
  const own = new Set(countyMunicipalities);
  const wanted = asked === 'county' ? [...own].sort() : [...new Set(asked)];
  const foreign = wanted.filter((c) => !own.has(c) && !beside.includes(c));
  const municipalities = wanted.filter((c) => own.has(c));
  return { codes: [...municipalities, ...beside], foreign };
}

/** Women per men, 1 = equal; null when either is missing (or men's is 0): never a made-up figure. */
export function ratio(k: number | null, m: number | null): number | null {
  if (k === null || m === null || m === 0) return null;
  return Math.round((k / m) * 1000) / 1000;
}

export interface Figure {
  gender: Gender;
  value: number | null;
  status: string | null;
  fetchedAt: Date;
}

/** K, M and T of one area (or year) from its stored figures; what is not stored is null. */
export function byGender(
  figures: readonly Figure[],
): Pick<AreaValues, 'K' | 'M' | 'T' | 'ratio' | 'status' | 'fetchedAt'> {
  const of = (g: Gender) => figures.find((f) => f.gender === g);
  const value = (g: Gender) => of(g)?.value ?? null;
  const latest = figures.reduce<Date | null>((a, f) => (a && a > f.fetchedAt ? a : f.fetchedAt), null);
  return {
    K: value('K'),
    M: value('M'),
    T: value('T'),
    ratio: ratio(value('K'), value('M')),
    status: { K: of('K')?.status ?? null, M: of('M')?.status ?? null, T: of('T')?.status ?? null },
    fetchedAt: latest ? latest.toISOString() : null,
  };
}

/**
 * The source as a figure names it after "Källa:": Kolada and SCB by name, an upload by the source its
 * uploader named (kept as the KPI's description, e.g. "Polisen"), else "upload".
 */
export function sourceLabel(kpi: { source: string; description?: string | null }): string {
  if (kpi.source === 'kolada') return 'Kolada';
  if (kpi.source === 'scb') return 'SCB';
  return kpi.description?.trim() || 'upload';
}
