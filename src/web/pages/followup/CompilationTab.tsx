import { Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { formatDate } from '../../format';
import { areaRatings } from '../../../followup/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useSave, type Column, CaptionedTable } from '../../kit';
import {
  followupApi,
  followupKeys,
  followupPaths,
  useCycleCompilation,
  type Download,
  type Cycle,
  type CycleCompilation,
} from './queries';
import { BodiesQuestionnaire, Suggestions } from './QuestionnaireCompilation';
import { ratingColors, useFollowupLabel } from './shared';
import { StackedBars, type BarRow, type Category } from './StackedBars';
import { LinkedIndicators } from '../indicators/LinkedIndicators';

const downloads: { file: Download; key: string }[] = [
  { file: 'report.docx', key: 'docx' },
  { file: 'report.pdf', key: 'pdf' },
  { file: 'responses.xlsx', key: 'xlsx' },
  { file: 'responses.csv', key: 'csv' },
  { file: 'assessments.csv', key: 'assessmentsCsv' },
];

/** The compiled follow-up: the municipalities' ratings per area and per municipality, the bodies' questionnaire, the suggestions and the files for the council. */
export function CompilationTab({ cycle: c }: { cycle: Cycle }) {
  const { t } = useTranslation();
  const q = useCycleCompilation(c.id);
  return (
    <Stack gap="xl">
      {c.abilities.update && c.status !== 'decided' && <ShareCompilation cycle={c} />}
      <Group gap="sm" role="group" aria-label={t('followup.compilation.downloads')}>
        {downloads.map((d) => (
          <Button key={d.key} component="a" href={followupPaths.download(c.id, d.file)} download variant="outline">
            {t(`followup.compilation.download.${d.key}`)}
          </Button>
        ))}
      </Group>
      {q.isPending && <Loading />}
      <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      {q.data && (
        <>
          <AreaRatings data={q.data} />
          <MunicipalityRatings data={q.data} areas={c.areas} />
          <LinkedIndicators goalItemIds={null} />
          <BodiesQuestionnaire data={q.data} />
          <Suggestions data={q.data} />
        </>
      )}
    </Stack>
  );
}

/** Mail the municipalities' contact persons a link to the compilation (seed 003: at the start of November). */
function ShareCompilation({ cycle: c }: { cycle: Cycle }) {
  const { t } = useTranslation();
  const [shared, setShared] = useState(false);
  const share = useSave({
    send: (x: Cycle) => followupApi.shareCompilation(x),
    invalidate: [followupKeys.all],
    onSaved: () => setShared(true),
  });
  const milestone = c.milestones.find((m) => m.kind === 'compilation_shared');
  return (
    <Paper withBorder p="sm">
      <Text size="sm" mb="xs">
        {milestone?.status === 'done' && milestone.doneOn
          ? t('followup.compilation.sharedOn', { date: formatDate(milestone.doneOn) })
          : t('followup.compilation.shareIntro')}
      </Text>
      <Group gap="sm">
        <ConfirmButton
          variant="outline"
          label={t('followup.compilation.share')}
          title={t('followup.compilation.shareTitle')}
          message={t('followup.compilation.shareMessage')}
          loading={share.pending}
          onConfirm={() => share.submit(c)}
        />
        <Text role="status" size="sm" fw={600}>
          {shared ? t('followup.compilation.sharedNow') : ''}
        </Text>
      </Group>
      <ErrorAlert error={share.error} />
    </Paper>
  );
}

function useRatingCategories(): Category[] {
  const label = useFollowupLabel();
  return areaRatings.map((r) => ({ code: r, label: label('followupRating', r), color: ratingColors[r] }));
}

function AreaRatings({ data }: { data: CycleCompilation }) {
  const { t } = useTranslation();
  const categories = useRatingCategories();
  const toRow = (
    year: number,
    x: { answered: number; distribution: { rating: string; count: number; percent: number }[] },
  ): BarRow => ({
    key: String(year),
    label: String(year),
    answered: x.answered,
    counts: x.distribution.map((d) => ({ code: d.rating, count: d.count, percent: d.percent })),
  });
  return (
    <section>
      <Title order={3} size="h4" mb="sm">
        {t('followup.compilation.byArea')}
      </Title>
      {data.areas.length === 0 && <Text>{t('followup.compilation.noAreas')}</Text>}
      <Stack gap="lg">
        {data.areas.map((a) => (
          <div key={a.code}>
            <Title order={4} size="h5" mb="xs">
              {a.name}
            </Title>
            <StackedBars
              title={t('followup.compilation.areaChart', { area: a.name })}
              rowHeader={t('followup.compilation.year')}
              categories={categories}
              rows={[
                toRow(data.year, a),
                ...[...a.previous].sort((x, y) => y.year - x.year).map((p) => toRow(p.year, p)),
              ]}
            />
            {a.comments.length > 0 && (
              <>
                <Text fw={600} size="sm">
                  {t('followup.compilation.comments')}
                </Text>
                <List spacing={4} size="sm">
                  {a.comments.map((x, i) => (
                    <List.Item key={i}>
                      <Text span fw={600} size="sm">
                        {x.municipalityName}:
                      </Text>{' '}
                      {x.comment}
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </div>
        ))}
      </Stack>
    </section>
  );
}

function MunicipalityRatings({ data, areas }: { data: CycleCompilation; areas: Cycle['areas'] }) {
  const { t } = useTranslation();
  const label = useFollowupLabel();
  const rating = (code: string | null | undefined) => (code ? label('followupRating', code) : '–');
  type Row = CycleCompilation['municipalities'][number];
  const columns: Column<Row>[] = [
    {
      id: 'municipality',
      header: t('followup.feedback.municipality'),
      rowHeader: true,
      cell: (m) => (
        <>
          {m.name}
          <Text size="xs">{label('followupStatus', m.status)}</Text>
        </>
      ),
    },
    ...areas.map((a) => ({
      id: a.code,
      header: a.name,
      cell: (m: Row) => {
        const x = m.areas.find((y) => y.code === a.code);
        const earlier = [...(x?.previous ?? [])].sort((p, q) => q.year - p.year);
        return (
          <>
            <Text size="sm" fw={600}>
              {rating(x?.rating)}
            </Text>
            {earlier.map((p) => (
              <Text key={p.year} size="xs">
                {t('followup.compilation.earlier', { year: p.year, rating: rating(p.rating) })}
              </Text>
            ))}
          </>
        );
      },
    })),
  ];
  return (
    <section>
      <Title order={3} size="h4" mb="sm">
        {t('followup.compilation.byMunicipality')}
      </Title>
      <CaptionedTable
        caption={t('followup.compilation.byMunicipalityCaption', { year: data.year })}
        columns={columns}
        rows={data.municipalities}
        rowKey={(m) => m.organisationId}
        reflow="scroll"
        minWidth={240 + areas.length * 170}
      />
    </section>
  );
}
