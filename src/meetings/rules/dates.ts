import { meetingRuleError } from './errors.js';

/**
 * Calendar dates as 'YYYY-MM-DD': a day on the Swedish calendar, not an instant. Arithmetic goes
 * through UTC midnight, which has no daylight saving, so a deadline is the same day wherever the
 * code runs. Years 1000–9999 (four digits, so that string order is date order).
 */
export type IsoDate = string;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isValidDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  const m = DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1000 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Throws `meeting_rule.date_invalid` naming the field unless `s` is a real 'YYYY-MM-DD' date. */
export function checkDate(s: unknown, field = 'date'): IsoDate {
  if (!isValidDate(s))
    throw meetingRuleError('meeting_rule.date_invalid', `${field}: "${String(s)}" is not a calendar date YYYY-MM-DD`, {
      field,
      value: s,
    });
  return s;
}

const toUtc = (d: IsoDate, field?: string) => {
  checkDate(d, field);
  return Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
};
const fromUtc = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);

export function addDays(d: IsoDate, n: number): IsoDate {
  return fromUtc(toUtc(d) + n * DAY_MS);
}

/** Days from a to b (negative when b is earlier). */
export const daysBetween = (a: IsoDate, b: IsoDate): number => Math.round((toUtc(b) - toUtc(a)) / DAY_MS);

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (d: IsoDate): number => new Date(toUtc(d)).getUTCDay();

export const yearOf = (d: IsoDate): number => Number(checkDate(d).slice(0, 4));

/** −1, 0 or 1; validated dates compare as strings. */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  checkDate(a);
  checkDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Lag (1930:173) 1 §: a period of years ends on the day with the same number in the end month; when
 * that day does not exist (29 February), on the month's last day. 2020-02-29 + 1 year = 2021-02-28.
 */
export function addYears(d: IsoDate, n: number): IsoDate {
  checkDate(d);
  const y = Number(d.slice(0, 4)) + n;
  const m = Number(d.slice(5, 7));
  const day = Math.min(Number(d.slice(8, 10)), daysInMonth(y, m));
  return `${String(y).padStart(4, '0')}-${d.slice(5, 7)}-${String(day).padStart(2, '0')}`;
}

/** Lag (1930:173) 1 §: a period of weeks ends on the day with the same weekday name. */
export const addWeeks = (d: IsoDate, n: number): IsoDate => addDays(d, 7 * n);

/**
 * The Swedish calendar date of an instant ('2019-03-11T22:30:00Z' is 2019-03-11 at 23:30 in
 * Stockholm). Uses Intl with the Europe/Stockholm zone: a pure function of its argument.
 */
const stockholm = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
export function swedishDateOf(timestamp: string): IsoDate {
  return stockholm.format(new Date(checkTimestamp(timestamp)));
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 instant with a zone; returns its milliseconds. */
export function checkTimestamp(s: unknown, field = 'timestamp'): number {
  const ms = typeof s === 'string' && TIMESTAMP.test(s) ? Date.parse(s) : NaN;
  if (Number.isNaN(ms))
    throw meetingRuleError('meeting_rule.timestamp_invalid', `${field}: "${String(s)}" is not an ISO 8601 time`, {
      field,
      value: s,
    });
  return ms;
}
