import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backoffMs, nextDailyRun } from './rules.js';

const stockholm = (d: Date) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(d);

describe('retry backoff', () => {
  it('doubles from the base with each failure: 30 s, 1 min, 2 min, 4 min …', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n, 30))).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
  });

  it('never waits longer than the cap, and stays finite for any attempt', () => {
    expect(backoffMs(30, 30)).toBe(6 * 3600_000);
    expect(backoffMs(10_000, 30, 600)).toBe(600_000);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 3600 }), (n, base) => {
        const d = backoffMs(n, base);
        expect(Number.isFinite(d)).toBe(true);
        expect(d).toBeGreaterThanOrEqual(Math.min(base, 6 * 3600) * 1000);
        expect(d).toBeLessThanOrEqual(6 * 3600_000);
        // Never shorter than the previous wait.
        if (n > 1) expect(d).toBeGreaterThanOrEqual(backoffMs(n - 1, base));
      }),
    );
  });
});

describe('daily schedules', () => {
  it('runs at the Swedish wall-clock time, in winter (UTC+1) and summer (UTC+2)', () => {
    expect(nextDailyRun(new Date('2026-01-10T04:00:00Z'), { dailyAt: '06:00' }).toISOString()).toBe(
      '2026-01-10T05:00:00.000Z',
    );
    expect(nextDailyRun(new Date('2026-07-10T03:00:00Z'), { dailyAt: '06:00' }).toISOString()).toBe(
      '2026-07-10T04:00:00.000Z',
    );
  });

  it('is strictly after the given time: at or past today’s time, tomorrow', () => {
    expect(nextDailyRun(new Date('2026-01-10T05:00:00Z'), { dailyAt: '06:00' }).toISOString()).toBe(
      '2026-01-11T05:00:00.000Z',
    );
    expect(nextDailyRun(new Date('2026-12-31T22:30:00Z'), { dailyAt: '06:00' }).toISOString()).toBe(
      '2027-01-01T05:00:00.000Z',
    );
  });

  it('keeps the local time across the clock changes in March and October', () => {
    // 29 March 2026: clocks go 02:00 → 03:00; 25 October 2026: 03:00 → 02:00.
    expect(nextDailyRun(new Date('2026-03-28T06:00:00Z'), { dailyAt: '06:00' }).toISOString()).toBe(
      '2026-03-29T04:00:00.000Z',
    );
    expect(nextDailyRun(new Date('2026-10-24T05:00:00Z'), { dailyAt: '06:00' }).toISOString()).toBe(
      '2026-10-25T05:00:00.000Z',
    );
    // 01:00 the night summer time ends is still summer time (found by the property below, seed -161984820).
    expect(stockholm(nextDailyRun(new Date('2031-10-24T23:00:00Z'), { dailyAt: '01:00' }))).toBe('2031-10-26 01:00');
    // A time that does not exist that night runs just after the gap, once.
    expect(stockholm(nextDailyRun(new Date('2026-03-28T12:00:00Z'), { dailyAt: '02:30' }))).toBe('2026-03-29 03:30');
  });

  it('for any instant: the next run is after it, within a day and an hour, at the wall-clock time asked', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (after, h, m) => {
          const at = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
          const next = nextDailyRun(after, { dailyAt: at, timeZone: 'Europe/Stockholm' });
          expect(next.getTime()).toBeGreaterThan(after.getTime());
          expect(next.getTime() - after.getTime()).toBeLessThanOrEqual(25 * 3600_000);
          // Outside the spring-forward hour the local time is exactly the one asked for.
          if (h !== 2) expect(stockholm(next).slice(11)).toBe(at);
        },
      ),
    );
  });

  it('refuses a time that is not HH:MM', () => {
    expect(() => nextDailyRun(new Date(), { dailyAt: '6:00' })).toThrow(/HH:MM/);
    expect(() => nextDailyRun(new Date(), { dailyAt: '24:00' })).toThrow(/HH:MM/);
  });
});
