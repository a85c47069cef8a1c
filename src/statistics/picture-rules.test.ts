import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countyAverage } from './picture-rules.js';

describe('countyAverage', () => {
  it('averages the municipalities that have a value, per K, M and T, and counts them', () => {
    const avg = countyAverage(
      [
        { K: 10, M: 20, T: 30 },
        { K: 20, M: null, T: 40 },
        { K: null, M: 40, T: null },
      ],
      8,
    );
    expect(avg).toEqual({ K: 15, M: 30, T: 35, ratio: 0.5, count: { K: 2, M: 2, T: 2 }, of: 8 });
  });

  it('keeps missing as missing: no values give null, never 0', () => {
    const avg = countyAverage([{ K: null, M: null, T: null }]);
    expect(avg).toEqual({ K: null, M: null, T: null, ratio: null, count: { K: 0, M: 0, T: 0 }, of: 1 });
    expect(countyAverage([]).T).toBeNull();
  });

  it('is unweighted: a mean of the municipalities, not of their populations', () => {
    expect(
      countyAverage([
        { K: 1, M: 1, T: 100_000 },
        { K: 3, M: 1, T: 2_000 },
      ]).T,
    ).toBe(51_000);
  });

  it('lies between the lowest and highest value, and a constant gives itself', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null }), { minLength: 1 }),
        (ts) => {
          const avg = countyAverage(ts.map((T) => ({ K: null, M: null, T })));
          const xs = ts.filter((v): v is number => v !== null);
          expect(avg.count.T).toBe(xs.length);
          if (!xs.length) {
            expect(avg.T).toBeNull();
            return;
          }
          expect(avg.T!).toBeGreaterThanOrEqual(Math.min(...xs) - 1e-4);
          expect(avg.T!).toBeLessThanOrEqual(Math.max(...xs) + 1e-4);
        },
      ),
    );
    expect(
      countyAverage([
        { K: 7.5, M: 7.5, T: 7.5 },
        { K: 7.5, M: 7.5, T: 7.5 },
      ]),
    ).toMatchObject({ T: 7.5, ratio: 1 });
  });
});
