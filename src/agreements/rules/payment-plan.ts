import { parseBankgiro } from './bankgiro.js';
import {
  addMonths,
  compareDates,
  eachMonth,
  firstOfMonth,
  isWithin,
  makeDate,
  parseDate,
  type IsoDate,
} from './dates.js';
import { agreementError } from './errors.js';
import { assertOre, splitYear, type Ore } from './money.js';
import { indexAppliedIn, type IndexValue, type YearlyAmount } from './price-index.js';

export interface Withholding {
  /** First and last day of the withholding (a dispute's open and settle dates); null = still open. */
  from: IsoDate;
  to: IsoDate | null;
  /** Öre withheld from the payment of this month, given the month's amount (see disputes.ts). */
  monthlyOre: (year: number, month: number, amountOre: Ore) => Ore;
}

export interface PaymentPlanInput {
  compensationStart: IsoDate;
  /** The plan's last day, included (e.g. the end of the current period or the day notice ends it). */
  until: IsoDate;
  yearlyAmount: (year: number) => YearlyAmount;
  withholdings?: Withholding[];
  bankgiro: string;
}

export interface PlanRow {
  year: number;
  month: number;
  dueDate: IsoDate;
  amountOre: Ore;
  withheldOre: Ore;
  payableOre: Ore;
  indexApplied: IndexValue | null;
}

export interface PlanYear {
  year: number;
  months: number;
  amountOre: Ore;
  withheldOre: Ore;
  payableOre: Ore;
}

export interface PaymentPlan {
  bankgiro: string;
  rows: PlanRow[];
  years: PlanYear[];
  total: { months: number; amountOre: Ore; withheldOre: Ore; payableOre: Ore };
}

/**
 * The rules written down:
 * - Paid monthly in advance: each month's payment is due on the 1st of that month.
 * - A month is in the plan when its due date lies between the compensation start and `until`, both
 *   included. So a start on the 1st counts that month in full; a start later in the month counts
 *   from the next month (a partial first period is prorated by whole months, never by days); and
 *   the month of `until` is always included, because its 1st is on or before `until`.
 * - A month's amount is that year's twelfth under splitYear (January first gets the spare öre), so
 *   a full year sums exactly to the year's amount and a partial year to the sum of its months'
 *   twelfths.
 * - A withholding covers the payments whose due date lies within its from–to dates; withholdings
 *   that overlap add up, and never beyond the month's amount (nothing is ever paid negative).
 */
export function paymentPlan(input: PaymentPlanInput): PaymentPlan {
  const bankgiro = parseBankgiro(input.bankgiro);
  const start = parseDate(input.compensationStart, 'compensationStart');
  parseDate(input.until, 'until');
  for (const w of input.withholdings ?? []) {
    parseDate(w.from, 'withholding.from');
    if (w.to !== null && compareDates(w.to, w.from) < 0) {
      throw agreementError('agreement.validity_order', `withholding ends ${w.to} before it starts ${w.from}`, {
        field: 'to',
        from: w.from,
        to: w.to,
      });
    }
  }
  const firstDue = start.day === 1 ? input.compensationStart : addMonths(firstOfMonth(input.compensationStart), 1);
  const rows: PlanRow[] = [];
  const yearCache = new Map<number, { split: Ore[]; index: IndexValue | null }>();
  for (const { year, month } of eachMonth(firstDue, input.until)) {
    let y = yearCache.get(year);
    if (!y) {
      const ya = input.yearlyAmount(year);
      y = { split: splitYear(ya.amountOre), index: indexAppliedIn(ya, year) };
      yearCache.set(year, y);
    }
    const dueDate = makeDate(year, month, 1);
    const amountOre = y.split[month - 1];
    let withheld = 0;
    for (const w of input.withholdings ?? []) {
      if (!isWithin(dueDate, w.from, w.to)) continue;
      const part = w.monthlyOre(year, month, amountOre);
      assertOre(part, 'withheld amount');
      withheld += part;
    }
    const withheldOre = Math.min(withheld, amountOre);
    rows.push({
      year,
      month,
      dueDate,
      amountOre,
      withheldOre,
      payableOre: amountOre - withheldOre,
      indexApplied: y.index,
    });
  }
  const years: PlanYear[] = [];
  for (const r of rows) {
    let t = years[years.length - 1];
    if (!t || t.year !== r.year)
      years.push((t = { year: r.year, months: 0, amountOre: 0, withheldOre: 0, payableOre: 0 }));
    t.months++;
    t.amountOre += r.amountOre;
    t.withheldOre += r.withheldOre;
    t.payableOre += r.payableOre;
  }
  const total = years.reduce(
    (s, t) => ({
      months: s.months + t.months,
      amountOre: s.amountOre + t.amountOre,
      withheldOre: s.withheldOre + t.withheldOre,
      payableOre: s.payableOre + t.payableOre,
    }),
    { months: 0, amountOre: 0, withheldOre: 0, payableOre: 0 },
  );
  return { bankgiro, rows, years, total };
}
