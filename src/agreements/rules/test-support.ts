import fc from 'fast-check';
import { daysInMonth, makeDate, type IsoDate } from './dates.js';
import type { IndexValue } from './price-index.js';

/** Any calendar date in 1900–2199 (fast-check arbitraries shared by the rule tests). */
export const arbDate = (minYear = 1900, maxYear = 2199): fc.Arbitrary<IsoDate> =>
  fc
    .tuple(fc.integer({ min: minYear, max: maxYear }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .map(([y, m, d]) => makeDate(y, m, Math.min(d, daysInMonth(y, m))));

/** A date that is the last day of its month, February 29 included. */
export const arbMonthEnd = (minYear = 1900, maxYear = 2199): fc.Arbitrary<IsoDate> =>
  fc
    .tuple(fc.integer({ min: minYear, max: maxYear }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => makeDate(y, m, daysInMonth(y, m)));

/** Yearly amounts in öre up to 100 million kronor. */
export const arbYearOre = fc.integer({ min: 0, max: 10_000_000_000 });

/** Clearly marked example values, not real LPIX figures. */
export const LPIX_EXAMPLE: IndexValue[] = [
  { year: 2016, basisPoints: 270, source: 'Exempelvärde (ej verkligt LPIX)', preliminary: false },
  { year: 2017, basisPoints: 310, source: 'Exempelvärde (ej verkligt LPIX)', preliminary: false },
  { year: 2018, basisPoints: 290, source: 'Exempelvärde (ej verkligt LPIX)', preliminary: true },
];
