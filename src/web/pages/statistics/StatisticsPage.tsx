import { Alert, Badge, Button, Group, NativeSelect, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { formatDate } from '../../format';
import { currentLocale } from '../../i18n';
import { CaptionedTable, columnSet } from '../../kit';
import { sourceLabel as sourceName } from '../../../statistics/rules';
import { CountyMap } from './CountyMap';
import { SeriesCharts } from './SeriesCharts';
import {
  statisticsPaths,
  useCountyKpis,
  useMapShapes,
  useSeries,
  useValues,
  kpiKey,
  type MapMode,
  type ValuesAnswer,
} from './queries';

type Row = {
  code: string;
  name: string;
  kind: 'municipality' | 'region' | 'average' | 'country';
  K: number | null;
  M: number | null;
  T: number | null;
  ratio: number | null;
};

/** Numbers in the user's language; a missing value says so ("uppgift saknas"), never 0 or a dash. */
function useFormat() {
  const { t } = useTranslation();
  return useMemo(() => {
    const nf = new Intl.NumberFormat(currentLocale() === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 2 });
    return (v: number | null) => (v === null ? t('statistics.missing') : nf.format(v));
  }, [t]);
}

/** The county's picture: a KPI and a year as a table and a map, an area's series and its comparison, as Word/PDF. */
export function StatisticsPage() {
  const { t } = useTranslation();
  const kpis = useCountyKpis();
  const [kpiId, setKpiId] = useState<string | null>(null);
  const [year, setYear] = useState<number | null>(null);
  const [mode, setMode] = useState<MapMode>('value');
  const [area, setArea] = useState<string | null>(null);
  const kpi = kpis.data?.items.find((k) => kpiKey(k) === kpiId) ?? null;

  // The first KPI and its latest year until the person chooses.
  useEffect(() => {
    const first = kpis.data?.items[0];
    if (!kpiId && first) setKpiId(kpiKey(first));
  }, [kpis.data, kpiId]);
  useEffect(() => {
    if (kpi && (year === null || !kpi.years.includes(year))) setYear(kpi.years.at(-1) ?? null);
  }, [kpi, year]);

  const values = useValues(kpi, kpi && year && kpi.years.includes(year) ? year : null);
  const shapes = useMapShapes();
  const format = useFormat();

  return (
    <>
      <PageHeader title={t('statistics.title')} description={t('statistics.description')} />
      {kpis.isPending && <Loading />}
      <ErrorAlert error={kpis.error} onRetry={() => void kpis.refetch()} />
      {kpis.data && !kpis.data.items.length && <Alert>{t('statistics.noKpis')}</Alert>}
      {kpi && (
        <Stack gap="md">
          <Group align="flex-end" gap="md" wrap="wrap">
            <NativeSelect
              label={t('statistics.kpi')}
              value={kpiKey(kpi)}
              onChange={(e) => {
                setKpiId(e.currentTarget.value);
                setArea(null);
              }}
              data={kpis.data!.items.map((k) => ({
                value: kpiKey(k),
                label: `${k.title} (${k.source === 'kolada' ? k.id : sourceName(k)})`,
              }))}
              style={{ flex: '1 1 260px', minWidth: 0 }}
            />
            <NativeSelect
              label={t('statistics.year')}
              value={year ? String(year) : ''}
              onChange={(e) => setYear(Number(e.currentTarget.value))}
              data={[...kpi.years].reverse().map((y) => String(y))}
              style={{ flex: '0 0 110px' }}
            />
          </Group>
          <Text size="sm" c="dimmed">
            {kpi.description} {kpi.isDividedByGender ? t('statistics.genderSplit') : t('statistics.noGenderSplit')}
          </Text>
          {values.isPending && <Loading />}
          <ErrorAlert error={values.error} onRetry={() => void values.refetch()} />
          {values.data && (
            <Picture
              values={values.data}
              mode={kpi.isDividedByGender ? mode : 'value'}
              setMode={kpi.isDividedByGender ? setMode : undefined}
              shapes={shapes.data}
              format={format}
              onOpen={setArea}
            />
          )}
          {values.data && <SeriesSection values={values.data} area={area} setArea={setArea} format={format} />}
        </Stack>
      )}
    </>
  );
}

function SourceLine({ source, fetchedAt, demo }: { source: string; fetchedAt: string | null; demo: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm" data-testid="source">
        {t('statistics.source', { source })}
        {fetchedAt ? ` · ${t('statistics.fetched', { date: formatDate(fetchedAt) })}` : ''}
      </Text>
      {demo && (
        <Badge color="#8f3900" variant="filled" title={t('statistics.demoNote')}>
          {t('statistics.demo')}
        </Badge>
      )}
    </Group>
  );
}

