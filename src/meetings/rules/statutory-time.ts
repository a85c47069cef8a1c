import Holidays from 'date-holidays';
import { addDays, checkDate, weekday, yearOf, type IsoDate } from './dates.js';

/**
 * Lag (1930:173) om beräkning av lagstadgad tid, 2 §: when the last day for an action falls on a
 * Sunday, another public holiday (allmän helgdag, lag (1989:253)), a Saturday, midsommarafton,
 * julafton or nyårsafton, the action may be taken the next weekday (vardag).
 *
 * The calendar comes from date-holidays (country SE): its `public` days are the allmänna
 * helgdagar; its `bank` days are exactly midsommarafton, julafton and nyårsafton (checked by a
 * test, so a library update that adds another `bank` day is noticed). Other eves the library lists
 * (trettondagsafton, valborgsmässoafton, allhelgonaafton: `optional`; påskafton, pingstafton:
 * `observance`) are not in the law and are ordinary days here — påskafton and pingstafton are
 * Saturdays anyway.
 */
const EVES = ['midsommarafton', 'julafton', 'nyårsafton'] as const;
const calendar = new Holidays('SE');
const byYear = new Map<number, Map<IsoDate, string>>();

/** The year's non-working holidays under 1930:173 (Saturdays and Sundays aside), date → name. */
export function statutoryHolidays(year: number): ReadonlyMap<IsoDate, string> {
  let days = byYear.get(year);
  if (!days) {
    days = new Map();
    for (const h of calendar.getHolidays(year, 'sv')) {
      const eve = h.type === 'bank' && (EVES as readonly string[]).includes(h.name);
      if (h.type === 'public' || eve) days.set(h.date.slice(0, 10), h.name);
    }
    byYear.set(year, days);
  }
  return days;
}

/** What makes a day not a weekday under 1930:173, or null on an ordinary weekday. */
export function nonWorkingReason(d: IsoDate): string | null {
  checkDate(d);
  const holiday = statutoryHolidays(yearOf(d)).get(d);
  if (holiday) return holiday;
  const wd = weekday(d);
  return wd === 0 ? 'söndag' : wd === 6 ? 'lördag' : null;
}

export const isNonWorkingDay = (d: IsoDate): boolean => nonWorkingReason(d) !== null;

/** 1930:173 2 §: the deadline itself when it is a weekday, otherwise the next weekday. */
export function nextWorkingDay(d: IsoDate): IsoDate {
  let day = checkDate(d);
  while (isNonWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** A deadline as the law states it and as it falls after 1930:173 2 § moved it. */
export interface Deadline {
  /** The last day as the law (or the body's rules) count it. */
  nominal: IsoDate;
  /** The last day after moving off a Saturday, Sunday, holiday or eve (equal when not moved). */
  due: IsoDate;
  /** Why it moved (e.g. 'lördag', 'julafton'), or null. */
  movedBecause: string | null;
}

export function deadline(nominal: IsoDate, move = true): Deadline {
  const due = move ? nextWorkingDay(nominal) : checkDate(nominal);
  return { nominal, due, movedBecause: due === nominal ? null : nonWorkingReason(nominal) };
}
