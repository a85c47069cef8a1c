import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arbDate, arbMonthEnd } from './test-support.js';
import {
  addDays,
  addMonths,
  addMonthsEndToEnd,
  addYears,
  compareDates,
  daysBetween,
  daysInMonth,
  eachMonth,
  firstOfMonth,
  isLastDayOfMonth,
  isLeapYear,
  isValidDate,
  lastOfMonth,
  monthsBetween,
  parseDate,
} from './dates.js';

// Reference for the property tests only: Date in UTC is exact for day arithmetic.
const utcDay = (d: string) =>
  Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;

describe('calendar dates', () => {
  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2016, 2019, 2020, 2100].map(isLeapYear)).toEqual([false, true, true, false, true, false]);
    expect(daysInMonth(2016, 2)).toBe(29);
    expect(daysInMonth(2015, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2017, 4)).toBe(30);
    expect(daysInMonth(2017, 12)).toBe(31);
  });

  it.each([
    '2019-02-29',
    '2015-13-01',
    '2015-00-10',
    '2015-1-01',
    '2015-01-32',
    '20150101',
    '2015-01-01T00:00',
    ' 2015-01-01',
    '0000-01-01',
    '',
  ])('refuses %j naming the field', (s) => {
    expect(isValidDate(s)).toBe(false);
    expect(() => parseDate(s, 'validFrom')).toThrow(
      expect.objectContaining({
        code: 'agreement.date_invalid',
        details: expect.objectContaining({ field: 'validFrom' }),
      }),
    );
  });

  it('adds months clamping to the month end', () => {
    expect(addMonths('2020-01-31', 1)).toBe('2020-02-29');
    expect(addMonths('2021-01-31', 1)).toBe('2021-02-28');
    expect(addMonths('2017-03-31', -1)).toBe('2017-02-28');
    expect(addMonths('2014-11-01', 2)).toBe('2015-01-01');
    expect(addMonths('2015-01-15', -13)).toBe('2013-12-15');
    expect(addYears('2020-02-29', 1)).toBe('2021-02-28');
    expect(addYears('2020-02-29', 4)).toBe('2024-02-29');
  });

  it('keeps month ends at month ends when asked', () => {
    expect(addMonthsEndToEnd('2017-12-31', -12)).toBe('2016-12-31');
    expect(addMonthsEndToEnd('2020-02-29', -12)).toBe('2019-02-28');
    expect(addMonthsEndToEnd('2021-02-28', -12)).toBe('2020-02-29');
    expect(addMonthsEndToEnd('2017-04-30', 1)).toBe('2017-05-31');
    expect(addMonthsEndToEnd('2017-04-29', 1)).toBe('2017-05-29');
  });

  it('adds days and counts days across leap days and centuries', () => {
    expect(addDays('2017-12-31', 1)).toBe('2018-01-01');
    expect(addDays('2016-02-28', 1)).toBe('2016-02-29');
    expect(addDays('2016-03-01', -1)).toBe('2016-02-29');
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
    expect(daysBetween('2015-01-01', '2018-01-01')).toBe(1096);
    expect(daysBetween('2018-01-01', '2015-01-01')).toBe(-1096);
  });

  it('months between, first and last of month, month-end test, iteration', () => {
    expect(monthsBetween('2014-11-30', '2015-01-01')).toBe(2);
    expect(monthsBetween('2015-01-31', '2015-01-01')).toBe(0);
    expect(firstOfMonth('2016-02-17')).toBe('2016-02-01');
    expect(lastOfMonth('2016-02-17')).toBe('2016-02-29');
    expect(isLastDayOfMonth('2016-02-29')).toBe(true);
    expect(isLastDayOfMonth('2016-02-28')).toBe(false);
    expect(isLastDayOfMonth('2015-02-28')).toBe(true);
    expect(eachMonth('2014-11-01', '2015-02-10')).toEqual([
      { year: 2014, month: 11 },
      { year: 2014, month: 12 },
      { year: 2015, month: 1 },
      { year: 2015, month: 2 },
    ]);
    expect(eachMonth('2015-02-01', '2015-01-31')).toEqual([]);
  });

  it('string order is date order', () => {
    fc.assert(fc.property(arbDate(), arbDate(), (a, b) => compareDates(a, b) === Math.sign(utcDay(a) - utcDay(b))));
  });

  it('day arithmetic agrees with a UTC reference and round-trips', () => {
    fc.assert(
      fc.property(arbDate(), fc.integer({ min: -100_000, max: 100_000 }), (d, n) => {
        const e = addDays(d, n);
        return utcDay(e) - utcDay(d) === n && daysBetween(d, e) === n && addDays(e, -n) === d;
      }),
    );
  });

  it('addMonths keeps the day when it exists and clamps otherwise', () => {
    fc.assert(
      fc.property(arbDate(), fc.integer({ min: -1200, max: 1200 }), (d, n) => {
        const r = parseDate(addMonths(d, n));
        const s = parseDate(d);
        return monthsBetween(d, addMonths(d, n)) === n && r.day === Math.min(s.day, daysInMonth(r.year, r.month));
      }),
    );
  });

  it('end-to-end month arithmetic maps month ends to month ends, leap years included', () => {
    fc.assert(
      fc.property(
        arbMonthEnd(),
        fc.integer({ min: -240, max: 240 }),
        (d, n) => isLastDayOfMonth(addMonthsEndToEnd(d, n)) && monthsBetween(d, addMonthsEndToEnd(d, n)) === n,
      ),
    );
  });

  it('eachMonth lists every month once, in order', () => {
    fc.assert(
      fc.property(arbDate(1990, 2060), arbDate(1990, 2060), (a, b) => {
        const months = eachMonth(a, b);
        if (compareDates(firstOfMonth(b), firstOfMonth(a)) < 0) return months.length === 0;
        return (
          months.length === monthsBetween(a, b) + 1 &&
          months.every((m, i) => i === 0 || m.year * 12 + m.month === months[i - 1].year * 12 + months[i - 1].month + 1)
        );
      }),
    );
  });
});
