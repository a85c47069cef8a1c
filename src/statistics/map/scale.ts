/**
 * The colour classes of a municipality map: pure, for the server's SVG and the browser alike.
 *
 * - `value`: sequential, up to five classes of equal width (or quantiles) between the lowest and the
 *   highest value, light (low) to dark (high).
 * - `ratio` (women/men, 1 = equal): diverging, five classes symmetric around 1 on a log scale (0.8 is as
 *   far from equal as 1.25), the middle class "about equal" in neutral grey.
 *
 * Colours are ColorBrewer's Blues and PuOr (Cynthia Brewer, Penn State), chosen for print and for colour
 * vision deficiency; neighbouring classes differ in luminance by a contrast of at least 1.3 (tested), and
 * missing values are hatched, never just another colour.
 */
export type MapMode = 'value' | 'ratio';
export type Classify = 'equal' | 'quantile';

export interface MapClass {
  /** Inclusive lower bound (`-Infinity` for the open first class of a ratio scale). */
  lower: number;
  /** Upper bound, exclusive except for the last class (`Infinity` for the open last class of a ratio scale). */
  upper: number;
  colour: string;
}

export interface MapScale {
  mode: MapMode;
  classes: MapClass[];
  /** Fraction digits that tell the class bounds apart. */
  digits: number;
  /** The class of a value; `null` for a missing (or non-finite) one. */
  classOf: (v: number | null | undefined) => number | null;
}

/** Sequential ColorBrewer Blues for 1–5 classes. */
const BLUES: string[][] = [
  ['#6baed6'],
  ['#bdd7e7', '#3182bd'],
  ['#deebf7', '#9ecae1', '#3182bd'],
  ['#eff3ff', '#bdd7e7', '#6baed6', '#2171b5'],
  ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'],
];
/** Diverging ColorBrewer PuOr, 5 classes: men higher (orange) · about equal (grey) · women higher (purple). */
export const RATIO_COLOURS = ['#e66101', '#fdb863', '#f7f7f7', '#b2abd2', '#5e3c99'];
/** Neighbouring bounds (r1, r2) of the ratio scale; the first pair whose classes reach the data is used. */
export const RATIO_LADDER: [number, number][] = [
  [1.02, 1.05],
  [1.05, 1.1],
  [1.1, 1.25],
  [1.25, 1.5],
  [1.5, 2],
  [2, 3],
  [3, 5],
];

const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
const roundTo = (v: number, digits: number, how: 'floor' | 'ceil' | 'round') => {
  const f = 10 ** digits;
  return Math[how](v * f - (how === 'ceil' ? 1e-9 : how === 'floor' ? -1e-9 : 0)) / f;
};

/** A sequential scale over the values present. */
export function valueScale(values: Iterable<number | null | undefined>, classify: Classify = 'equal'): MapScale {
  const xs = [...values].filter(finite).sort((a, b) => a - b);
  const distinct = new Set(xs).size;
  const n = Math.min(5, distinct);
  const classOfBreaks = (classes: MapClass[]) => (v: number | null | undefined) => {
    if (!finite(v) || !classes.length) return null;
    let i = 0;
    while (i < classes.length - 1 && v >= classes[i + 1].lower) i++;
    return i;
  };
  if (n === 0) return { mode: 'value', classes: [], digits: 0, classOf: () => null };
  const min = xs[0];
  const max = xs[xs.length - 1];
  const step = n > 1 ? (max - min) / n : 0;
  const integers = xs.every(Number.isInteger);
  const digits =
    n === 1 || (integers && step >= 1)
      ? integers
        ? 0
        : 2
      : Math.min(4, Math.max(0, Math.ceil(-Math.log10(step)) + 1));
  let cuts: number[];
  if (classify === 'quantile')
    cuts = Array.from({ length: n - 1 }, (_, k) => xs[Math.floor(((k + 1) * xs.length) / n)]);
  else cuts = Array.from({ length: n - 1 }, (_, k) => min + (k + 1) * step);
  const bounds = [
    roundTo(min, digits, 'floor'),
    ...cuts.map((c) => roundTo(c, digits, 'round')),
    roundTo(max, digits, 'ceil'),
  ];
  // Rounding or ties (quantiles of repeated values) can make bounds meet: merge such classes.
  const unique = bounds.filter((b, i) => i === 0 || b > bounds[i - 1]);
  if (unique.length === 1) unique.push(unique[0]);
  const k = unique.length - 1;
  const palette = BLUES[k - 1];
  const classes = palette.map((colour, i) => ({ lower: unique[i], upper: unique[i + 1], colour }));
  return { mode: 'value', classes, digits, classOf: classOfBreaks(classes) };
}

/** The farthest a ratio lies from 1, as a factor ≥ 1 (0.8 → 1.25). */
const spread = (v: number) => (v > 0 ? Math.max(v, 1 / v) : Infinity);

/** A diverging scale centred on 1; `bounds` fixes (r1, r2), otherwise the ladder's first pair that fits. */
export function ratioScale(values: Iterable<number | null | undefined>, bounds?: [number, number]): MapScale {
  const widest = Math.max(1, ...[...values].filter(finite).map(spread));
  const [r1, r2] =
    bounds ?? RATIO_LADDER.find(([a, b]) => b * (b / a) >= widest) ?? RATIO_LADDER[RATIO_LADDER.length - 1];
  if (!(r1 > 1 && r2 > r1)) throw new RangeError('Ratio bounds must satisfy 1 < r1 < r2');
  const edges = [-Infinity, 1 / r2, 1 / r1, r1, r2, Infinity];
  const classes = RATIO_COLOURS.map((colour, i) => ({ lower: edges[i], upper: edges[i + 1], colour }));
  const l1 = Math.log(r1);
  const l2 = Math.log(r2);
  const classOf = (v: number | null | undefined) => {
    if (!finite(v)) return null;
    if (v <= 0) return 0;
    // On |ln v|, so that v and 1/v land in mirrored classes; the tolerance puts 0.8 with 1.25 (ln 0.8 is an
    // ulp closer to 0 than ln 1.25), as the legend's "≤ 0,80" and "≥ 1,25" say.
    const t = Math.log(v);
    const a = Math.abs(t) + 1e-12;
    const away = a >= l2 ? 2 : a >= l1 ? 1 : 0;
    return 2 + Math.sign(t) * away;
  };
  return { mode: 'ratio', classes, digits: 2, classOf };
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
