import { Button, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { qs } from '../../api';
import { Loading } from '../../components/Loading';
import { TableScroll } from '../../components/TableScroll';
import { formatDate, formatMoney } from '../../format';
import { currentLocale } from '../../i18n';
import { AgreementErrorAlert } from './errors';
import { bpToPercent } from './money';
import { usePlan, type Agreement, type PaymentPlan } from './queries';
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
  const exportQuery = qs({ from: range.from, to: range.to, lang: currentLocale() });
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
        <Button component="a" href={`/api/agreements/${a.id}/plan.xlsx${exportQuery}`} download variant="outline">
          {t('agreements.plan.exportXlsx')}
        </Button>
        <Button component="a" href={`/api/agreements/${a.id}/plan.csv${exportQuery}`} download variant="outline">
          {t('agreements.plan.exportCsv')}
        </Button>
        <Text size="sm">{t('agreements.plan.exportHint', { years: rangeText })}</Text>
      </Group>
      {plan.isPending && <Loading />}
      <AgreementErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />
      {plan.data && (
        <Stack gap="lg">
          <Text>
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
            <Text fw={600} role="status">
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
  const caption = t('agreements.plan.caption', { year: y.year });
  return (
    <TableScroll minWidth={860} label={caption}>
      <Table striped withTableBorder fz="sm">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600, color: 'inherit' }}>
          {caption}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('agreements.plan.month')}</Table.Th>
            <Table.Th scope="col">{t('agreements.plan.dueDate')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('agreements.plan.amount')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('agreements.plan.withheld')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('agreements.plan.payable')}
            </Table.Th>
            <Table.Th scope="col">{t('agreements.plan.index')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.dueDate}>
              <Table.Th scope="row" fw={400}>
                {monthName(r.month)}
              </Table.Th>
              <Table.Td>{formatDate(r.dueDate)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatMoney(r.amountOre)}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatMoney(r.withheldOre)}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatMoney(r.payableOre)}
              </Table.Td>
              <Table.Td>{indexText(r.indexApplied)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
              {t('agreements.plan.yearTotal', { year: y.year })}
            </Table.Th>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{t('agreements.plan.months', { count: y.months })}</Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              {formatMoney(y.amountOre)}
            </Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              {formatMoney(y.withheldOre)}
            </Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              {formatMoney(y.payableOre)}
            </Table.Td>
            <Table.Td>{indexText(y.index)}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </TableScroll>
  );
}
