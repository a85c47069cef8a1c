import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Holidays from 'date-holidays';
import { addDays, daysBetween, weekday } from './dates.js';
import { deadline, isNonWorkingDay, nextWorkingDay, nonWorkingReason, statutoryHolidays } from './statutory-time.js';
import { arbDate } from './test-support.js';

describe('the calendar of lag (1930:173) 2 §', () => {
  it('knows the Swedish public holidays and the three eves of 2019', () => {
    expect([...statutoryHolidays(2019).entries()]).toEqual([
      ['2019-01-01', 'nyårsdagen'],
      ['2019-01-06', 'trettondedag jul'],
      ['2019-04-19', 'långfredagen'],
      ['2019-04-21', 'påskdagen'],
      ['2019-04-22', 'annandag påsk'],
      ['2019-05-01', 'första maj'],
      ['2019-05-30', 'Kristi himmelsfärdsdag'],
      ['2019-06-06', 'nationaldagen'],
      ['2019-06-09', 'pingstdagen'],
      ['2019-06-21', 'midsommarafton'],
      ['2019-06-22', 'midsommardagen'],
      ['2019-11-02', 'alla helgons dag'],
      ['2019-12-24', 'julafton'],
      ['2019-12-25', 'juldagen'],
      ['2019-12-26', 'annandag jul'],
      ['2019-12-31', 'nyårsafton'],
    ]);
  });

  it('takes from the library exactly midsommarafton, julafton and nyårsafton as its bank days', () => {
    const hd = new Holidays('SE');
    for (let year = 2015; year <= 2030; year++) {
      const bank = hd
        .getHolidays(year, 'sv')
        .filter((h) => h.type === 'bank')
        .map((h) => h.name);
      expect(bank, String(year)).toEqual(['midsommarafton', 'julafton', 'nyårsafton']);
    }
  });

  it('leaves the eves the law does not name as ordinary weekdays', () => {
    expect(nonWorkingReason('2021-01-05')).toBeNull(); // trettondagsafton, a Tuesday
    expect(nonWorkingReason('2019-04-30')).toBeNull(); // valborgsmässoafton, a Tuesday
    expect(nonWorkingReason('2019-11-01')).toBeNull(); // allhelgonaafton, a Friday
    expect(nonWorkingReason('2019-04-18')).toBeNull(); // skärtorsdagen
    expect(nonWorkingReason('2019-06-10')).toBeNull(); // annandag pingst, no longer a holiday
    expect(nonWorkingReason('2019-03-16')).toBe('lördag');
    expect(nonWorkingReason('2019-03-17')).toBe('söndag');
  });

  it.each([
    ['2019-03-12', '2019-03-12', null], // seed 004's notice day, a Tuesday
    ['2019-03-16', '2019-03-18', 'lördag'],
    ['2019-04-19', '2019-04-23', 'långfredagen'], // through Easter Monday
    ['2019-05-30', '2019-05-31', 'Kristi himmelsfärdsdag'],
    ['2019-06-06', '2019-06-07', 'nationaldagen'],
    ['2019-06-21', '2019-06-24', 'midsommarafton'],
    ['2019-12-24', '2019-12-27', 'julafton'],
    ['2019-12-31', '2020-01-02', 'nyårsafton'],
    ['2014-12-24', '2014-12-29', 'julafton'], // julafton on a Wednesday: five days off
  ])('moves a last day on %s to %s (%s)', (nominal, due, why) => {
    expect(deadline(nominal)).toEqual({ nominal, due, movedBecause: why });
  });

  it('does not move a deadline when told not to', () => {
    expect(deadline('2019-12-24', false)).toEqual({ nominal: '2019-12-24', due: '2019-12-24', movedBecause: null });
  });

  it('moves a deadline to the first weekday on or after it, never earlier, at most five days', () => {
    fc.assert(
      fc.property(arbDate(2010, 2035), (d) => {
        const due = nextWorkingDay(d);
        expect(isNonWorkingDay(due)).toBe(false);
        expect(weekday(due)).not.toBe(0);
        expect(weekday(due)).not.toBe(6);
        const moved = daysBetween(d, due);
        expect(moved).toBeGreaterThanOrEqual(0);
        expect(moved).toBeLessThanOrEqual(5);
        for (let i = 0; i < moved; i++) expect(isNonWorkingDay(addDays(d, i))).toBe(true);
        expect(nextWorkingDay(due)).toBe(due);
      }),
      { numRuns: 1000 },
    );
  });
});
