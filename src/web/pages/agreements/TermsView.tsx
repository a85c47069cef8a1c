import { Box, List, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldList } from '../../components/FieldList';
import { formatDate } from '../../format';
import { CaptionedTable, columnSet } from '../../kit';
import { bpToPercent } from './money';
import { useIndexSeries, type Template } from './queries';

type Terms = Template['terms'];

export function useSeriesName() {
  const series = useIndexSeries();
  return (id: string | null) => (id ? (series.data?.find((s) => s.id === id)?.name ?? '…') : null);
}

/** The terms of an agreement or template: documents in order of precedence, validity, areas, clauses. */
export function TermsView({ terms }: { terms: Terms }) {
  const { t } = useTranslation();
  const seriesName = useSeriesName();
  const series = seriesName(terms.indexSeriesId);
  const areaColumns = columnSet<Terms['areas'][number]>((id) => t(`agreements.terms.${id}`), {
    areaCode: (x) => x.code,
    areaName: { rowHeader: true, cell: (x) => x.name },
    areaShare: { align: 'right', cell: (x) => `${bpToPercent(x.basisPoints)} %` },
  });
  return (
    <>
      <FieldList
        items={[
          { label: t('agreements.fields.title'), value: terms.title },
          {
            label: t('agreements.fields.validity'),
            value: `${formatDate(terms.validFrom)} – ${formatDate(terms.validTo)}`,
          },
          {
            label: t('agreements.fields.extension'),
            value:
              terms.extensionYears > 0
                ? t('agreements.terms.extension', { count: terms.extensionYears })
                : t('agreements.terms.noExtension'),
          },
          { label: t('agreements.fields.notice'), value: t('agreements.terms.notice', { count: terms.noticeMonths }) },
          {
            label: t('agreements.fields.reminder'),
            value: t('agreements.terms.reminder', { count: terms.reminderDays }),
          },
          { label: t('agreements.fields.compensationStart'), value: formatDate(terms.compensationStart) },
          {
            label: t('agreements.fields.indexSeries'),
            value: series
              ? t('agreements.terms.indexFrom', { series, year: terms.indexFromYear ?? '' })
              : t('agreements.terms.noIndex'),
          },
          { label: t('agreements.fields.bankgiro'), value: terms.bankgiro },
        ]}
      />
      <WideList
        items={[
          {
            label: t('agreements.fields.documents'),
            value: (
              <>
                <List type="ordered" spacing={2}>
                  {terms.documents.map((d, i) => (
                    <List.Item key={i}>{d}</List.Item>
                  ))}
                </List>
                <Text size="sm" mt={4}>
                  {t('agreements.terms.documentsHint')}
                </Text>
              </>
            ),
          },
        ]}
      />
      <Box mt="md">
        <CaptionedTable
          caption={t('agreements.terms.areasCaption')}
          columns={areaColumns}
          rows={terms.areas}
          rowKey={(x) => x.code}
        />
      </Box>
      <WideList
        items={[
          { label: t('agreements.fields.purpose'), value: terms.purpose },
          { label: t('agreements.fields.insightClause'), value: terms.insightClause },
          { label: t('agreements.fields.followUpClause'), value: terms.followUpClause },
          { label: t('agreements.fields.disputeClause'), value: terms.disputeClause },
        ]}
      />
    </>
  );
}

/** Label–value pairs for long texts: one per row, the text as wide as the page allows. */
function WideList({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <Box component="dl" mt="md" mb={0} maw={820} style={{ overflowWrap: 'anywhere' }}>
      {items.map((i) => (
        <div key={i.label} style={{ marginBottom: 'var(--mantine-spacing-sm)' }}>
          <Text component="dt" fw={600} size="sm">
            {i.label}
          </Text>
          <Text component="dd" m={0} style={{ whiteSpace: 'pre-line' }}>
            {i.value === null || i.value === undefined || i.value === '' ? '–' : i.value}
          </Text>
        </div>
      ))}
    </Box>
  );
}
