import type { ReactNode } from 'react';
import { Alert, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format';
import { DetailPage, SmallTable, columnSet, useSave } from '../../kit';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLocalText } from '../frameworks/queries';
import { indicatorKeys, indicatorLinks, indicatorsApi, useIndicator, type IndicatorPage as Page } from './queries';
import { kpiName, SourceLine, TrendBadge, Value } from './shared';

type Year = Page['years'][number];
type Municipality = Page['municipalities'][number];

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={700}>
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

/**
 * An indicator's page: the county's baseline, latest value and trend against the wanted direction,
 * the women/men split, the county against the country, the years, and each municipality.
 */
export function IndicatorPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const local = useLocalText();
  const remove = useSave({
    send: indicatorsApi.removeIndicator,
    invalidate: [indicatorKeys.all],
    onSaved: (s) => navigate(indicatorLinks.set(s.id)),
  });
  const valueYear = (v: { value: number; year: number } | null) =>
    v ? t('indicators.valueYear', { value: formatNumber(v.value), year: v.year }) : <Value value={null} />;
  const years = columnSet<Year>((c) => t(`indicators.cols.${c}`), {
    year: { rowHeader: true, cell: (y) => y.year },
    county: { align: 'right', cell: (y) => <Value value={y.countyValue} /> },
    country: { align: 'right', cell: (y) => <Value value={y.countryValue} /> },
    women: { align: 'right', cell: (y) => <Value value={y.county.K} /> },
    men: { align: 'right', cell: (y) => <Value value={y.county.M} /> },
    ratio: { align: 'right', cell: (y) => <Value value={y.county.ratio} /> },
  });
  const municipalities = columnSet<Municipality>((c) => t(`indicators.cols.${c}`), {
    municipality: { rowHeader: true, cell: (m) => m.name },
    year: (m) => m.year ?? '–',
    value: { align: 'right', cell: (m) => <Value value={m.value} /> },
    women: { align: 'right', cell: (m) => <Value value={m.K} /> },
    men: { align: 'right', cell: (m) => <Value value={m.M} /> },
    ratio: { align: 'right', cell: (m) => <Value value={m.ratio} /> },
    trend: (m) => <TrendBadge trend={m.trend} />,
  });
  return (
    <DetailPage
      query={useIndicator(id)}
      title={(i) => kpiName(i)}
      back={{ to: '/indicators', label: t('indicators.title') }}
      description={(i) => (
        <Stack gap={4}>
          <Text>
            {t('indicators.setLabel')}: {i.setName}. {t('indicators.fields.direction')}:{' '}
            {t(`indicators.directions.${i.direction}`)}.
          </Text>
          <SourceLine i={i} />
        </Stack>
      )}
      actions={(i) => [
        { label: t('indicators.editIndicator'), to: indicatorLinks.editIndicator(i.id), can: i.abilities.update },
        {
          label: t('indicators.remove'),
          can: i.abilities.archive,
          element: (
            <ConfirmButton
              variant="outline"
              color="red.9"
              label={t('indicators.remove')}
              title={t('indicators.remove')}
              message={t('indicators.removeConfirm', { kpi: kpiName(i) })}
              onConfirm={() => remove.submit(i)}
              loading={remove.pending}
            />
          ),
        },
      ]}
    >
      {(i) => (
        <Stack gap="lg">
          <ErrorAlert error={remove.error} />
          {!i.latest && (
            <Alert variant="outline" color="gray.8">
              {t('indicators.noFigures', { kpi: i.kpi.id })}
            </Alert>
          )}
          <section aria-labelledby="summary">
            <Title order={2} id="summary" mb="sm">
              {t('indicators.summaryTitle')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
              <Fact label={t('indicators.latest')}>{valueYear(i.latest)}</Fact>
              <Fact label={t('indicators.baseline')}>{valueYear(i.baseline)}</Fact>
              <Fact label={t('indicators.trend')}>
                <TrendBadge trend={i.trend} />
              </Fact>
              <Fact label={t('indicators.target')}>
                {i.targetValue === null ? (
                  '–'
                ) : (
                  <>
                    {i.targetYear
                      ? t('indicators.targetLine', { value: formatNumber(i.targetValue), year: i.targetYear })
                      : t('indicators.targetNoYear', { value: formatNumber(i.targetValue) })}
                    {i.target && <Text size="sm">{t(`indicators.targets.${i.target}`)}</Text>}
                  </>
                )}
              </Fact>
              <Fact label={i.split ? t('indicators.split', { year: i.split.year }) : t('indicators.cols.split')}>
                {i.split ? (
                  t('indicators.splitLine', {
                    K: i.split.K == null ? t('indicators.missing') : formatNumber(i.split.K),
                    M: i.split.M == null ? t('indicators.missing') : formatNumber(i.split.M),
                    ratio: i.split.ratio == null ? t('indicators.missing') : formatNumber(i.split.ratio),
                  })
                ) : (
                  <Value value={null} />
                )}
              </Fact>
              <Fact label={t('indicators.countyVsCountry')}>
                {i.standing
                  ? t(`indicators.standings.${i.standing.kind}`, { year: i.standing.year })
                  : t('indicators.standings.none')}
                {i.countyBasis && <Text size="sm">{t(`indicators.basis.${i.countyBasis}`)}</Text>}
              </Fact>
            </SimpleGrid>
            <Text size="sm" mt="sm">
              {t('indicators.measuredBy')}:{' '}
              {i.direction === 'equality' ? t('indicators.measuredRatio') : t('indicators.measuredTotal')}
            </Text>
          </section>
          <section aria-labelledby="goals">
            <Title order={2} id="goals" mb="sm">
              {t('indicators.goalsLabel')}
            </Title>
            <List>
              {i.goals.map((g) => (
                <List.Item key={g.id}>
                  {local(g.frameworkName)}: {g.code} {local(g.name)}
                </List.Item>
              ))}
            </List>
          </section>
          {i.years.length > 0 && (
            <SmallTable
              caption={t('indicators.yearsCaption')}
              columns={years}
              rows={i.years}
              rowKey={(y) => String(y.year)}
            />
          )}
          {i.years.length > 0 && (
            <SmallTable
              caption={t('indicators.municipalitiesCaption')}
              columns={municipalities}
              rows={i.municipalities}
              rowKey={(m) => m.code}
            />
          )}
          {i.note && <Text>{i.note}</Text>}
        </Stack>
      )}
    </DetailPage>
  );
}
