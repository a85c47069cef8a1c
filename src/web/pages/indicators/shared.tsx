import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../format';
import { columnSet, WordBadge } from '../../kit';
import { useLocalText } from '../frameworks/queries';
import { indicatorLinks, type IndicatorSummary } from './queries';

const trendColor = { better: '#1d6b34', worse: '#a51d2d', unchanged: 'gray.8' } as const;

/** A value, or "uppgift saknas" in words (never 0, never a blank). */
export function Value({ value }: { value: number | null | undefined }) {
  const { t } = useTranslation();
  return value == null ? (
    <Text span size="sm" fs="italic">
      {t('indicators.missing')}
    </Text>
  ) : (
    <>{formatNumber(value)}</>
  );
}

/** The trend in words and colour, with its years. */
export function TrendBadge({ trend }: { trend: IndicatorSummary['trend'] }) {
  const { t } = useTranslation();
  if (!trend)
    return (
      <Text span size="sm">
        {t('indicators.trends.none')}
      </Text>
    );
  return (
    <Group gap={6} wrap="wrap">
      <WordBadge color={trendColor[trend.kind]}>{t(`indicators.trends.${trend.kind}`)}</WordBadge>
      <Text span size="sm">
        {t('indicators.trends.span', { from: trend.from.year, to: trend.to.year })}
      </Text>
    </Group>
  );
}

/** The KPI's name: its title once fetched, with the id at the source. */
export function kpiName(i: Pick<IndicatorSummary, 'kpi'>): string {
  return i.kpi.title ? `${i.kpi.title} (${i.kpi.id})` : i.kpi.id;
}

export function SourceLine({ i }: { i: Pick<IndicatorSummary, 'source' | 'fetchedAt'> }) {
  const { t } = useTranslation();
  if (!i.fetchedAt) return null;
  return (
    <Text size="sm" c="dimmed">
      {t('indicators.sourceLine', { source: i.source, date: formatDateTime(i.fetchedAt) })}
    </Text>
  );
}

/** The columns of a list of indicators: the KPI (a link to its page), latest value, trend, women/men. */
export function useIndicatorColumns(opts: { withSet?: boolean } = {}) {
  const { t } = useTranslation();
  const local = useLocalText();
  return columnSet<IndicatorSummary>((id) => t(`indicators.cols.${id}`), {
    kpi: {
      rowHeader: true,
      cell: (i) => (
        <Stack gap={2}>
          <Anchor component={Link} to={indicatorLinks.indicator(i.id)} fw={500} style={{ overflowWrap: 'anywhere' }}>
            {kpiName(i)}
          </Anchor>
          {opts.withSet && (
            <Text size="sm">
              {t('indicators.setLabel')}: {i.setName}
            </Text>
          )}
          {opts.withSet && (
            <Text size="sm">
              {t('indicators.goalsLabel')}: {i.goals.map((g) => `${g.code} ${local(g.name)}`).join('; ')}
            </Text>
          )}
        </Stack>
      ),
    },
    latest: (i) =>
      i.latest ? (
        t('indicators.valueYear', { value: formatNumber(i.latest.value), year: i.latest.year })
      ) : (
        <Value value={null} />
      ),
    trend: (i) => <TrendBadge trend={i.trend} />,
    split: (i) =>
      i.split ? (
        <Text size="sm">
          {t('indicators.splitLine', {
            K: i.split.K == null ? t('indicators.missing') : formatNumber(i.split.K),
            M: i.split.M == null ? t('indicators.missing') : formatNumber(i.split.M),
            ratio: i.split.ratio == null ? t('indicators.missing') : formatNumber(i.split.ratio),
          })}
        </Text>
      ) : (
        <Value value={null} />
      ),
  });
}
