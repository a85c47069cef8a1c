/**
 * The rules of an indicator (issue 13 item 5), written down:
 *
 * 1. **The measured value.** An indicator wanted to `increase` or `decrease` is measured by its
 *    total (T). One wanted `towards equality` is measured by its women/men ratio K/M, and what is
 *    judged is the ratio's distance from 1 (|K/M − 1|): the smaller, the better.
 * 2. **Missing is missing.** A year without a value ("uppgift saknas") is skipped, never read as 0.
 * 3. **Latest value:** the value of the latest year that has one.
 * 4. **Baseline:** the value of the baseline year when the indicator names one and that year has a
 *    value; otherwise the first year that has a value. The baseline year named but without a value
 *    gives no baseline (the page says "uppgift saknas" rather than quietly choosing another year).
 * 5. **Trend:** from the baseline to the latest value (their years are given). The change is
 *    `unchanged` when it is within 1 % of the larger of the two magnitudes (or both are 0), else
 *    `better` when it goes the wanted way and `worse` when it does not. Towards equality the change
 *    judged is that of the distance from 1, and it is `unchanged` within 1 % of the larger ratio
 *    (0.972 → 0.973 is unchanged; 0.80 → 0.95 is better; 0.90 → 1.10 is unchanged). No trend (null)
 *    when there is no baseline, no latest value, or both are of the same year.
 * 6. **Target:** with a target value, `reached` when the latest value is at or past it in the wanted
 *    direction (increase: ≥ target; decrease: ≤ target; equality: |ratio − 1| ≤ |target − 1|),
 *    otherwise `not_reached`; null when there is no target or no latest value. A target year that
 *    has passed without the target reached is `missed`.
 * 7. **The county against the country:** the county's figure is the region's (00LL) when stored,
 *    else the unweighted average of its municipalities' values of that year (those with a value);
 *    it is compared with the country's (0000) of the same year by the same rule as a trend (1 %):
 *    `better`, `worse` or `same`; null when either is missing.
 */

export const DIRECTIONS = ['increase', 'decrease', 'equality'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export type TrendKind = 'better' | 'worse' | 'unchanged';
export type TargetStatus = 'reached' | 'not_reached' | 'missed';

/** One year's figures of an area; null is a missing value. */
export interface YearFigures {
  year: number;
  K: number | null;
  M: number | null;
  T: number | null;
}

export interface YearValue {
  year: number;
  value: number;
}

export interface Trend {
  kind: TrendKind;
  from: YearValue;
  to: YearValue;
}

/** Tolerance of "unchanged" and "same": 1 % of the larger magnitude. */
export const TOLERANCE = 0.01;

/** Women per men, 1 = equal; null when either is missing or men's is 0 (rule 1, 2). */
export function equalityRatio(k: number | null, m: number | null): number | null {
  if (k === null || m === null || m === 0) return null;
  return k / m;
}

/** The value an indicator is measured by in one year (rule 1), or null when missing (rule 2). */
export function measured(f: YearFigures, direction: Direction): number | null {
  return direction === 'equality' ? equalityRatio(f.K, f.M) : f.T;
}

/** The measured values of the years that have one, oldest first. */
export function measuredSeries(figures: readonly YearFigures[], direction: Direction): YearValue[] {
  return figures
    .map((f) => ({ year: f.year, value: measured(f, direction) }))
    .filter((v): v is YearValue => v.value !== null && Number.isFinite(v.value))
    .sort((a, b) => a.year - b.year);
}

/** Rule 3. */
export function latest(series: readonly YearValue[]): YearValue | null {
  return series.length ? series.reduce((a, b) => (b.year > a.year ? b : a)) : null;
}

/** Rule 4. */
export function baseline(series: readonly YearValue[], baselineYear: number | null): YearValue | null {
  if (baselineYear !== null) return series.find((v) => v.year === baselineYear) ?? null;
  return series.length ? series.reduce((a, b) => (b.year < a.year ? b : a)) : null;
}

/** How good a value is in the wanted direction: higher is better (equality: closer to 1). */
export function goodness(value: number, direction: Direction): number {
  return direction === 'increase' ? value : direction === 'decrease' ? -value : -Math.abs(value - 1);
}

/** Whether two values are the same within the tolerance (rules 5, 7). */
export function withinTolerance(a: number, b: number): boolean {
  return Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/** Compare `to` with `from` in the wanted direction: better, worse or unchanged. */
export function compare(from: number, to: number, direction: Direction): TrendKind {
  if (direction === 'equality') {
    const change = Math.abs(to - 1) - Math.abs(from - 1);
    if (Math.abs(change) <= TOLERANCE * Math.max(Math.abs(from), Math.abs(to))) return 'unchanged';
    return change < 0 ? 'better' : 'worse';
  }
  if (withinTolerance(from, to)) return 'unchanged';
  return goodness(to, direction) > goodness(from, direction) ? 'better' : 'worse';
}

/** Rule 5. */
export function trend(series: readonly YearValue[], direction: Direction, baselineYear: number | null): Trend | null {
  const from = baseline(series, baselineYear);
  const to = latest(series);
  if (!from || !to || from.year >= to.year) return null;
  return { kind: compare(from.value, to.value, direction), from, to };
}

/** Rule 6. */
export function targetStatus(
  last: YearValue | null,
  target: { value: number | null; year: number | null },
  direction: Direction,
): TargetStatus | null {
  if (target.value === null || !last) return null;
  const reached =
    direction === 'increase'
      ? last.value >= target.value
      : direction === 'decrease'
        ? last.value <= target.value
        : Math.abs(last.value - 1) <= Math.abs(target.value - 1);
  if (reached) return 'reached';
  return target.year !== null && last.year >= target.year ? 'missed' : 'not_reached';
}

/** Rule 7: the county's figure of a year, and what it was made from. */
export function countyFigure(
  region: number | null,
  municipalities: readonly (number | null)[],
): { value: number; basis: 'region' | 'municipalities_average'; count: number } | null {
  if (region !== null) return { value: region, basis: 'region', count: 1 };
  const known = municipalities.filter((v): v is number => v !== null && Number.isFinite(v));
  if (!known.length) return null;
  return {
    value: known.reduce((s, v) => s + v, 0) / known.length,
    basis: 'municipalities_average',
    count: known.length,
  };
}

/** Rule 7: the county against the country, in the wanted direction. */
export function standing(
  county: number | null,
  country: number | null,
  direction: Direction,
): 'better' | 'worse' | 'same' | null {
  if (county === null || country === null) return null;
  const kind = compare(country, county, direction);
  return kind === 'unchanged' ? 'same' : kind;
}
