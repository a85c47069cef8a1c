import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Box, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CaptionedTable, columnSet } from '../../kit';
import type { SeriesAnswer } from './queries';

const clip = { overflow: 'hidden', minWidth: 0 } as const;

type Fmt = (v: number | null) => string;

/** Women purple, men orange and dashed, total grey: told apart without colour too. */
const LINES = { K: '#5e3c99', M: '#b35806', T: '#3d4148' } as const;

/**
 * An area's series with K, M and T lines (Mantine charts on recharts), and the same values as a table
 * for a screen reader; then the area beside the region, the county's average and the country.
 */
export function SeriesCharts({ series, name, format }: { series: SeriesAnswer; name: string; format: Fmt }) {
  const { t } = useTranslation();
  const kpi = series.kpi.title;
  const points = series.points.map((p) => ({ year: String(p.year), K: p.K, M: p.M, T: p.T, ratio: p.ratio }));
  const genders = series.kpi.isDividedByGender ? (['K', 'M', 'T'] as const) : (['T'] as const);
  const lines = genders.map((g) => ({
    name: g,
    label: t(`statistics.table.${g}`),
    color: LINES[g],
    ...(g === 'M' ? { strokeDasharray: '6 4' } : {}),
  }));
  const columns = columnSet<(typeof points)[number]>((id) => t(`statistics.table.${id}`), {
    year: { header: t('statistics.year'), rowHeader: true, cell: (p) => p.year },
    ...Object.fromEntries(
      genders.map((g) => [g, { align: 'right' as const, cell: (p: (typeof points)[number]) => format(p[g]) }]),
    ),
    ...(series.kpi.isDividedByGender
      ? { ratio: { align: 'right' as const, cell: (p: (typeof points)[number]) => format(p.ratio) } }
      : {}),
  });

  const c = series.comparison;
  const at = (xs: { year: number; T: number | null }[] | null, year: number) =>
    xs?.find((x) => x.year === year)?.T ?? null;
  const years = [...new Set([...series.points, ...c.countyAverage, ...c.country].map((p) => p.year))].sort(
    (a, b) => a - b,
  );
  const compare = years.map((year) => ({
    year: String(year),
    area: at(series.points, year),
    region: at(c.region, year),
    average: at(c.countyAverage, year),
    country: at(c.country, year),
  }));
  const compareKeys = (['area', 'region', 'average', 'country'] as const).filter(
    (k) => !(k === 'region' && (!c.region || series.area.kind === 'region')),
  );
  const compareLabel = (k: (typeof compareKeys)[number]) => t(`statistics.compare.${k}`, { name });
  const compareColours = { area: '#1f2328', region: '#1d6b34', average: '#0b5cad', country: '#8f3900' } as const;
  const compareColumns = columnSet<(typeof compare)[number]>(() => '', {
    year: { header: t('statistics.year'), rowHeader: true, cell: (p) => p.year },
    ...Object.fromEntries(
      compareKeys.map((k) => [
        k,
        { header: compareLabel(k), align: 'right' as const, cell: (p: (typeof compare)[number]) => format(p[k]) },
      ]),
    ),
  });

  return (
    <Stack gap="lg">
      {/* Clipped to its column: the chart measures its width after a resize, and until it has, it must
          not push the page sideways. */}
      <Box role="img" aria-label={t('statistics.seriesChart', { kpi, name })} data-testid="series-chart" style={clip}>
        <LineChart
          h={260}
          data={points}
          dataKey="year"
          series={lines}
          connectNulls={false}
          withLegend
          valueFormatter={(v) => format(v)}
          withTooltip={false}
        />
      </Box>
      <CaptionedTable
        caption={t('statistics.seriesCaption', { kpi, name })}
        columns={columns}
        rows={points}
        rowKey={(p) => p.year}
      />
      <Title order={3} size="h4">
        {t('statistics.compareTitle', { name })}
      </Title>
      <Box role="img" aria-label={t('statistics.compareChart', { name })} data-testid="compare-chart" style={clip}>
        <LineChart
          h={260}
          data={compare}
          dataKey="year"
          series={compareKeys.map((k) => ({
            name: k,
            label: compareLabel(k),
            color: compareColours[k],
            ...(k === 'country' ? { strokeDasharray: '6 4' } : k === 'average' ? { strokeDasharray: '2 3' } : {}),
          }))}
          connectNulls={false}
          withLegend
          valueFormatter={(v) => format(v)}
          withTooltip={false}
        />
      </Box>
      <CaptionedTable
        caption={t('statistics.compareCaption', { kpi, name })}
        columns={compareColumns}
        rows={compare}
        rowKey={(p) => p.year}
      />
    </Stack>
  );
}
