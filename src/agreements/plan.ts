import ExcelJS from 'exceljs';
import type { Db } from '../platform/db/database.js';
import type { Actor } from '../policy/policy.js';
import type { PaymentPlan } from './contract.js';
import { getAgreement } from './instances.js';
import { amountFor, seriesValues, shares } from './repository.js';
import { disputeWithholding, formatOreDecimal, paymentPlan } from './rules/index.js';
import type { IsoDate } from './rules/dates.js';
import { planTexts, type PlanLocale } from './plan-texts.js';

/**
 * The payment plan of an agreement from the compensation start to the end of the current period
 * (or the day notice ends it), optionally limited to some years.
 */
export async function agreementPlan(
  db: Db,
  actor: Actor | undefined,
  id: string,
  range: { from?: number; to?: number },
  locale: PlanLocale = 'sv',
): Promise<PaymentPlan> {
  const a = await getAgreement(db, actor, id);
  const series = await seriesValues(db, a.terms.indexSeriesId);
  // To the end of the current period by default; further years on request (the agreement renews
  // itself), but never past the day a notice or termination ends it.
  const periodEnd = (a.currentPeriod ?? a.periods.at(-1)!).end;
  const wanted = range.to ? `${range.to}-12-31` : periodEnd;
  const ends = a.status.endedOn ?? a.notices[0]?.endsAt ?? null;
  const until = (ends && ends < wanted ? ends : wanted) as IsoDate;
  const plan = paymentPlan({
    compensationStart: a.terms.compensationStart as IsoDate,
    until,
    bankgiro: a.terms.bankgiro,
    yearlyAmount: (year) => amountFor(a.yearlyAmountOre, a.terms, series, year),
    withholdings: disputeWithholding(
      shares(a.terms),
      a.disputes.map((d) => ({
        from: d.openedOn as IsoDate,
        to: (d.settledOn ?? null) as IsoDate | null,
        areas: d.areas,
        withholdBasisPoints: d.withholdBasisPoints,
      })),
    ),
  });
  const inRange = (y: number) => (range.from == null || y >= range.from) && (range.to == null || y <= range.to);
  const rows = plan.rows.filter((r) => inRange(r.year));
  const years = plan.years
    .filter((y) => inRange(y.year))
    .map((y) => ({ ...y, index: rows.find((r) => r.year === y.year)?.indexApplied ?? null }));
  const sum = (k: 'amountOre' | 'withheldOre' | 'payableOre') => rows.reduce((n, r) => n + r[k], 0);
  return {
    agreementId: a.id,
    bankgiro: plan.bankgiro,
    rule: planTexts[locale].rule,
    rows,
    years,
    total: {
      months: rows.length,
      amountOre: sum('amountOre'),
      withheldOre: sum('withheldOre'),
      payableOre: sum('payableOre'),
    },
  };
}

const indexLabel = (i: PaymentPlan['rows'][number]['indexApplied']) =>
  i ? `${(i.basisPoints / 100).toFixed(2)} % (${i.year}, ${i.source}${i.preliminary ? ', prel.' : ''})` : '';

/** CSV with semicolons and decimal points, as Swedish Excel and most systems read it. */
export function planCsv(plan: PaymentPlan, locale: PlanLocale): string {
  const t = planTexts[locale];
  const head = [t.year, t.month, t.dueDate, t.amount, t.withheld, t.payable, t.index, t.bankgiro];
  const quote = (s: string) => (/[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = plan.rows.map((r) =>
    [
      r.year,
      r.month,
      r.dueDate,
      formatOreDecimal(r.amountOre),
      formatOreDecimal(r.withheldOre),
      formatOreDecimal(r.payableOre),
      indexLabel(r.indexApplied),
      plan.bankgiro,
    ]
      .map(String)
      .map(quote)
      .join(';'),
  );
  return '\uFEFF' + [head.join(';'), ...lines].join('\r\n') + '\r\n';
}

export async function planXlsx(plan: PaymentPlan, title: string, locale: PlanLocale): Promise<Buffer> {
  const t = planTexts[locale];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Samsyn';
  wb.title = title;
  const ws = wb.addWorksheet(t.sheet);
  ws.addRow([title]).font = { bold: true, size: 13 };
  ws.addRow([`${t.bankgiro}: ${plan.bankgiro}`]);
  ws.addRow([t.rule + ' ' + plan.rule]);
  ws.addRow([]);
  const header = ws.addRow([t.year, t.month, t.dueDate, t.amount, t.withheld, t.payable, t.index]);
  header.font = { bold: true };
  for (const r of plan.rows)
    ws.addRow([
      r.year,
      r.month,
      r.dueDate,
      r.amountOre / 100,
      r.withheldOre / 100,
      r.payableOre / 100,
      indexLabel(r.indexApplied),
    ]);
  ws.addRow([]);
  for (const y of plan.years)
    ws.addRow([
      y.year,
      `${y.months} ${t.months}`,
      t.yearTotal,
      y.amountOre / 100,
      y.withheldOre / 100,
      y.payableOre / 100,
      indexLabel(y.index),
    ]).font = { italic: true };
  for (const c of [4, 5, 6]) ws.getColumn(c).numFmt = '#,##0.00';
  ws.columns.forEach((c, i) => (c.width = [8, 10, 12, 16, 16, 16, 40][i]));
  ws.views = [{ state: 'frozen', ySplit: 5 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
