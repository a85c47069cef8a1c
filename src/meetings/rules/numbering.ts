import { meetingRuleError } from './errors.js';

/**
 * Registration numbers (diarienummer) of cases: a series (the diary, e.g. RS for the regional
 * board's), a running number and the year — written `RS/333/2015`. Region Halland writes the same
 * parts compactly, `RS181020` = series RS, year 2018, number 1020 (our reading of seed 004: two
 * year digits and a running number of at least four digits). Running numbers count from 1 within a
 * series and year and are never reused, also not after a case is withdrawn or deleted.
 */
export interface RegistrationNumber {
  series: string;
  number: number;
  year: number;
}
export type RegistrationFormat = 'slash' | 'compact';

const SERIES = /^[A-ZÅÄÖ][A-ZÅÄÖ0-9-]{0,9}$/;
const SLASH = /^([A-ZÅÄÖ][A-ZÅÄÖ0-9-]{0,9})\/(\d{1,6})\/(\d{4})$/;
const COMPACT = /^([A-ZÅÄÖ]{1,10})(\d{2})(\d{4,6})$/;
const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

function invalid(value: unknown, why: string): never {
  throw meetingRuleError('meeting_rule.registration_number_invalid', `"${String(value)}": ${why}`, { value });
}

export function validateRegistrationNumber(r: RegistrationNumber): RegistrationNumber {
  if (typeof r.series !== 'string' || !SERIES.test(r.series))
    invalid(r.series, 'the series is 1–10 capital letters (digits and - after the first), e.g. RS');
  if (!Number.isInteger(r.number) || r.number < 1 || r.number > 999_999)
    invalid(r.number, 'the running number is a whole number from 1 to 999999');
  if (!Number.isInteger(r.year) || r.year < MIN_YEAR || r.year > MAX_YEAR)
    invalid(r.year, `the year has four digits (${MIN_YEAR}–${MAX_YEAR})`);
  return r;
}

/** Parses `RS/333/2015` (leading zeros allowed, series case-insensitive) or the compact `RS181020`. */
export function parseRegistrationNumber(text: string): RegistrationNumber & { format: RegistrationFormat } {
  const s = typeof text === 'string' ? text.trim().toUpperCase() : '';
  const slash = SLASH.exec(s);
  if (slash) {
    const r = { series: slash[1]!, number: Number(slash[2]), year: Number(slash[3]) };
    return { ...validateRegistrationNumber(r), format: 'slash' };
  }
  const compact = COMPACT.exec(s);
  if (compact) {
    const r = { series: compact[1]!, number: Number(compact[3]), year: 2000 + Number(compact[2]) };
    return { ...validateRegistrationNumber(r), format: 'compact' };
  }
  return invalid(text, 'write SERIES/NUMBER/YEAR, e.g. RS/333/2015');
}

export function isRegistrationNumber(text: string): boolean {
  try {
    parseRegistrationNumber(text);
    return true;
  } catch {
    return false;
  }
}

/** `RS/333/2015`; compact: `RS151020`-style (years 2000–2099, number padded to four digits). */
export function formatRegistrationNumber(r: RegistrationNumber, format: RegistrationFormat = 'slash'): string {
  validateRegistrationNumber(r);
  if (format === 'slash') return `${r.series}/${r.number}/${r.year}`;
  if (r.year < 2000 || r.year > 2099 || !/^[A-ZÅÄÖ]+$/.test(r.series))
    invalid(`${r.series}/${r.number}/${r.year}`, 'the compact form needs a series of letters and a year 2000–2099');
  return `${r.series}${String(r.year - 2000).padStart(2, '0')}${String(r.number).padStart(4, '0')}`;
}

const sameSeriesYear = (a: RegistrationNumber, series: string, year: number) => a.series === series && a.year === year;

/**
 * The next running number in a series and year: one more than the highest ever taken there,
 * withdrawn numbers included (`taken` holds every number ever given, whatever became of the case).
 */
export function nextRegistrationNumber(
  taken: readonly RegistrationNumber[],
  series: string,
  year: number,
): RegistrationNumber {
  validateRegistrationNumber({ series, number: 1, year });
  const highest = taken.filter((t) => sameSeriesYear(t, series, year)).reduce((m, t) => Math.max(m, t.number), 0);
  return validateRegistrationNumber({ series, number: highest + 1, year });
}

/** Throws `meeting_rule.registration_number_taken` (409) when the number was ever given. */
export function assertRegistrationNumberFree(
  candidate: RegistrationNumber,
  taken: readonly RegistrationNumber[],
): void {
  validateRegistrationNumber(candidate);
  if (taken.some((t) => sameSeriesYear(t, candidate.series, candidate.year) && t.number === candidate.number))
    throw meetingRuleError(
      'meeting_rule.registration_number_taken',
      `${formatRegistrationNumber(candidate)} is already used`,
      { registrationNumber: formatRegistrationNumber(candidate) },
    );
}

/**
 * § numbers run continuously per body and calendar year (§ 1 at the year's first meeting; seed 003:
 * Regionstyrelsen § 144 and § 161 in 2015). `existing` holds the body's §§; the next is one more
 * than the year's highest, so a § that was removed before adjusting is not reused either.
 */
export interface ParagraphNumber {
  number: number;
  year: number;
}

function checkParagraph(p: ParagraphNumber): void {
  if (
    !Number.isInteger(p.number) ||
    p.number < 1 ||
    !Number.isInteger(p.year) ||
    p.year < MIN_YEAR ||
    p.year > MAX_YEAR
  )
    throw meetingRuleError(
      'meeting_rule.paragraph_number_invalid',
      `§ ${p.number} (${p.year}) is not a valid § number`,
      p,
    );
}

export function nextParagraphNumber(existing: readonly ParagraphNumber[], year: number): number {
  checkParagraph({ number: 1, year });
  return existing.filter((p) => p.year === year).reduce((m, p) => Math.max(m, p.number), 0) + 1;
}

/** Numbers `count` new §§ of a meeting in order, continuing the body's year. */
export function numberParagraphs(existing: readonly ParagraphNumber[], year: number, count: number): number[] {
  const first = nextParagraphNumber(existing, year);
  return Array.from({ length: count }, (_, i) => first + i);
}

/** Duplicates and gaps in a body's §§ of one year (a gap is allowed only for a removed §; say so). */
export function paragraphNumberProblems(
  existing: readonly ParagraphNumber[],
  year: number,
): {
  duplicates: number[];
  gaps: number[];
} {
  const numbers = existing.filter((p) => p.year === year).map((p) => (checkParagraph(p), p.number));
  const seen = new Set<number>();
  const duplicates = new Set<number>();
  for (const n of numbers) (seen.has(n) ? duplicates : seen).add(n);
  const highest = numbers.reduce((m, n) => Math.max(m, n), 0);
  const gaps = Array.from({ length: highest }, (_, i) => i + 1).filter((n) => !seen.has(n));
  return { duplicates: [...duplicates].sort((a, b) => a - b), gaps };
}
