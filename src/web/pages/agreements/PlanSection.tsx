import { Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { formatDate, formatMoney } from '../../format';
import { currentLocale } from '../../i18n';
import { CaptionedTable, columnSet, wrappingLabel } from '../../kit';
import { AgreementErrorAlert } from './errors';
import { bpToPercent } from './money';
import { planDownload, usePlan, type Agreement, type PaymentPlan } from './queries';
import { useSeriesName } from './TermsView';

type IndexApplied = PaymentPlan['rows'][number]['indexApplied'];

/** The years a plan can be asked for: from the compensation start to the last period shown. */
function planYears(a: Agreement): number[] {
  const first = Number(a.terms.compensationStart.slice(0, 4));
  const last = Math.max(Number((a.periods.at(-1)?.end ?? a.terms.validTo).slice(0, 4)), first);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The payment plan by month for a chosen range of years, with yearly totals, the rule text and exports. */
export function PlanSection({ agreement: a }: { agreement: Agreement }) {
  const { t, i18n } = useTranslation();
  const years = planYears(a);
  const thisYear = new Date().getFullYear();
  const initial = years.includes(thisYear) ? thisYear : years[years.length - 1];
  const [range, setRange] = useState({ from: initial, to: initial });
  const [draft, setDraft] = useState({ from: String(initial), to: String(initial) });
  const plan = usePlan(a.id, range.from, range.to, i18n.language === 'en' ? 'en' : 'sv');
  const seriesName = useSeriesName()(a.terms.indexSeriesId) ?? '';
  const indexText = (i: IndexApplied) =>
    i
      ? t('agreements.plan.indexText', {
          percent: bpToPercent(i.basisPoints, { fixed: true }),
          series: seriesName,
          year: i.year,
          source: i.source,
          state: i.preliminary ? t('agreements.plan.preliminary') : t('agreements.plan.final'),
        })
      : t('agreements.plan.noIndex');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const from = Number(draft.from);
    const to = Number(draft.to);
    setRange(from <= to ? { from, to } : { from: to, to: from });
  };
  const options = years.map((y) => ({ value: String(y), label: String(y) }));
  const download = (format: 'xlsx' | 'csv') => planDownload(a.id, format, { ...range, lang: currentLocale() });
  const rangeText = range.from === range.to ? String(range.from) : `${range.from}–${range.to}`;
  const formLabel = t('agreements.plan.chooseYears');
  return (
    <>
      <form onSubmit={submit} noValidate aria-label={formLabel}>
        <Group align="flex-end" gap="sm" mb="md">
          <NativeSelect
            label={t('agreements.plan.from')}
            data={options}
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.currentTarget.value })}
          />
          <NativeSelect
            label={t('agreements.plan.to')}
            data={options}
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.currentTarget.value })}
          />
          <Button type="submit" variant="outline">
            {t('agreements.plan.show')}
          </Button>
        </Group>
      </form>
      <Group gap="sm" mb="md">
        <Button component="a" href={download('xlsx')} download variant="outline" styles={wrappingLabel}>
          {t('agreements.plan.exportXlsx')}
        </Button>
        <Button component="a" href={download('csv')} download variant="outline" styles={wrappingLabel}>
          {t('agreements.plan.exportCsv')}
        </Button>
        <Text size="sm">{t('agreements.plan.exportHint', { years: rangeText })}</Text>
      </Group>
      {plan.isPending && <Loading />}
      <AgreementErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />
      {plan.data && (
        <Stack gap="lg">
          <Text style={{ overflowWrap: 'anywhere' }}>
            <strong>{t('agreements.plan.bankgiroLabel')}:</strong> {plan.data.bankgiro}
          </Text>
          {plan.data.years.length === 0 && <Text>{t('agreements.plan.empty', { years: rangeText })}</Text>}
          {plan.data.years.map((y) => (
            <YearTable
              key={y.year}
              year={y}
              rows={plan.data.rows.filter((r) => r.year === y.year)}
              indexText={indexText}
            />
          ))}
          {plan.data.years.length > 1 && (
            <Text fw={600} role="status" style={{ overflowWrap: 'anywhere' }}>
              {t('agreements.plan.total', {
                years: rangeText,
                months: plan.data.total.months,
                amount: formatMoney(plan.data.total.amountOre),
                withheld: formatMoney(plan.data.total.withheldOre),
                payable: formatMoney(plan.data.total.payableOre),
              })}
            </Text>
          )}
          <div>
            <Title order={3} size="h4" mb="xs">
              {t('agreements.plan.ruleTitle')}
            </Title>
            <Text size="sm" maw={760}>
              {plan.data.rule}
            </Text>
          </div>
        </Stack>
      )}
    </>
  );
}

type PlanLine = { month: PaymentPlan['rows'][number] } | { total: PaymentPlan['years'][number] };

function YearTable({
  year: y,
  rows,
  indexText,
}: {
  year: PaymentPlan['years'][number];
  rows: PaymentPlan['rows'];
  indexText: (i: IndexApplied) => string;
}) {
  const { t, i18n } = useTranslation();
  const monthName = (m: number) =>
    new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'sv-SE', { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2000, m - 1, 1)),
    );
  const money = (ore: number) => <span style={{ whiteSpace: 'nowrap' }}>{formatMoney(ore)}</span>;
  const sums = (l: PlanLine) => ('month' in l ? l.month : l.total);
  // The year's total is the last line, in bold (a card of its own on a phone).
  const columns = columnSet<PlanLine>((id) => t(`agreements.plan.${id}`), {
    month: {
      rowHeader: true,
      cell: (l) =>
        'month' in l ? monthName(l.month.month) : <strong>{t('agreements.plan.yearTotal', { year: y.year })}</strong>,
    },
    dueDate: (l) =>
      'month' in l ? formatDate(l.month.dueDate) : <strong>{t('agreements.plan.months', { count: y.months })}</strong>,
    amount: { align: 'right', cell: (l) => money(sums(l).amountOre) },
    withheld: { align: 'right', cell: (l) => money(sums(l).withheldOre) },
    payable: { align: 'right', cell: (l) => money(sums(l).payableOre) },
    index: (l) => indexText('month' in l ? l.month.indexApplied : l.total.index),
  });
  return (
    <CaptionedTable
      caption={t('agreements.plan.caption', { year: y.year })}
      columns={columns}
      rows={[...rows.map((r) => ({ month: r })), { total: y }]}
      rowKey={(l) => ('month' in l ? l.month.dueDate : 'total')}
    />
  );
}
