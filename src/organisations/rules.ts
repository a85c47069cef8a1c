import { AppError } from '../platform/errors.js';
import type { OrganisationType } from './contract.js';

/** Only municipalities have a municipality code and population figures; every municipality has a code. */
export function checkMunicipalityFields(
  type: OrganisationType,
  code: string | null | undefined,
  populations: unknown[] | undefined,
) {
  if (type === 'municipality' && !code) {
    throw new AppError(
      'organisation.municipality_code_required',
      'A municipality needs its four-digit municipality code',
      {
        field: 'municipalityCode',
      },
    );
  }
  if (type !== 'municipality' && code) {
    throw new AppError('organisation.municipality_code_not_allowed', 'Only municipalities have a municipality code', {
      field: 'municipalityCode',
    });
  }
  if (type !== 'municipality' && populations && populations.length > 0) {
    throw new AppError('organisation.population_only_for_municipality', 'Population figures belong to municipalities', {
      field: 'populations',
    });
  }
}

/** One figure per year, newest first; the same year twice is refused rather than one silently dropped. */
export function normalisePopulations<T extends { year: number }>(list: T[]): T[] {
  const byYear = new Map<number, T>();
  for (const p of list) {
    if (byYear.has(p.year))
      throw new AppError('request.validation_failed', `The year ${p.year} is given twice`, [
        { field: 'populations', message: `year ${p.year} twice` },
      ]);
    byYear.set(p.year, p);
  }
  return [...byYear.values()].sort((a, b) => b.year - a.year);
}
