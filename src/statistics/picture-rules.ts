/** Pure rules of the county's picture: the county's average of its municipalities. */
import type { CountyAverage } from './contract.js';
import { ratio } from './rules.js';

type Figures = { K: number | null; M: number | null; T: number | null };

/** A mean kept to a few decimals, like the source's figures (Kolada gives at most one or two). */
const round = (v: number) => Math.round(v * 1e4) / 1e4;

/**
 * The unweighted mean of the municipalities that have a value, for K, M and T separately: a missing
 * value is left out (never counted as 0), and with no value at all the average is missing too. `of` is
 * how many municipalities the county has, so a reader sees "from 6 of 8".
 */
export function countyAverage(municipalities: readonly Figures[], of = municipalities.length): CountyAverage {
  const mean = (g: keyof Figures) => {
    const xs = municipalities.map((m) => m[g]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    return { value: xs.length ? round(xs.reduce((a, b) => a + b, 0) / xs.length) : null, n: xs.length };
  };
  const K = mean('K');
  const M = mean('M');
  const T = mean('T');
  return {
    K: K.value,
    M: M.value,
    T: T.value,
    ratio: ratio(K.value, M.value),
    count: { K: K.n, M: M.n, T: T.n },
    of,
  };
}
