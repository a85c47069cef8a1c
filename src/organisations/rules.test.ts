import { describe, expect, it } from 'vitest';
import { AppError } from '../platform/errors.js';
import { organisationTypes, type OrganisationType } from './contract.js';
import { checkMunicipalityFields, normalisePopulations } from './rules.js';

const figure = (year: number, population: number) => ({ year, population, asOf: `${year}-12-31`, source: 'SCB' });

function thrownBy(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected an AppError');
}

const others = organisationTypes.filter((t) => t !== 'municipality') as OrganisationType[];

describe('checkMunicipalityFields', () => {
  it('accepts a municipality with its code, with or without population figures', () => {
    expect(() => checkMunicipalityFields('municipality', '0180', undefined)).not.toThrow();
    expect(() => checkMunicipalityFields('municipality', '0180', [])).not.toThrow();
    expect(() => checkMunicipalityFields('municipality', '0180', [figure(2023, 984748)])).not.toThrow();
  });

  it.each([null, undefined, ''])('refuses a municipality without a code (%j)', (code) => {
    const err = thrownBy(() => checkMunicipalityFields('municipality', code, undefined));
    expect(err.code).toBe('organisation.municipality_code_required');
    expect(err.status).toBe(400);
    expect(err.details).toEqual({ field: 'municipalityCode' });
  });

  it.each(others)('accepts a %s without code or populations', (type) => {
    expect(() => checkMunicipalityFields(type, null, undefined)).not.toThrow();
    expect(() => checkMunicipalityFields(type, undefined, [])).not.toThrow();
    expect(() => checkMunicipalityFields(type, '', undefined)).not.toThrow();
  });

  it.each(others)('refuses a municipality code on a %s', (type) => {
    const err = thrownBy(() => checkMunicipalityFields(type, '0180', undefined));
    expect(err.code).toBe('organisation.municipality_code_not_allowed');
    expect(err.message).toMatch(/only municipalities/i);
    expect(err.details).toEqual({ field: 'municipalityCode' });
  });

  it.each(others)('refuses population figures on a %s', (type) => {
    const err = thrownBy(() => checkMunicipalityFields(type, null, [figure(2023, 100)]));
    expect(err.code).toBe('organisation.population_only_for_municipality');
    expect(err.status).toBe(400);
    expect(err.details).toEqual({ field: 'populations' });
  });

  it('reports the code before the populations when both are wrong', () => {
    const err = thrownBy(() => checkMunicipalityFields('region', '0180', [figure(2023, 100)]));
    expect(err.details).toEqual({ field: 'municipalityCode' });
  });
});

describe('normalisePopulations', () => {
  it('sorts newest first', () => {
    const out = normalisePopulations([figure(2019, 1), figure(2023, 3), figure(2021, 2)]);
    expect(out.map((p) => p.year)).toEqual([2023, 2021, 2019]);
  });

  it('refuses the same year twice, naming the field', () => {
    const err = thrownBy(() => normalisePopulations([figure(2022, 100), figure(2023, 200), figure(2022, 150)]));
    expect(err.code).toBe('request.validation_failed');
    expect(err.details).toEqual([{ field: 'populations', message: 'year 2022 twice' }]);
  });

  it('returns an empty list for no figures', () => {
    expect(normalisePopulations([])).toEqual([]);
  });

  it('does not change the list it was given', () => {
    const input = [figure(2019, 1), figure(2023, 3), figure(2021, 2)];
    const copy = structuredClone(input);
    normalisePopulations(input);
    expect(input).toEqual(copy);
  });

  it('keeps the other fields of each figure', () => {
    const [only] = normalisePopulations([{ year: 2020, population: 5, asOf: '2020-11-01', source: 'Kommunen' }]);
    expect(only).toEqual({ year: 2020, population: 5, asOf: '2020-11-01', source: 'Kommunen' });
  });
});
