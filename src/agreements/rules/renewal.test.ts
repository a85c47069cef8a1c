import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonthsEndToEnd,
  addYears,
  compareDates,
  daysBetween,
  daysInMonth,
  isLastDayOfMonth,
  monthsBetween,
  parseDate,
} from './dates.js';
import {
  checkNotice,
  checkValidity,
  currentPeriod,
  noticeDeadline,
  periods,
  remindersDue,
  type RenewalTerms,
} from './renewal.js';
import { arbDate, arbMonthEnd } from './test-support.js';

const SEED: RenewalTerms = { validFrom: '2015-01-01', validTo: '2017-12-31', extensionYears: 3, noticeMonths: 12 };

const refusal = (fn: () => unknown): { code: string; details: any } => {
  try {
    fn();
  } catch (e) {
    return e as { code: string; details: any };
  }
  throw new Error('expected a refusal');
};

describe('periods and notice deadlines', () => {
  it('the seed: 2015–2017, then 2018–2020, 2021–2023, deadlines on 31 December the year before', () => {
    expect(periods(SEED, '2023-06-01')).toEqual([
      { number: 0, start: '2015-01-01', end: '2017-12-31', noticeDeadline: '2016-12-31' },
      { number: 1, start: '2018-01-01', end: '2020-12-31', noticeDeadline: '2019-12-31' },
      { number: 2, start: '2021-01-01', end: '2023-12-31', noticeDeadline: '2022-12-31' },
    ]);
    expect(periods(SEED, '2010-01-01')).toHaveLength(1);
    expect(periods(SEED, '2017-12-31')).toHaveLength(1);
    expect(periods(SEED, '2018-01-01')).toHaveLength(2);
    expect(periods({ ...SEED, extensionYears: 0 }, '2030-01-01')).toHaveLength(1);
  });

  it('deadlines at month ends and in leap years', () => {
    expect(noticeDeadline('2017-12-31', 12)).toBe('2016-12-31');
    expect(noticeDeadline('2020-02-29', 12)).toBe('2019-02-28');
    expect(noticeDeadline('2021-02-28', 12)).toBe('2020-02-29');
    expect(noticeDeadline('2021-06-30', 4)).toBe('2021-02-28');
    expect(noticeDeadline('2021-05-30', 3)).toBe('2021-02-28'); // not a month end: clamped
    expect(noticeDeadline('2020-05-15', 12)).toBe('2019-05-15');
    expect(noticeDeadline('2020-05-15', 0)).toBe('2020-05-15');
    const leap = periods(
      { validFrom: '2018-03-01', validTo: '2020-02-29', extensionYears: 1, noticeMonths: 12 },
      '2021-01-01',
    );
    expect(
      periods({ validFrom: '2015-03-01', validTo: '2016-02-28', extensionYears: 3, noticeMonths: 12 }, '2016-03-01')[1],
    ).toEqual({ number: 1, start: '2016-02-29', end: '2019-02-28', noticeDeadline: '2018-02-28' });
    expect(
      periods({ validFrom: '2015-03-01', validTo: '2017-02-28', extensionYears: 3, noticeMonths: 12 }, '2017-03-01')[1],
    ).toEqual({ number: 1, start: '2017-03-01', end: '2020-02-29', noticeDeadline: '2019-02-28' });
    expect(leap).toEqual([
      { number: 0, start: '2018-03-01', end: '2020-02-29', noticeDeadline: '2019-02-28' },
      { number: 1, start: '2020-03-01', end: '2021-02-28', noticeDeadline: '2020-02-29' },
    ]);
  });

  it('refuses validity ending before it starts, and bad terms', () => {
    expect(() => checkValidity('2017-12-31', '2015-01-01')).toThrow(
      expect.objectContaining({
        code: 'agreement.validity_order',
        details: expect.objectContaining({ field: 'validTo' }),
      }),
    );
    expect(() => checkValidity('2015-01-01', '2015-01-01')).not.toThrow();
    expect(() => periods({ ...SEED, validTo: '2014-12-31' }, '2020-01-01')).toThrow(
      expect.objectContaining({ code: 'agreement.validity_order' }),
    );
    expect(() => periods({ ...SEED, extensionYears: 1.5 }, '2020-01-01')).toThrow(
      expect.objectContaining({
        code: 'agreement.terms_invalid',
        details: expect.objectContaining({ field: 'extensionYears' }),
      }),
    );
    expect(() => periods({ ...SEED, noticeMonths: -1 }, '2020-01-01')).toThrow(
      expect.objectContaining({
        code: 'agreement.terms_invalid',
        details: expect.objectContaining({ field: 'noticeMonths' }),
      }),
    );
  });

  it('finds the current period', () => {
    const list = periods(SEED, '2024-01-01');
    expect(currentPeriod(list, '2014-12-31')).toBeNull();
    expect(currentPeriod(list, '2015-01-01')?.number).toBe(0);
    expect(currentPeriod(list, '2018-01-01')?.number).toBe(1);
    expect(currentPeriod(list, '2023-12-31')?.number).toBe(2);
  });
});

