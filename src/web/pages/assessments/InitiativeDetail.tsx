import { Anchor, Button, Text } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Initiative } from '../../../assessments/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldList } from '../../components/FieldList';
import { Loading } from '../../components/Loading';
import { Section } from '../../components/Section';
import { formatDate, formatDateTime } from '../../format';
import { useEnum } from '../../i18n/useEnum';
import { DetailPage, History, type Column, CaptionedTable, RecordLink } from '../../kit';
import { ConflictTable } from './ConflictTable';
import { initiativeFieldLabel } from './programmeFields';
import { assessmentLinks, assessmentsApi, initiativeKeys, useInitiative, useInitiativeConflicts } from './queries';
import { StartAssessment } from './StartAssessment';
import { useAssessmentChange } from './useAssessmentSave';

type Round = Initiative['assessments'][number] & { previous?: Initiative['assessments'][number] };

export function InitiativeDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const q = useInitiative(id);
  return (
    <DetailPage
      query={q}
      title={(i) => i.name}
      back={q.data && { to: `/programmes/${q.data.programmeId}`, label: q.data.programmeName }}
      actions={(i) => [{ label: t('common.edit'), to: `/initiatives/${i.id}/edit`, can: i.abilities.update }]}
    >
      {(i) => <InitiativeBody i={i} />}
    </DetailPage>
  );
}

function InitiativeBody({ i }: { i: Initiative }) {
  const { t } = useTranslation();
  const label = useEnum();
  const navigate = useNavigate();
  const conflicts = useInitiativeConflicts(i.id);
  const reassess = useAssessmentChange(
    (fromId: string) => assessmentsApi.reassess(fromId),
    (a) => navigate(`/assessments/${a.id}`),
  );
  const sorted = [...i.assessments].sort((a, b) => b.number - a.number);
  const rounds: Round[] = sorted.map((r, n) => ({ ...r, previous: sorted[n + 1] }));
  const latest = rounds[0];
  const columns: Column<Round>[] = [
    {
      id: 'round',
      header: t('initiatives.rounds.round'),
      rowHeader: true,
      cell: (r) => (
        <RecordLink to={`/assessments/${r.id}`}>{t('initiatives.rounds.open', { number: r.number })}</RecordLink>
      ),
    },
    { id: 'status', header: t('common.status'), cell: (r) => label('assessmentStatus', r.status) },
    {
      id: 'finishedAt',
      header: t('initiatives.rounds.finishedAt'),
      cell: (r) => (r.finishedAt ? formatDateTime(r.finishedAt) : '–'),
    },
    {
      id: 'compare',
      header: t('initiatives.rounds.compare'),
      cell: (r) =>
        r.previous ? (
          <Anchor
            component={Link}
            to={`/assessments/${r.id}/compare/${r.previous.id}`}
            aria-label={t('initiatives.rounds.compareNamed', { from: r.previous.number, to: r.number })}
          >
            {t('initiatives.rounds.compareLink')}
          </Anchor>
        ) : (
          '–'
        ),
    },
  ];

  return (
    <>
      <Section title={t('common.details')}>
        <FieldList
          items={[
            {
              label: t('initiatives.fields.programme'),
              value: <RecordLink to={`/programmes/${i.programmeId}`}>{i.programmeName}</RecordLink>,
            },
            { label: t('initiatives.fields.startDate'), value: formatDate(i.startDate) },
            {
              label: t('initiatives.fields.stakeholderGroups'),
              value: i.stakeholderGroups.join(', ') || t('initiatives.noGroups'),
            },
            {
              label: t('initiatives.fields.shared'),
              value: i.shared ? t('programmes.shared') : t('programmes.notShared'),
            },
            { label: t('initiatives.fields.description'), value: i.description },
          ]}
        />
      </Section>
      <Section title={t('initiatives.rounds.title')}>
        <CaptionedTable
          caption={t('initiatives.rounds.caption', { name: i.name })}
          columns={columns}
          rows={rounds}
          empty={t('initiatives.rounds.empty')}
        />
        <ErrorAlert error={reassess.error} />
        {i.abilities.assess && !latest && <StartAssessment initiative={i} />}
        {i.abilities.assess && latest?.status === 'finished' && (
          <>
            <Text size="sm" mb="xs" mt="md">
              {t('initiatives.reassessIntro')}
            </Text>
            <Button onClick={() => reassess.submit(latest.id)} loading={reassess.pending}>
              {t('initiatives.reassess')}
            </Button>
          </>
        )}
      </Section>
      <Section title={t('initiatives.conflictsTitle')}>
        {conflicts.isPending && <Loading />}
        <ErrorAlert error={conflicts.error} onRetry={() => void conflicts.refetch()} />
        {conflicts.data && (
          <ConflictTable
            conflicts={conflicts.data}
            caption={t('initiatives.conflictsCaption', { name: i.name })}
            showInitiative={false}
          />
        )}
      </Section>
      <History
        path={assessmentLinks.initiativeAudit(i.id)}
        queryKey={initiativeKeys.one(i.id)}
        fieldLabel={initiativeFieldLabel(t)}
      />
    </>
  );
}