function Picture({
  values: v,
  mode,
  setMode,
  shapes,
  format,
  onOpen,
}: {
  values: ValuesAnswer;
  mode: MapMode;
  setMode?: (m: MapMode) => void;
  shapes: import('./queries').MapShapes | undefined;
  format: (v: number | null) => string;
  onOpen: (code: string) => void;
}) {
  const { t } = useTranslation();
  const avg = v.countyAverage;
  const split = v.kpi.isDividedByGender;
  const averageFrom =
    !split || (avg.count.K === avg.count.M && avg.count.M === avg.count.T)
      ? t('statistics.averageFrom', { n: avg.count.T, count: avg.of })
      : t('statistics.averageFromSplit', { ...avg.count, of: avg.of });
  const rows: Row[] = [
    ...v.municipalities.map((m) => ({ ...m, name: m.name ?? m.code, kind: 'municipality' as const })),
    ...(v.region ? [{ ...v.region, name: v.region.name ?? v.region.code, kind: 'region' as const }] : []),
    { ...avg, code: 'average', name: `${t('statistics.countyAverage')} (${averageFrom})`, kind: 'average' as const },
    ...(v.country ? [{ ...v.country, name: t('statistics.country'), kind: 'country' as const }] : []),
  ];
  const columns = columnSet<Row>((id) => t(`statistics.table.${id}`), {
    area: { rowHeader: true, cell: (r) => r.name },
    K: { align: 'right', hidden: !split, cell: (r) => format(r.K) },
    M: { align: 'right', hidden: !split, cell: (r) => format(r.M) },
    T: { align: 'right', cell: (r) => format(r.T) },
    ratio: { align: 'right', hidden: !split, cell: (r) => format(r.ratio) },
    series: (r) =>
      r.kind === 'municipality' || r.kind === 'region' ? (
        <Button
          size="compact-sm"
          variant="subtle"
          onClick={() => onOpen(r.code)}
          aria-label={t('statistics.table.openSeries', { name: r.name })}
        >
          {t('statistics.table.series')}
        </Button>
      ) : null,
  });
  const mapAreas = v.municipalities.map((m) => ({
    code: m.code,
    name: m.name ?? m.code,
    value: mode === 'ratio' ? m.ratio : m.T,
  }));
  const beside = [
    ...(v.region
      ? [{ label: v.region.name ?? v.region.code, a: v.region as { T: number | null; ratio: number | null } }]
      : []),
    { label: t('statistics.countyAverage'), a: avg },
    ...(v.country ? [{ label: t('statistics.country'), a: v.country }] : []),
  ];
  return (
    <>
      {v.demo && <Alert title={t('statistics.demo')}>{t('statistics.demoNote')}</Alert>}
      <Group justify="space-between" gap="sm" wrap="wrap">
        <SourceLine source={sourceName(v.kpi)} fetchedAt={v.fetchedAt} demo={v.demo} />
        <Group gap="xs" role="group" aria-label={t('statistics.downloads')}>
          {(['docx', 'pdf'] as const).map((f) => (
            <Button
              key={f}
              component="a"
              href={statisticsPaths.picture(v.kpi, v.year, mode, f)}
              download
              variant="outline"
              size="sm"
              aria-label={t('statistics.downloadLabel', { format: t(`statistics.${f}`) })}
            >
              {t(`statistics.${f}`)}
            </Button>
          ))}
        </Group>
      </Group>
      <Section title={t('statistics.map.title', { kpi: v.kpi.title, year: v.year })}>
        {setMode && (
          <Stack gap={4} mb="sm">
            <Text size="sm" fw={500} id="statistics-mode-label">
              {t('statistics.show')}
            </Text>
            <SegmentedControl
              aria-labelledby="statistics-mode-label"
              value={mode}
              onChange={(m) => setMode(m as MapMode)}
              data={(['value', 'ratio'] as const).map((m) => ({ value: m, label: t(`statistics.modes.${m}`) }))}
            />
          </Stack>
        )}
        {shapes && shapes.areas.length ? (
          <CountyMap
            shapes={shapes}
            areas={mapAreas}
            mode={mode}
            title={t('statistics.map.title', { kpi: v.kpi.title, year: v.year })}
            format={format}
            onOpen={onOpen}
          />
        ) : (
          shapes && <Text>{t('statistics.map.none')}</Text>
        )}
        <Text fw={700} size="sm" mt="md">
          {t('statistics.map.besides')}
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs" data-testid="map-beside">
          {beside.map((b) => (
            <Text key={b.label} size="sm">
              {b.label}: {format(mode === 'ratio' ? b.a.ratio : b.a.T)}
            </Text>
          ))}
        </SimpleGrid>
      </Section>
      <CaptionedTable
        caption={t('statistics.table.caption', { kpi: v.kpi.title, year: v.year })}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
      />
      <Text size="sm" c="dimmed">
        {t('statistics.averageNote')}
      </Text>
    </>
  );
}

function SeriesSection({
  values: v,
  area,
  setArea,
  format,
}: {
  values: ValuesAnswer;
  area: string | null;
  setArea: (a: string) => void;
  format: (v: number | null) => string;
}) {
  const { t } = useTranslation();
  const areas = [...v.municipalities, ...(v.region ? [v.region] : [])].map((a) => ({
    value: a.code,
    label: a.name ?? a.code,
  }));
  const chosen = area ?? areas[0]?.value ?? null;
  const series = useSeries(v.kpi, chosen);
  const name = areas.find((a) => a.value === chosen)?.label ?? '';
  useEffect(() => {
    if (area) document.getElementById('statistics-series')?.scrollIntoView({ block: 'start' });
  }, [area]);
  if (!chosen) return null;
  return (
    <div id="statistics-series">
      <Section title={t('statistics.seriesTitle', { name })}>
        <NativeSelect
          label={t('statistics.chooseArea')}
          value={chosen}
          onChange={(e) => setArea(e.currentTarget.value)}
          data={areas}
          mb="md"
          maw={360}
        />
        {series.isPending && <Loading />}
        <ErrorAlert error={series.error} onRetry={() => void series.refetch()} />
        {series.data && series.data.points.length === 0 && <Text>{t('statistics.noSeries')}</Text>}
        {series.data && series.data.points.length > 0 && (
          <Stack gap="sm">
            <SourceLine source={series.data.source} fetchedAt={series.data.fetchedAt} demo={series.data.demo} />
            <SeriesCharts series={series.data} name={name} format={format} />
          </Stack>
        )}
      </Section>
    </div>
  );
}
