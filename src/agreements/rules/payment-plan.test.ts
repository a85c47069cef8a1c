import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareDates, firstOfMonth, parseDate } from './dates.js';
import { withheldOre, type AreaShare } from './disputes.js';
import { splitYear } from './money.js';
import { paymentPlan, type PaymentPlanInput } from './payment-plan.js';
import { yearlyAmount, type IndexValue } from './price-index.js';
import { arbDate, LPIX_EXAMPLE } from './test-support.js';

const bracke = (over: Partial<PaymentPlanInput> = {}): PaymentPlanInput => ({
  compensationStart: '2014-11-01',
  until: '2017-12-31',
  yearlyAmount: (y) => yearlyAmount(44_300_000, { fromYear: 2016, series: LPIX_EXAMPLE }, y),
  bankgiro: '269-0071',
  ...over,
});

const SHARES: AreaShare[] = [
  { area: 'competence', basisPoints: 2500 },
  { area: 'inclusion', basisPoints: 2500 },
  { area: 'resources', basisPoints: 2500 },
  { area: 'general', basisPoints: 2500 },
];

describe('payment plan', () => {
  it('Bräcke from 2014-11-01: November and December 2014, all of 2015, 2016 and 2017 indexed', () => {
    const plan = paymentPlan(bracke());
    expect(plan.bankgiro).toBe('269-0071');
    expect(plan.rows[0]).toEqual({
      year: 2014,
      month: 11,
      dueDate: '2014-11-01',
      amountOre: 3_691_666,
      withheldOre: 0,
      payableOre: 3_691_666,
      indexApplied: null,
    });
    expect(plan.rows[1]).toMatchObject({ dueDate: '2014-12-01', amountOre: 3_691_666 });
    expect(plan.years).toEqual([
      { year: 2014, months: 2, amountOre: 7_383_332, withheldOre: 0, payableOre: 7_383_332 },
      { year: 2015, months: 12, amountOre: 44_300_000, withheldOre: 0, payableOre: 44_300_000 },
      { year: 2016, months: 12, amountOre: 45_496_100, withheldOre: 0, payableOre: 45_496_100 },
      { year: 2017, months: 12, amountOre: 46_906_479, withheldOre: 0, payableOre: 46_906_479 },
    ]);
    expect(plan.rows.find((r) => r.dueDate === '2015-01-01')).toMatchObject({
      amountOre: 3_691_667,
      indexApplied: null,
    });
    expect(plan.rows.filter((r) => r.year === 2016).map((r) => r.amountOre)).toEqual([
      ...Array(8).fill(3_791_342),
      ...Array(4).fill(3_791_341),
    ]);
    expect(plan.rows.filter((r) => r.year === 2017).map((r) => r.amountOre)).toEqual([
      ...Array(3).fill(3_908_874),
      ...Array(9).fill(3_908_873),
    ]);
    expect(plan.rows.find((r) => r.dueDate === '2016-05-01')!.indexApplied).toEqual(LPIX_EXAMPLE[0]);
    expect(plan.rows.at(-1)).toMatchObject({ dueDate: '2017-12-01' });
    expect(plan.total).toEqual({
      months: 38,
      amountOre: 7_383_332 + 44_300_000 + 45_496_100 + 46_906_479,
      withheldOre: 0,
      payableOre: 7_383_332 + 44_300_000 + 45_496_100 + 46_906_479,
    });
  });

  it('a start after the 1st counts from the next month; the month of `until` is included', () => {
    const plan = paymentPlan(bracke({ compensationStart: '2014-11-15', until: '2015-03-01' }));
    expect(plan.rows.map((r) => r.dueDate)).toEqual(['2014-12-01', '2015-01-01', '2015-02-01', '2015-03-01']);
    expect(paymentPlan(bracke({ compensationStart: '2014-12-31', until: '2014-12-31' })).rows).toEqual([]);
    expect(paymentPlan(bracke({ compensationStart: '2015-01-01', until: '2014-12-31' })).total.months).toBe(0);
  });

  it('withholds month by month for the payments due while a dispute lasts', () => {
    const dispute = { areas: ['competence'], withholdBasisPoints: 5000 };
    const plan = paymentPlan(
      bracke({
        withholdings: [
          {
            from: '2016-03-15',
            to: '2016-06-30',
            monthlyOre: (_y, _m, amount) => withheldOre(amount, SHARES, dispute),
          },
        ],
      }),
    );
    const y2016 = plan.rows.filter((r) => r.year === 2016);
    expect(y2016.map((r) => r.withheldOre)).toEqual([0, 0, 0, 473_917, 473_917, 473_917, 0, 0, 0, 0, 0, 0]);
    expect(y2016[3]).toMatchObject({ amountOre: 3_791_342, withheldOre: 473_917, payableOre: 3_317_425 });
    expect(plan.years[2]).toEqual({
      year: 2016,
      months: 12,
      amountOre: 45_496_100,
      withheldOre: 3 * 473_917,
      payableOre: 45_496_100 - 3 * 473_917,
    });
  });

  it('an open withholding runs to the end of the plan; overlapping ones add up but never beyond the month', () => {
    const plan = paymentPlan(
      bracke({
        until: '2015-03-31',
        withholdings: [
          { from: '2015-02-01', to: null, monthlyOre: (_y, _m, a) => a - 1 },
          { from: '2015-01-01', to: null, monthlyOre: () => 10 },
        ],
      }),
    );
    expect(plan.rows.map((r) => r.withheldOre)).toEqual([0, 0, 10, 3_691_667, 3_691_667]);
    expect(plan.rows.map((r) => r.payableOre)).toEqual([3_691_666, 3_691_666, 3_691_657, 0, 0]);
  });

  it('refuses a bad bankgiro, bad dates and a withholding ending before it starts', () => {
    expect(() => paymentPlan(bracke({ bankgiro: '269-0072' }))).toThrow(
      expect.objectContaining({ code: 'agreement.bankgiro_invalid' }),
    );
    expect(() => paymentPlan(bracke({ until: '2017-02-30' }))).toThrow(
      expect.objectContaining({ code: 'agreement.date_invalid', details: expect.objectContaining({ field: 'until' }) }),
    );
    expect(() =>
      paymentPlan(bracke({ withholdings: [{ from: '2016-05-01', to: '2016-04-30', monthlyOre: () => 0 }] })),
    ).toThrow(expect.objectContaining({ code: 'agreement.validity_order' }));
    expect(() =>
      paymentPlan(bracke({ withholdings: [{ from: '2016-05-01', to: null, monthlyOre: () => -1 }] })),
    ).toThrow(expect.objectContaining({ code: 'agreement.amount_invalid' }));
  });

  it('passes on a missing index value naming the year', () => {
    expect(() => paymentPlan(bracke({ until: '2019-01-01' }))).toThrow(
      expect.objectContaining({ code: 'agreement.index_missing', details: { year: 2019 } }),
    );
  });

  const arbPlan = fc.record({
    base: fc.integer({ min: 0, max: 5_000_000_000 }),
    fromYear: fc.integer({ min: 2010, max: 2030 }),
    bps: fc.array(fc.integer({ min: -300, max: 1000 }), { minLength: 30, maxLength: 30 }),
    start: arbDate(2008, 2025),
    until: arbDate(2008, 2035),
  });
  const input = ({
    base,
    fromYear,
    bps,
    start,
    until,
  }: {
    base: number;
    fromYear: number;
    bps: number[];
    start: string;
    until: string;
  }): PaymentPlanInput => {
    const series: IndexValue[] = bps.map((b, i) => ({
      year: fromYear + i,
      basisPoints: b,
      source: 't',
      preliminary: false,
    }));
    return {
      compensationStart: start,
      until,
      bankgiro: '5050-1055',
      yearlyAmount: (y) => yearlyAmount(base, { fromYear, series }, y),
    };
  };

  it('every full year sums exactly to the year’s amount; a partial year to its months’ twelfths', () => {
    fc.assert(
      fc.property(arbPlan, (c) => {
        const i = input(c);
        const plan = paymentPlan(i);
        return plan.years.every((t) => {
          const split = splitYear(i.yearlyAmount(t.year).amountOre);
          const months = plan.rows.filter((r) => r.year === t.year);
          const expected = months.reduce((s, r) => s + split[r.month - 1], 0);
          return (
            t.amountOre === expected &&
            (t.months !== 12 || t.amountOre === i.yearlyAmount(t.year).amountOre) &&
            t.months === months.length
          );
        });
      }),
    );
  });

  it('prorates by whole months: from the start month (or the next when it starts after the 1st) to until’s month, none skipped', () => {
    fc.assert(
      fc.property(arbPlan, (c) => {
        const plan = paymentPlan(input(c));
        const s = parseDate(c.start);
        const first = s.day === 1 ? s.year * 12 + s.month - 1 : s.year * 12 + s.month;
        const u = parseDate(c.until);
        const last = u.year * 12 + u.month - 1;
        const idx = plan.rows.map((r) => r.year * 12 + r.month - 1);
        return (
          plan.rows.length === Math.max(0, last - first + 1) &&
          idx.every((m, k) => m === first + k) &&
          plan.rows.every(
            (r) =>
              r.dueDate === firstOfMonth(r.dueDate) &&
              compareDates(r.dueDate, c.start) >= 0 &&
              compareDates(r.dueDate, c.until) <= 0,
          )
        );
      }),
    );
  });

  it('payable is amount minus withheld, withheld stays within the month, totals add up', () => {
    fc.assert(
      fc.property(
        arbPlan,
        arbDate(2008, 2035),
        fc.integer({ min: 0, max: 5000 }),
        fc.subarray(
          SHARES.map((s) => s.area),
          { minLength: 1 },
        ),
        (c, from, bp, areas) => {
          const plan = paymentPlan({
            ...input(c),
            withholdings: [
              { from, to: null, monthlyOre: (_y, _m, a) => withheldOre(a, SHARES, { areas, withholdBasisPoints: bp }) },
            ],
          });
          const sum = (k: 'amountOre' | 'withheldOre' | 'payableOre') => plan.rows.reduce((s, r) => s + r[k], 0);
          return (
            plan.rows.every(
              (r) =>
                r.withheldOre >= 0 &&
                r.withheldOre * 2 <= r.amountOre &&
                r.payableOre === r.amountOre - r.withheldOre &&
                (r.withheldOre === 0 || compareDates(r.dueDate, from) >= 0),
            ) &&
            plan.total.amountOre === sum('amountOre') &&
            plan.total.withheldOre === sum('withheldOre') &&
            plan.total.payableOre === sum('payableOre')
          );
        },
      ),
    );
  });
});
