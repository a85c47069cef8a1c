import { agreementError } from './errors.js';

/**
 * Money is a whole number of öre (1 krona = 100 öre), never a float. Every rounding rule of the
 * agreement rules lives in this file:
 * - a year's amount is split into twelve months by splitYear (remainder to the first months);
 * - index adjustment rounds half up (roundHalfUp);
 * - an area's part of a month and a withholding round down (floorDiv);
 * - a county total is split by population with the largest-remainder method.
 */
export type Ore = number;

export function assertOre(value: number, field = 'amount', { allowNegative = false } = {}): void {
  if (!Number.isSafeInteger(value) || (!allowNegative && value < 0)) {
    throw agreementError(
      'agreement.amount_invalid',
      `${field}: ${value} is not a whole number of öre${allowNegative ? '' : ' ≥ 0'}`,
      { field, value },
    );
  }
}

/** Rounds num/den to the nearest integer; an exact half goes away from zero (2.5 → 3, −2.5 → −3). */
export function roundHalfUp(num: bigint, den: bigint): bigint {
  if (den === 0n) throw new RangeError('division by zero');
  if (den < 0n) return roundHalfUp(-num, -den);
  const neg = num < 0n;
  const a = neg ? -num : num;
  const q = (2n * a + den) / (2n * den);
  return neg ? -q : q;
}

/** num/den rounded down (towards −∞), for non-negative and negative values alike. */
export function floorDiv(num: bigint, den: bigint): bigint {
  if (den === 0n) throw new RangeError('division by zero');
  if (den < 0n) return floorDiv(-num, -den);
  const q = num / den;
  return q * den > num ? q - 1n : q;
}

export function toSafeNumber(v: bigint, field = 'amount'): number {
  const n = Number(v);
  if (!Number.isSafeInteger(n))
    throw agreementError('agreement.amount_invalid', `${field}: ${v} öre is too large`, { field, value: v.toString() });
  return n;
}

/**
 * The rule written down: a year's amount is paid as twelve monthly amounts. Each month gets the
 * year's amount divided by 12, rounded down to whole öre; the r öre left over (0–11) are given one
 * each to the first r months, January first. The twelve months therefore always sum exactly to
 * the year's amount, and no two months differ by more than one öre.
 * Example: 443 000,00 kr = 44 300 000 öre → 3 691 666 öre a month, remainder 8 → January–August
 * 3 691 667 öre (36 916,67 kr), September–December 3 691 666 öre (36 916,66 kr).
 */
export function splitYear(yearOre: Ore): Ore[] {
  assertOre(yearOre, 'yearly amount');
  const base = Math.floor(yearOre / 12);
  const remainder = yearOre - base * 12;
  return Array.from({ length: 12 }, (_, i) => base + (i < remainder ? 1 : 0));
}

/** The amount of one month (1–12) of a year under splitYear. */
export function monthOfYear(yearOre: Ore, month: number): Ore {
  return splitYear(yearOre)[month - 1];
}

/**
 * Splits a county total between municipalities in proportion to population so the parts sum
 * exactly to the total (largest-remainder / Hamilton method): everyone first gets
 * total × population / county population rounded down; the öre left over go one each to the
 * largest fractional remainders; equal remainders go first to the larger population, then to the
 * smaller id in string order.
 */
export function splitByPopulation<Id extends string>(
  totalOre: Ore,
  entries: { id: Id; population: number }[],
): Map<Id, Ore> {
  assertOre(totalOre, 'total');
  const ids = new Set<Id>();
  for (const e of entries) {
    if (!Number.isSafeInteger(e.population) || e.population < 0) {
      throw agreementError('agreement.population_invalid', `population of ${e.id} must be a whole number ≥ 0`, {
        field: 'population',
        id: e.id,
        value: e.population,
      });
    }
    if (ids.has(e.id))
      throw agreementError('agreement.population_invalid', `${e.id} is listed twice`, { field: 'id', id: e.id });
    ids.add(e.id);
  }
  const sum = entries.reduce((s, e) => s + BigInt(e.population), 0n);
  if (sum === 0n)
    throw agreementError('agreement.population_invalid', 'the total population is zero', { field: 'population' });
  const total = BigInt(totalOre);
  const rows = entries.map((e) => {
    const product = total * BigInt(e.population);
    return { e, share: product / sum, rest: product % sum };
  });
  let left = total - rows.reduce((s, r) => s + r.share, 0n);
  const order = [...rows].sort((a, b) =>
    a.rest !== b.rest
      ? a.rest > b.rest
        ? -1
        : 1
      : b.e.population !== a.e.population
        ? b.e.population - a.e.population
        : a.e.id < b.e.id
          ? -1
          : a.e.id > b.e.id
            ? 1
            : 0,
  );
  for (const r of order) {
    if (left === 0n) break;
    r.share += 1n;
    left -= 1n;
  }
  return new Map(rows.map((r) => [r.e.id, Number(r.share)]));
}

function groupThousands(digits: string, sep: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

export type MoneyLocale = 'sv' | 'en';

/**
 * Kronor with two decimals from integer öre, without floats: sv '443 000,00 kr' (no-break space
 * between thousands, as Intl's sv-SE does), en 'SEK 443,000.00'. Negative amounts get a minus sign.
 */
export function formatSek(ore: Ore, locale: MoneyLocale = 'sv'): string {
  assertOre(ore, 'amount', { allowNegative: true });
  const abs = Math.abs(ore);
  const kronor = String(Math.floor(abs / 100));
  const cents = String(abs % 100).padStart(2, '0');
  if (locale === 'en') return `${ore < 0 ? '-' : ''}SEK ${groupThousands(kronor, ',')}.${cents}`;
  return `${ore < 0 ? '\u2212' : ''}${groupThousands(kronor, '\u00a0')},${cents}\u00a0kr`;
}

/** Machine form for CSV and spreadsheets: '443000.00', '-0.05'. */
export function formatOreDecimal(ore: Ore): string {
  assertOre(ore, 'amount', { allowNegative: true });
  const abs = Math.abs(ore);
  return `${ore < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

// Digits, optionally grouped by threes with a space (also no-break or thin space), then optionally
// ',' or '.' and one or two decimals, then optionally 'kr' or 'SEK'.
const SEK = /^(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[,.](\d{1,2}))?(?:\s*(?:kr|sek))?$/i;

/**
 * Parses an amount in kronor typed by a person into öre, strictly: '443 000', '443000',
 * '443 000,50', '12.5', '443 000 kr'. Rejected: negative amounts, more than two decimals,
 * thousands groups that are not three digits ('44 30 00'), and a comma or point used as a
 * thousands separator ('443,000' is refused: it would be three decimals, never a guess).
 */
export function sekToOre(input: string, field = 'amount'): Ore {
  const s = typeof input === 'string' ? input.trim() : '';
  const m = SEK.exec(s);
  if (!m)
    throw agreementError('agreement.amount_invalid', `${field}: "${String(input)}" is not an amount in kronor`, {
      field,
      value: input,
    });
  const kronor = BigInt(m[1].replace(/\D/g, ''));
  const ore = BigInt((m[2] ?? '0').padEnd(2, '0'));
  return toSafeNumber(kronor * 100n + ore, field);
}
