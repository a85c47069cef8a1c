import { agreementError } from './errors.js';

/**
 * Calendar dates as 'YYYY-MM-DD' strings. A date here is a day on the Swedish calendar, not an
 * instant: nothing in this file touches Date, time zones or clocks, so a due date is the same
 * day wherever and whenever the code runs. Years 1–9999 only (four digits, so that string order
 * is date order).
 */
export type IsoDate = string;

export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

export interface YearMonth {
  year: number;
  month: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Gregorian rule: every 4th year is a leap year, except centuries, except every 400th year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Strict: exactly 'YYYY-MM-DD' naming a day that exists (no 2019-02-29, no 2015-13-01). */
export function parseDate(s: string, field = 'date'): CalendarDate {
  if (typeof s !== 'string' || !isValidDate(s)) {
    throw agreementError('agreement.date_invalid', `${field}: "${String(s)}" is not a calendar date YYYY-MM-DD`, {
      field,
      value: s,
    });
  }
  return { year: Number(s.slice(0, 4)), month: Number(s.slice(5, 7)), day: Number(s.slice(8, 10)) };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function formatDate({ year, month, day }: CalendarDate): IsoDate {
  const out = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (!isValidDate(out))
    throw agreementError('agreement.date_invalid', `${out} is not a calendar date`, { value: out });
  return out;
}

export const makeDate = (year: number, month: number, day: number): IsoDate => formatDate({ year, month, day });

/** −1, 0 or 1. Validated 'YYYY-MM-DD' strings sort like the days they name. */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  parseDate(a);
  parseDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (compareDates(a, b) <= 0 ? a : b);
export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (compareDates(a, b) >= 0 ? a : b);

/** True when a ≤ d ≤ b; a null end means open-ended. */
export function isWithin(d: IsoDate, from: IsoDate, to: IsoDate | null): boolean {
  return compareDates(from, d) <= 0 && (to === null || compareDates(d, to) <= 0);
}

export function isLastDayOfMonth(d: IsoDate): boolean {
  const { year, month, day } = parseDate(d);
  return day === daysInMonth(year, month);
}

export function firstOfMonth(d: IsoDate): IsoDate {
  const { year, month } = parseDate(d);
  return makeDate(year, month, 1);
}

export function lastOfMonth(d: IsoDate): IsoDate {
  const { year, month } = parseDate(d);
  return makeDate(year, month, daysInMonth(year, month));
}

function shiftMonth(year: number, month: number, n: number): YearMonth {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * The same day-of-month n months later (n may be negative); when the target month is shorter the
 * day is clamped to its last day: 2020-01-31 + 1 month = 2020-02-29, 2021-01-31 + 1 = 2021-02-28.
 */
export function addMonths(d: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw agreementError('agreement.date_invalid', `cannot add ${n} months`, { months: n });
  const { year, month, day } = parseDate(d);
  const t = shiftMonth(year, month, n);
  return makeDate(t.year, t.month, Math.min(day, daysInMonth(t.year, t.month)));
}

/**
 * Like addMonths, but a month's last day stays a month's last day ("end of month to end of
 * month"): 2021-02-28 − 12 months = 2020-02-29, 2020-02-29 − 12 months = 2019-02-28,
 * 2017-04-30 + 1 month = 2017-05-31. Other days behave as in addMonths.
 */
export function addMonthsEndToEnd(d: IsoDate, n: number): IsoDate {
  if (!isLastDayOfMonth(d)) return addMonths(d, n);
  return lastOfMonth(addMonths(firstOfMonth(d), n));
}

/** n years later, as 12·n months with clamping (2020-02-29 + 1 year = 2021-02-28). */
export const addYears = (d: IsoDate, n: number): IsoDate => addMonths(d, 12 * n);

/** Days since 0000-03-01 in the proleptic Gregorian calendar (Hinnant's days_from_civil). */
function dayNumber({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe;
}

function fromDayNumber(z: number): CalendarDate {
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(d: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw agreementError('agreement.date_invalid', `cannot add ${n} days`, { days: n });
  return formatDate(fromDayNumber(dayNumber(parseDate(d)) + n));
}

/** Number of days from a to b (negative when b is earlier): 2016-02-28 → 2016-03-01 is 2. */
export const daysBetween = (a: IsoDate, b: IsoDate): number => dayNumber(parseDate(b)) - dayNumber(parseDate(a));

/** Calendar months from a's month to b's month, days ignored: 2014-11-30 → 2015-01-01 is 2. */
export function monthsBetween(a: IsoDate, b: IsoDate): number {
  const x = parseDate(a);
  const y = parseDate(b);
  return (y.year - x.year) * 12 + (y.month - x.month);
}

/** Every month from a's month to b's month, both included; empty when b's month is earlier. */
export function eachMonth(a: IsoDate, b: IsoDate): YearMonth[] {
  const start = parseDate(a);
  const count = monthsBetween(a, b) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => shiftMonth(start.year, start.month, i));
}
