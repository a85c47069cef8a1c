import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  baseline,
  compare,
  countyFigure,
  DIRECTIONS,
  latest,
  measuredSeries,
  standing,
  targetStatus,
  trend,
  type YearFigures,
} from './indicator-rules.js';

const arbValue = fc.option(fc.double({ min: 0.1, max: 10_000, noNaN: true }), { nil: null, freq: 4 });
const arbFigures = fc
  .uniqueArray(fc.integer({ min: 2000, max: 2030 }), { minLength: 0, maxLength: 10 })
  .chain((years) =>
    fc.tuple(...years.map((year) => fc.record({ year: fc.constant(year), K: arbValue, M: arbValue, T: arbValue }))),
  ) as fc.Arbitrary<YearFigures[]>;
const arbDirection = fc.constantFrom(...DIRECTIONS);

describe('indicator rules (written down in indicator-rules.ts)', () => {
  it('the examples: population up is better, smoking up is worse, a ratio nearer 1 is better', () => {
    const s = [
      { year: 2020, value: 100 },
      { year: 2024, value: 120 },
    ];
    expect(trend(s, 'increase', null)).toEqual({ kind: 'better', from: s[0], to: s[1] });
    expect(trend(s, 'decrease', null)?.kind).toBe('worse');
    expect(trend([...s, { year: 2025, value: 120.5 }], 'increase', 2024)?.kind).toBe('unchanged');
    expect(compare(0.8, 0.95, 'equality')).toBe('better');
    expect(compare(0.95, 1.2, 'equality')).toBe('worse');
    expect(compare(0.9, 1.1, 'equality')).toBe('unchanged');
    expect(compare(0.972, 0.973, 'equality')).toBe('unchanged');
    expect(compare(0.972, 0.95, 'equality')).toBe('worse');
    expect(trend(s, 'increase', 2019)).toBeNull(); // baseline year named but without a value
    expect(targetStatus({ year: 2024, value: 120 }, { value: 130, year: 2030 }, 'increase')).toBe('not_reached');
    expect(targetStatus({ year: 2030, value: 120 }, { value: 130, year: 2030 }, 'increase')).toBe('missed');
    expect(targetStatus({ year: 2024, value: 0.98 }, { value: 0.97, year: null }, 'equality')).toBe('reached');
    expect(targetStatus({ year: 2024, value: 1 }, { value: null, year: null }, 'increase')).toBeNull();
    expect(countyFigure(null, [10, null, 20])).toEqual({ value: 15, basis: 'municipalities_average', count: 2 });
    expect(countyFigure(12, [10, 20])).toEqual({ value: 12, basis: 'region', count: 1 });
    expect(countyFigure(null, [null])).toBeNull();
    expect(standing(80, 70, 'increase')).toBe('better');
    expect(standing(null, 70, 'increase')).toBeNull();
  });

  it('a missing value is never read as 0: the measured series has only years with a value', () => {
    fc.assert(
      fc.property(arbFigures, arbDirection, (figures, direction) => {
        const series = measuredSeries(figures, direction);
        for (const v of series) {
          const f = figures.find((x) => x.year === v.year)!;
          if (direction === 'equality') expect(f.K !== null && f.M !== null).toBe(true);
          else expect(v.value).toBe(f.T);
        }
        const withValue = figures.filter((f) =>
          direction === 'equality' ? f.K !== null && f.M !== null : f.T !== null,
        );
        expect(series).toHaveLength(withValue.length);
        expect(series.map((v) => v.year)).toEqual([...series.map((v) => v.year)].sort((a, b) => a - b));
      }),
    );
  });

  it('latest is the newest year with a value, the default baseline the oldest; a trend runs forward', () => {
    fc.assert(
      fc.property(arbFigures, arbDirection, (figures, direction) => {
        const series = measuredSeries(figures, direction);
        const l = latest(series);
        const b = baseline(series, null);
        if (!series.length) {
          expect(l ?? b).toBeNull();
          return;
        }
        expect(l!.year).toBe(Math.max(...series.map((v) => v.year)));
        expect(b!.year).toBe(Math.min(...series.map((v) => v.year)));
        const t = trend(series, direction, null);
        if (series.length < 2) expect(t).toBeNull();
        else expect(t!.from.year).toBeLessThan(t!.to.year);
      }),
    );
  });

  it('turning the wanted direction round turns better into worse; unchanged stays unchanged', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (a, b) => {
          const up = compare(a, b, 'increase');
          const down = compare(a, b, 'decrease');
          const flipped = { better: 'worse', worse: 'better', unchanged: 'unchanged' } as const;
          expect(down).toBe(flipped[up]);
          expect(compare(a, a, 'increase')).toBe('unchanged');
          // antisymmetry: from b to a is the opposite of from a to b
          expect(compare(b, a, 'increase')).toBe(flipped[up]);
        },
      ),
    );
  });

  it('equality judges the distance from 1: a ratio and its mirror the same distance away are unchanged', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.02, max: 0.9, noNaN: true }), (d) => {
        expect(compare(1 - d, 1 + d, 'equality')).toBe('unchanged');
        expect(compare(1 - d, 1, 'equality')).toBe('better');
        expect(compare(1, 1 + d, 'equality')).toBe('worse');
      }),
    );
  });

  it('a target is reached exactly when the latest value is at or past it in the wanted direction', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        arbDirection,
        fc.option(fc.integer({ min: 2000, max: 2040 }), { nil: null }),
        (value, target, direction, targetYear) => {
          const status = targetStatus({ year: 2024, value }, { value: target, year: targetYear }, direction);
          const reached =
            direction === 'increase'
              ? value >= target
              : direction === 'decrease'
                ? value <= target
                : Math.abs(value - 1) <= Math.abs(target - 1);
          expect(status === 'reached').toBe(reached);
          if (!reached) expect(status).toBe(targetYear !== null && 2024 >= targetYear ? 'missed' : 'not_reached');
        },
      ),
    );
  });

  it('the county figure lies between its municipalities’ lowest and highest; the region wins when stored', () => {
    fc.assert(
      fc.property(fc.array(arbValue, { maxLength: 12 }), arbValue, (municipalities, region) => {
        const c = countyFigure(region, municipalities);
        if (region !== null) {
          expect(c).toEqual({ value: region, basis: 'region', count: 1 });
          return;
        }
        const known = municipalities.filter((v): v is number => v !== null);
        if (!known.length) {
          expect(c).toBeNull();
          return;
        }
        expect(c!.value).toBeGreaterThanOrEqual(Math.min(...known) - 1e-9);
        expect(c!.value).toBeLessThanOrEqual(Math.max(...known) + 1e-9);
        expect(c!.count).toBe(known.length);
      }),
    );
  });
});