describe('registering a notice', () => {
  it('on or before the deadline ends the agreement at the period end', () => {
    expect(checkNotice({ terms: SEED, received: '2016-12-31' }).endsAt).toBe('2017-12-31');
    expect(checkNotice({ terms: SEED, received: '2015-03-10' }).endsAt).toBe('2017-12-31');
    expect(checkNotice({ terms: SEED, received: '2014-06-01' }).endsAt).toBe('2017-12-31'); // before validFrom
    expect(checkNotice({ terms: SEED, received: '2019-12-31' }).endsAt).toBe('2020-12-31');
    expect(checkNotice({ terms: SEED, received: '2018-01-01' }).period.number).toBe(1);
  });

  it('received 2017-01-15 is too late, and applies to the period ending 2020-12-31 (deadline 2019-12-31)', () => {
    const e = refusal(() => checkNotice({ terms: SEED, received: '2017-01-15' }));
    expect(e.code).toBe('agreement.notice_too_late');
    expect(e.details).toEqual({
      field: 'receivedOn',
      received: '2017-01-15',
      deadline: '2016-12-31',
      periodEnd: '2017-12-31',
      appliesTo: { periodEnd: '2020-12-31', deadline: '2019-12-31' },
    });
    expect((e as unknown as Error).message).toContain('2020-12-31');
  });

  it('without automatic extension a late notice has no later period', () => {
    const e = refusal(() => checkNotice({ terms: { ...SEED, extensionYears: 0 }, received: '2017-06-01' }));
    expect(e.details.appliesTo).toBeNull();
    expect(refusal(() => checkNotice({ terms: { ...SEED, extensionYears: 0 }, received: '2019-06-01' })).code).toBe(
      'agreement.notice_too_late',
    );
  });

  it('when the notice time is longer than a period, the refusal points at the first deadline still ahead', () => {
    const terms = { validFrom: '2015-01-01', validTo: '2015-12-31', extensionYears: 1, noticeMonths: 18 };
    const e = refusal(() => checkNotice({ terms, received: '2015-03-01' }));
    expect(e.details).toMatchObject({
      deadline: '2014-06-30',
      appliesTo: { periodEnd: '2016-12-31', deadline: '2015-06-30' },
    });
  });

  const arbTerms = fc
    .record({
      validFrom: arbDate(1990, 2030),
      days: fc.integer({ min: 0, max: 3000 }),
      extensionYears: fc.integer({ min: 0, max: 5 }),
      noticeMonths: fc.integer({ min: 0, max: 36 }),
    })
    .map(({ validFrom, days, extensionYears, noticeMonths }): RenewalTerms => ({
      validFrom,
      validTo: addDays(validFrom, days),
      extensionYears,
      noticeMonths,
    }));

  it('periods follow on day after day, last N years each, and reach `until`', () => {
    fc.assert(
      fc.property(arbTerms, arbDate(1990, 2060), (t, until) => {
        const list = periods(t, until);
        const last = list[list.length - 1];
        return (
          list[0].start === t.validFrom &&
          list[0].end === t.validTo &&
          list.every(
            (p, i) =>
              i === 0 ||
              (p.start === addDays(list[i - 1].end, 1) &&
                p.end === addMonthsEndToEnd(list[i - 1].end, 12 * t.extensionYears)),
          ) &&
          list.every((p, i) => i === 0 || monthsBetween(list[i - 1].end, p.end) === 12 * t.extensionYears) &&
          // N years from its start: the day before the same date N years later (a 29 February start ends on 28 February)
          list.every(
            (p, i) =>
              i === 0 ||
              p.end ===
                (p.start.endsWith('-02-29')
                  ? addYears(p.start, t.extensionYears)
                  : addDays(addYears(p.start, t.extensionYears), -1)),
          ) &&
          (t.extensionYears === 0 || compareDates(last.end, until) >= 0) &&
          (list.length === 1 || compareDates(list[list.length - 2].end, until) < 0)
        );
      }),
    );
  });

  it('deadlines are M months before the period end, month end to month end (leap years included)', () => {
    fc.assert(
      fc.property(arbDate(1900, 2200), fc.integer({ min: 0, max: 60 }), (end, m) => {
        const d = noticeDeadline(end, m);
        const e = parseDate(end);
        const p = parseDate(d);
        return (
          monthsBetween(d, end) === m &&
          (isLastDayOfMonth(end) ? isLastDayOfMonth(d) : p.day === Math.min(e.day, daysInMonth(p.year, p.month)))
        );
      }),
    );
    fc.assert(
      fc.property(arbMonthEnd(1900, 2200), fc.integer({ min: 0, max: 60 }), (end, m) =>
        isLastDayOfMonth(noticeDeadline(end, m)),
      ),
    );
  });

  it('a notice on the deadline is accepted and the day after refused, pointing at the next period', () => {
    fc.assert(
      fc.property(
        arbTerms.filter((t) => t.extensionYears > 0),
        fc.integer({ min: 0, max: 4 }),
        (t, k) => {
          const p = periods(t, addYears(t.validTo, 30))[k];
          if (compareDates(p.noticeDeadline, p.start) < 0) return true; // deadline before its own period: see the test above
          const ok = checkNotice({ terms: t, received: p.noticeDeadline });
          if (ok.endsAt !== p.end) return false;
          if (compareDates(p.noticeDeadline, p.end) >= 0) return true;
          const e = refusal(() => checkNotice({ terms: t, received: addDays(p.noticeDeadline, 1) }));
          return (
            e.code === 'agreement.notice_too_late' &&
            e.details.deadline === p.noticeDeadline &&
            compareDates(e.details.appliesTo.deadline, addDays(p.noticeDeadline, 1)) >= 0
          );
        },
      ),
    );
  });

  it('a notice ends the agreement at the earliest period end whose deadline it meets', () => {
    fc.assert(
      fc.property(arbTerms, fc.integer({ min: -400, max: 8000 }), (t, offset) => {
        const received = addDays(t.validFrom, offset);
        const list = periods(t, addYears(received, 60));
        const earliest =
          list.find((p) => compareDates(received, p.noticeDeadline) <= 0 && compareDates(received, p.end) <= 0) ?? null;
        try {
          const ok = checkNotice({ terms: t, received });
          return (
            earliest !== null && ok.endsAt === earliest.end && compareDates(received, ok.period.noticeDeadline) <= 0
          );
        } catch (err) {
          const e = err as { code: string; details: any };
          if (e.code !== 'agreement.notice_too_late' || compareDates(received, e.details.deadline) <= 0) return false;
          return e.details.appliesTo === null
            ? earliest === null || t.extensionYears === 0
            : earliest !== null &&
                e.details.appliesTo.periodEnd === earliest.end &&
                e.details.appliesTo.periodEnd !== e.details.periodEnd;
        }
      }),
    );
  });

  it('a late notice is registered for the period it applies to when that period is asked for (issue 10 item 6)', () => {
    const late = checkNotice({ terms: SEED, received: '2017-01-15', forPeriodEnding: '2020-12-31' });
    expect(late).toMatchObject({
      endsAt: '2020-12-31',
      late: true,
      period: { number: 1, noticeDeadline: '2019-12-31' },
    });
    const wrong = refusal(() => checkNotice({ terms: SEED, received: '2017-01-15', forPeriodEnding: '2023-12-31' }));
    expect(wrong.code).toBe('agreement.notice_period_invalid');
    expect(wrong.details).toMatchObject({ field: 'forPeriodEnding', appliesTo: { periodEnd: '2020-12-31' } });
    // On time, the period containing the day is the only one it may name.
    expect(checkNotice({ terms: SEED, received: '2016-06-01', forPeriodEnding: '2017-12-31' })).toMatchObject({
      endsAt: '2017-12-31',
      late: false,
    });
    expect(
      refusal(() => checkNotice({ terms: SEED, received: '2016-06-01', forPeriodEnding: '2020-12-31' })).code,
    ).toBe('agreement.notice_period_invalid');
    // Without a later period there is nothing to register it for.
    expect(
      refusal(() =>
        checkNotice({ terms: { ...SEED, extensionYears: 0 }, received: '2017-06-01', forPeriodEnding: '2017-12-31' }),
      ).code,
    ).toBe('agreement.notice_too_late');
  });

  it('taking the period a refusal names always registers the notice, ending exactly that period', () => {
    fc.assert(
      fc.property(arbTerms, fc.integer({ min: -400, max: 8000 }), (t, offset) => {
        const received = addDays(t.validFrom, offset);
        let appliesTo: { periodEnd: string; deadline: string } | null;
        try {
          const ok = checkNotice({ terms: t, received });
          // Naming the accepted period changes nothing.
          const again = checkNotice({ terms: t, received, forPeriodEnding: ok.endsAt });
          return again.endsAt === ok.endsAt && !again.late && !ok.late;
        } catch (err) {
          appliesTo = (err as { details: { appliesTo: typeof appliesTo } }).details.appliesTo;
        }
        if (!appliesTo) return true;
        const late = checkNotice({ terms: t, received, forPeriodEnding: appliesTo.periodEnd as never });
        const other = addDays(appliesTo.periodEnd as never, 1);
        const refused = refusal(() => checkNotice({ terms: t, received, forPeriodEnding: other }));
        return (
          late.late &&
          late.endsAt === appliesTo.periodEnd &&
          late.period.noticeDeadline === appliesTo.deadline &&
          compareDates(received, late.period.noticeDeadline) <= 0 &&
          refused.code === 'agreement.notice_period_invalid'
        );
      }),
    );
  });
});

