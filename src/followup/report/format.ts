import type { Locale } from './texts.js';

/** Numbers, shares and dates as the report writes them in each language. */
const numbers = {
  sv: new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};

export const num = (n: number, locale: Locale): string => numbers[locale].format(n);

/** "37,5 %" in Swedish (with a non-breaking space, as Swedish typography wants), "37.5%" in English. */
export const pct = (n: number, locale: Locale): string =>
  locale === 'sv' ? `${num(n, locale)}\u00a0%` : `${num(n, locale)}%`;

/** A count with its share: "3 (37,5 %)". */
export const countPct = (count: number, percent: number, locale: Locale): string =>
  `${count} (${pct(percent, locale)})`;

/** Percent with one decimal, rounded half up; 0 of 0 is 0: the surveys' compilation rule. */
export { percent as share } from '../../surveys/index.js';

/** The calendar date of an ISO date or timestamp, in Swedish time for timestamps. */
export function day(iso: string | null | undefined): string {
  if (!iso) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso.slice(0, 10) : d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
}

/** Date and time in Swedish time, "2025-10-20 14:05" (the same in both languages: ISO order). */
export function dateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export const period = (start: string, end: string): string => `${day(start)} – ${day(end)}`;
