import { renderCsv, renderXlsx } from '../documents/index.js';
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

/** The index applied, e.g. "2,70 % (2016, LPIX)": a decimal comma in Swedish. */
const indexLabel = (i: PaymentPlan['rows'][number]['indexApplied'], locale: PlanLocale) =>
  i
    ? `${decimal((i.basisPoints / 100).toFixed(2), locale)} % (${i.year}, ${i.source}${i.preliminary ? ', prel.' : ''})`
    : '';
const decimal = (s: string, locale: PlanLocale) => (locale === 'sv' ? s.replace('.', ',') : s);

/**
 * The file named for what it is: "Betalningsplan Bräcke kommun 2014–2020.xlsx" — the party, and
 * the years the plan covers (issue 10 item 15); the download helper keeps å, ä, ö.
 */
export function planFileName(plan: PaymentPlan, partyName: string, ext: 'csv' | 'xlsx', locale: PlanLocale): string {
  const years = plan.years.map((y) => y.year);
  const span = years.length
    ? ` ${Math.min(...years)}${years.length > 1 && Math.max(...years) !== Math.min(...years) ? `–${Math.max(...years)}` : ''}`
    : '';
  return `${planTexts[locale].sheet} ${partyName}${span}.${ext}`;
}

/**
 * CSV for Swedish Excel: semicolons and a decimal comma ("51774,62"), which Swedish Excel reads as a
 * number (with a decimal point it reads text or a date; issue 10 item 16). Amounts are written from
 * whole öre, so they always have two decimals. The Excel file keeps real numbers.
 */
export function planCsv(plan: PaymentPlan, locale: PlanLocale): string {
  const t = planTexts[locale];
  const kr = (ore: number) => formatOreDecimal(ore).replace('.', ',');
  return renderCsv(
    [t.year, t.month, t.dueDate, t.amount, t.withheld, t.payable, t.index, t.bankgiro],
    plan.rows.map((r) => [
      r.year,
      r.month,
      r.dueDate,
      kr(r.amountOre),
      kr(r.withheldOre),
      kr(r.payableOre),
      indexLabel(r.indexApplied, locale),
      plan.bankgiro,
    ]),
  );
}

/** The plan as Excel: title, bankgiro and the payment rule above the months, the year totals below them. */
export function planXlsx(plan: PaymentPlan, title: string, locale: PlanLocale): Promise<Buffer> {
  const t = planTexts[locale];
  const money = { width: 16, format: '#,##0.00' };
  return renderXlsx({
    title,
    sheets: [
      {
        name: t.sheet,
        preamble: [title, `${t.bankgiro}: ${plan.bankgiro}`, plan.rule],
        columns: [
          { header: t.year, width: 8 },
          { header: t.month, width: 10 },
          { header: t.dueDate, width: 12 },
          { header: t.amount, ...money },
          { header: t.withheld, ...money },
          { header: t.payable, ...money },
          { header: t.index, width: 40 },
        ],
        rows: plan.rows.map((r) => [
          r.year,
          r.month,
          r.dueDate,
          r.amountOre / 100,
          r.withheldOre / 100,
          r.payableOre / 100,
          indexLabel(r.indexApplied, locale),
        ]),
        summary: plan.years.map((y) => [
          y.year,
          `${y.months} ${t.months}`,
          t.yearTotal,
          y.amountOre / 100,
          y.withheldOre / 100,
          y.payableOre / 100,
          indexLabel(y.index, locale),
        ]),
      },
    ],
  });
}
