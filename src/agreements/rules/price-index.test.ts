import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LPIX_EXAMPLE } from './test-support.js';
import { checkSeries, indexAppliedIn, yearlyAmount, yearlyAmounts, type IndexValue } from './price-index.js';

const v = (year: number, basisPoints: number): IndexValue => ({
  year,
  basisPoints,
  source: 'test',
  preliminary: false,
});

/** Independent reference: split into whole and remainder, and round a remainder of half or more up. */
function reference(base: number, fromYear: number, bps: Map<number, number>, year: number): bigint {
  let a = BigInt(base);
  for (let y = fromYear; y <= year; y++) {
    const p = a * BigInt(10000 + bps.get(y)!);
    const whole = p / 10000n;
    a = (p - whole * 10000n) * 2n >= 10000n ? whole + 1n : whole;
  }
  return a;
}

describe('index adjustment', () => {
  it('Bräcke: 443 000 kr in 2014 and 2015, then LPIX from 2016 compounded', () => {
    const ix = { fromYear: 2016, series: LPIX_EXAMPLE };
    expect(yearlyAmount(44_300_000, ix, 2014)).toEqual({ amountOre: 44_300_000, applied: [] });
    expect(yearlyAmount(44_300_000, ix, 2015)).toEqual({ amountOre: 44_300_000, applied: [] });
    const y2016 = yearlyAmount(44_300_000, ix, 2016);
    expect(y2016.amountOre).toBe(45_496_100); // 443 000 × 1,027 = 454 961,00 kr
    expect(indexAppliedIn(y2016, 2016)).toEqual(LPIX_EXAMPLE[0]);
    const y2017 = yearlyAmount(44_300_000, ix, 2017);
    expect(y2017.amountOre).toBe(46_906_479); // 454 961 × 1,031 = 469 064,791 kr → 469 064,79
    expect(y2017.applied.map((a) => a.year)).toEqual([2016, 2017]);
    expect(indexAppliedIn(yearlyAmount(44_300_000, ix, 2015), 2015)).toBeNull();
  });

  it('rounds half up at every year', () => {
    expect(yearlyAmount(50, { fromYear: 2020, series: [v(2020, 100)] }, 2020).amountOre).toBe(51); // 50,5 → 51
    expect(yearlyAmount(150, { fromYear: 2020, series: [v(2020, -100)] }, 2020).amountOre).toBe(149); // 148,5 → 149
    expect(yearlyAmount(149, { fromYear: 2020, series: [v(2020, 100)] }, 2020).amountOre).toBe(150); // 150,49 → 150
    // per-year rounding, not once at the end: 1 öre × 1,4 × 1,4 = 1,96, but 1 → 1 → 1
    expect(yearlyAmount(1, { fromYear: 2020, series: [v(2020, 4000), v(2021, 4000)] }, 2021).amountOre).toBe(1);
  });

  it('names the year whose index value is missing', () => {
    expect(() => yearlyAmount(44_300_000, { fromYear: 2016, series: LPIX_EXAMPLE }, 2019)).toThrow(
      expect.objectContaining({ code: 'agreement.index_missing', details: { year: 2019 } }),
    );
    const gap = [v(2016, 100), v(2018, 100)];
    expect(() => yearlyAmount(1000, { fromYear: 2016, series: gap }, 2018)).toThrow(
      expect.objectContaining({ code: 'agreement.index_missing', details: { year: 2017 } }),
    );
    expect(() => yearlyAmount(1000, { fromYear: 2016, series: [] }, 2015)).not.toThrow();
  });

  it('refuses a bad series', () => {
    expect(() => checkSeries([v(2016, 100), v(2016, 200)])).toThrow(
      expect.objectContaining({ code: 'agreement.index_duplicate', details: { year: 2016 } }),
    );
    expect(() => checkSeries([v(2016, -10000)])).toThrow(expect.objectContaining({ code: 'agreement.index_invalid' }));
    expect(() => checkSeries([v(2016, 2.5)])).toThrow(expect.objectContaining({ code: 'agreement.index_invalid' }));
    expect(() => checkSeries([v(2016.5, 25)])).toThrow(expect.objectContaining({ code: 'agreement.index_invalid' }));
  });

  const arbCase = fc.record({
    base: fc.integer({ min: 0, max: 10_000_000_000 }),
    fromYear: fc.integer({ min: 2000, max: 2030 }),
    bps: fc.array(fc.integer({ min: -500, max: 1500 }), { minLength: 1, maxLength: 15 }),
  });
  const series = (fromYear: number, bps: number[]) => bps.map((b, i) => v(fromYear + i, b));

  it('compounding over any index series equals a BigInt reference computation', () => {
    fc.assert(
      fc.property(arbCase, fc.nat(20), ({ base, fromYear, bps }, k) => {
        const year = fromYear - 3 + (k % (bps.length + 3));
        const r = yearlyAmount(base, { fromYear, series: series(fromYear, bps) }, year);
        const map = new Map(bps.map((b, i) => [fromYear + i, b]));
        return (
          BigInt(r.amountOre) === reference(base, fromYear, map, year) &&
          r.applied.length === Math.max(0, year - fromYear + 1)
        );
      }),
    );
  });

  it('with every index value 0 the amount never changes', () => {
    fc.assert(
      fc.property(arbCase, ({ base, fromYear, bps }) =>
        yearlyAmounts(
          base,
          {
            fromYear,
            series: series(
              fromYear,
              bps.map(() => 0),
            ),
          },
          fromYear - 2,
          fromYear + bps.length - 1,
        ).every((y) => y.amountOre === base),
      ),
    );
  });

  it('with non-negative index values the amount never decreases', () => {
    fc.assert(
      fc.property(arbCase, ({ base, fromYear, bps }) => {
        const list = yearlyAmounts(
          base,
          { fromYear, series: series(fromYear, bps.map(Math.abs)) },
          fromYear - 2,
          fromYear + bps.length - 1,
        );
        return list.every((y, i) => i === 0 || y.amountOre >= list[i - 1].amountOre);
      }),
    );
  });

  it('the whole list and single years agree, and the applied values are the years in order', () => {
    fc.assert(
      fc.property(arbCase, ({ base, fromYear, bps }) => {
        const ix = { fromYear, series: series(fromYear, bps) };
        const list = yearlyAmounts(base, ix, fromYear - 1, fromYear + bps.length - 1);
        return list.every((y, i) => {
          const single = yearlyAmount(base, ix, fromYear - 1 + i);
          return single.amountOre === y.amountOre && y.applied.every((a, j) => a.year === fromYear + j);
        });
      }),
    );
  });
});