describe('reminders before notice deadlines', () => {
  it('lists the deadlines from today to N days ahead', () => {
    const list = periods(SEED, '2030-01-01');
    expect(remindersDue(list, '2016-12-01', 30).map((p) => p.noticeDeadline)).toEqual(['2016-12-31']);
    expect(remindersDue(list, '2016-12-01', 29)).toEqual([]);
    expect(remindersDue(list, '2016-12-31', 0).map((p) => p.number)).toEqual([0]);
    expect(remindersDue(list, '2017-01-01', 365)).toEqual([]);
    expect(remindersDue(list, '2017-01-01', 1095).map((p) => p.noticeDeadline)).toEqual(['2019-12-31']);
    expect(() => remindersDue(list, '2017-01-01', -1)).toThrow(
      expect.objectContaining({ code: 'agreement.terms_invalid' }),
    );
  });

  it('returns exactly the deadlines within the window, in order', () => {
    fc.assert(
      fc.property(arbDate(2015, 2040), fc.integer({ min: 0, max: 800 }), (today, days) => {
        const list = periods(SEED, '2045-01-01');
        const due = remindersDue(list, today, days);
        const expected = list.filter(
          (p) => daysBetween(today, p.noticeDeadline) >= 0 && daysBetween(today, p.noticeDeadline) <= days,
        );
        return due.length === expected.length && due.every((p, i) => p === expected[i]);
      }),
    );
  });
});
