import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../platform/errors.js';
import { checkPeriod, isCurrent, overlaps, today, wouldCycle, type Period } from './rules.js';

const p = (startDate: string, endDate: string | null = null): Period => ({ startDate, endDate });

describe('overlaps', () => {
  it.each([
    ['two closed periods sharing days', p('2024-01-01', '2024-06-30'), p('2024-03-01', '2024-12-31'), true],
    ['one period inside the other', p('2024-01-01', '2024-12-31'), p('2024-03-01', '2024-03-31'), true],
    ['identical periods', p('2024-01-01', '2024-12-31'), p('2024-01-01', '2024-12-31'), true],
    [
      'touching on the same day (dates are inclusive)',
      p('2024-01-01', '2024-06-30'),
      p('2024-06-30', '2024-12-31'),
      true,
    ],
    ['one-day periods on the same day', p('2024-05-05', '2024-05-05'), p('2024-05-05', '2024-05-05'), true],
    ['back to back, next day', p('2024-01-01', '2024-06-30'), p('2024-07-01', '2024-12-31'), false],
    ['disjoint with a gap', p('2020-01-01', '2020-12-31'), p('2024-01-01', '2024-12-31'), false],
    ['two open ends', p('2020-01-01'), p('2024-01-01'), true],
    ['open end reaching a later closed period', p('2020-01-01'), p('2024-01-01', '2024-12-31'), true],
    ['open end starting on the last day of a closed one', p('2024-12-31'), p('2024-01-01', '2024-12-31'), true],
    ['open end starting after a closed one ended', p('2025-01-01'), p('2024-01-01', '2024-12-31'), false],
  ])('%s → %s', (_, a, b, want) => {
    expect(overlaps(a, b)).toBe(want);
    expect(overlaps(b, a)).toBe(want);
  });

  const isoDate = fc
    .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const period = fc
    .tuple(isoDate, fc.option(isoDate, { nil: null }))
    .map(([a, b]) => (b == null ? p(a) : a <= b ? p(a, b) : p(b, a)));

  it('is symmetric (property)', () => {
    fc.assert(fc.property(period, period, (a, b) => overlaps(a, b) === overlaps(b, a)));
  });

  it('agrees with "some day lies in both periods" (property)', () => {
    fc.assert(
      fc.property(period, period, (a, b) => {
        const start = a.startDate > b.startDate ? a.startDate : b.startDate;
        // the latest start lies in both periods exactly when the periods overlap
        return overlaps(a, b) === (isCurrent(a, start) && isCurrent(b, start));
      }),
    );
  });

  it('a period always overlaps itself (property)', () => {
    fc.assert(fc.property(period, (a) => overlaps(a, a)));
  });
});

describe('isCurrent', () => {
  it.each([
    ['started earlier, open end', p('2024-01-01'), '2024-06-01', true],
    ['starts today', p('2024-06-01', '2024-12-31'), '2024-06-01', true],
    ['ends today (inclusive)', p('2024-01-01', '2024-06-01'), '2024-06-01', true],
    ['ended yesterday', p('2024-01-01', '2024-05-31'), '2024-06-01', false],
    ['starts tomorrow', p('2024-06-02'), '2024-06-01', false],
    ['inside a closed period', p('2024-01-01', '2024-12-31'), '2024-06-01', true],
  ])('%s → %s', (_, period, day, want) => {
    expect(isCurrent(period, day)).toBe(want);
  });
});

describe('checkPeriod', () => {
  it('accepts an open end, a one-day period and a normal period', () => {
    expect(() => checkPeriod(p('2024-01-01'))).not.toThrow();
    expect(() => checkPeriod(p('2024-01-01', '2024-01-01'))).not.toThrow();
    expect(() => checkPeriod(p('2024-01-01', '2024-12-31'))).not.toThrow();
  });

  it('refuses an end before the start with body.membership_dates on endDate', () => {
    let thrown: unknown;
    try {
      checkPeriod(p('2024-06-01', '2024-05-31'));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe('body.membership_dates');
    expect((thrown as AppError).status).toBe(400);
    expect((thrown as AppError).details).toEqual({ field: 'endDate' });
  });
});

describe('wouldCycle', () => {
  const parents = (entries: [string, string | null][]) => new Map<string, string | null>(entries);

  it('refuses a body reporting to itself', () => {
    expect(wouldCycle('a', 'a', parents([]))).toBe(true);
  });

  it('refuses a two-body cycle', () => {
    // b already reports to a; making a report to b would close the loop
    expect(wouldCycle('a', 'b', parents([['b', 'a']]))).toBe(true);
  });

  it('refuses a cycle through a long chain', () => {
    const chain: [string, string | null][] = [];
    for (let i = 1; i < 50; i++) chain.push([`n${i}`, `n${i + 1}`]);
    chain.push(['n50', 'a']);
    expect(wouldCycle('a', 'n1', parents(chain))).toBe(true);
  });

  it('accepts a chain that ends at a top-level body', () => {
    expect(
      wouldCycle(
        'a',
        'b',
        parents([
          ['b', 'c'],
          ['c', 'd'],
          ['d', null],
        ]),
      ),
    ).toBe(false);
  });

  it('accepts a parent that is not in the map (top level)', () => {
    expect(wouldCycle('a', 'b', parents([]))).toBe(false);
  });

  it('accepts moving a body to a sibling branch', () => {
    // root ← a ← a1, root ← b: a may report to b
    const map = parents([
      ['root', null],
      ['a', 'root'],
      ['a1', 'a'],
      ['b', 'root'],
    ]);
    expect(wouldCycle('a', 'b', map)).toBe(false);
    // but not to its own child
    expect(wouldCycle('a', 'a1', map)).toBe(true);
  });

  it('accepts no parent (null or undefined)', () => {
    expect(wouldCycle('a', null, parents([['b', 'a']]))).toBe(false);
    expect(wouldCycle('a', undefined, parents([['b', 'a']]))).toBe(false);
  });

  it('terminates on a pre-existing loop that does not include the body', () => {
    const map = parents([
      ['b', 'c'],
      ['c', 'b'],
    ]);
    expect(typeof wouldCycle('a', 'b', map)).toBe('boolean');
  });
});

describe('today', () => {
  it('is an ISO date', () => {
    expect(today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
