import { agreementError } from './errors.js';
import { assertOre, roundHalfUp, toSafeNumber, type Ore } from './money.js';

/**
 * One year's value of a price index (such as LPIX): the yearly change in percent × 100, so
 * 2,70 % is 270 and −0,35 % is −35. Users maintain the series; each value names its source and
 * whether it is preliminary or final.
 */
export interface IndexValue {
  year: number;
  basisPoints: number;
  source: string;
  preliminary: boolean;
}

export interface Indexation {
  /** The first year whose amount is adjusted (the seed: 2016). */
  fromYear: number;
  series: IndexValue[];
}

export interface YearlyAmount {
  amountOre: Ore;
  /** The index values used, oldest first (empty before fromYear). */
  applied: IndexValue[];
}

/** Checks a series: whole years, whole basis points above −100 %, at most one value per year. */
export function checkSeries(series: IndexValue[]): Map<number, IndexValue> {
  const byYear = new Map<number, IndexValue>();
  for (const v of series) {
    if (!Number.isInteger(v.year) || v.year < 1 || v.year > 9999) {
      throw agreementError('agreement.index_invalid', `index year ${v.year} is not a year`, {
        field: 'year',
        year: v.year,
      });
    }
    if (!Number.isInteger(v.basisPoints) || v.basisPoints <= -10000 || v.basisPoints > 1_000_000) {
      throw agreementError(
        'agreement.index_invalid',
        `index value for ${v.year} must be hundredths of a percent above −100 %`,
        { field: 'basisPoints', year: v.year, value: v.basisPoints },
      );
    }
    if (byYear.has(v.year))
      throw agreementError('agreement.index_duplicate', `the series has two values for ${v.year}`, { year: v.year });
    byYear.set(v.year, v);
  }
  return byYear;
}

/**
 * The rule written down: the base amount applies unchanged to every year before fromYear. From
 * fromYear on, the index value OF year Y adjusts the amount OF year Y: amount(Y) = amount(Y − 1) ×
 * (1 + index(Y)), compounded year on year, and rounded to whole öre half up at every year's step
 * (so each year's amount is exactly the amount paid that year, and next year builds on it).
 * Integer arithmetic only: amount × (10 000 + basis points) / 10 000. A year the computation needs
 * without an index value is an error naming that year (the earliest one missing).
 * Seed: 443 000 kr from 2014; LPIX from 2016 → 2014 and 2015 pay 443 000 kr, 2016 pays
 * 443 000 × (1 + LPIX 2016), 2017 pays that × (1 + LPIX 2017).
 */
export function yearlyAmount(baseOre: Ore, indexation: Indexation, year: number): YearlyAmount {
  return yearlyAmounts(baseOre, indexation, year, year)[0];
}

/** yearlyAmount for every year from firstYear to lastYear, computing the compounding once. */
export function yearlyAmounts(
  baseOre: Ore,
  { fromYear, series }: Indexation,
  firstYear: number,
  lastYear: number,
): YearlyAmount[] {
  assertOre(baseOre, 'base amount');
  for (const [field, y] of [
    ['fromYear', fromYear],
    ['year', firstYear],
    ['year', lastYear],
  ] as const) {
    if (!Number.isInteger(y))
      throw agreementError('agreement.index_invalid', `${field} ${y} is not a year`, { field, year: y });
  }
  const byYear = checkSeries(series);
  const out: YearlyAmount[] = [];
  let amount = BigInt(baseOre);
  const applied: IndexValue[] = [];
  for (let y = Math.min(fromYear, firstYear); y <= lastYear; y++) {
    if (y >= fromYear) {
      const v = byYear.get(y);
      if (!v) throw agreementError('agreement.index_missing', `the index value for ${y} is missing`, { year: y });
      amount = roundHalfUp(amount * BigInt(10000 + v.basisPoints), 10000n);
      applied.push(v);
    }
    if (y >= firstYear) out.push({ amountOre: toSafeNumber(amount, `amount ${y}`), applied: [...applied] });
  }
  return out;
}

/** The index value that adjusted year Y's amount, or null when Y is before fromYear. */
export function indexAppliedIn(result: YearlyAmount, year: number): IndexValue | null {
  const last = result.applied[result.applied.length - 1];
  return last && last.year === year ? last : null;
}
