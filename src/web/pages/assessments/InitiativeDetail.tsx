import { Anchor, Button, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../assessments/contract';
import { api } from '../../api';
import { AuditHistory } from '../../components/AuditHistory';
import { BackLink } from '../../components/BackLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldList } from '../../components/FieldList';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { TableScroll } from '../../components/TableScroll';
import { formatDate, formatDateTime } from '../../format';
import { useEnum } from '../../i18n/useEnum';
import { useCan } from '../../permissions';
import { ConflictTable } from './ConflictTable';
import { initiativeFieldLabel } from './programmeFields';
import { assessmentKeys, initiativeKeys, programmeKeys, useInitiative, useInitiativeConflicts } from './queries';
import { StartAssessment } from './StartAssessment';

export function InitiativeDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const label = useEnum();
  const can = useCan();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const q = useInitiative(id);
  const conflicts = useInitiativeConflicts(id);
  const reassess = useMutation({
    mutationFn: (fromId: string) => api.post<Assessment>(`/api/assessments/${fromId}/reassess`, {}),
    onSuccess: async (a) => {
      qc.setQueryData(assessmentKeys.one(a.id), a);
      await qc.invalidateQueries({ queryKey: initiativeKeys.one(id) });
      void qc.invalidateQueries({ queryKey: programmeKeys.all });
      navigate(`/assessments/${a.id}`);
    },
  });

  if (q.isPending) return <Loading />;
  if (q.error || !q.data) return <LoadFailed error={q.error} onRetry={() => void q.refetch()} />;
  const i = q.data;
  const target = { countyId: i.countyId, organisationId: i.organisationId, shared: i.shared };
  const canEdit = can('update', 'assessment', target) && !i.archived;
  const rounds = [...i.assessments].sort((a, b) => b.number - a.number);
  const latest = rounds[0];
  const caption = t('initiatives.rounds.caption', { name: i.name });

  return (
    <>
      <PageHeader
        title={i.name}
        above={<BackLink to={`/programmes/${i.programmeId}`} label={i.programmeName} />}
        actions={
          canEdit && (
            <Button component={Link} to={`/initiatives/${i.id}/edit`}>
              {t('common.edit')}
            </Button>
          )
        }
      />
      <Section title={t('common.details')}>
        <FieldList
          items={[
            {
              label: t('initiatives.fields.programme'),
              value: (
                <Anchor component={Link} to={`/programmes/${i.programmeId}`}>
                  {i.programmeName}
                </Anchor>
              ),
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
        {rounds.length === 0 ? (
          <Text mb="md">{t('initiatives.rounds.empty')}</Text>
        ) : (
          <TableScroll minWidth={560} label={caption}>
            <Table striped withTableBorder mb="md">
              <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('initiatives.rounds.round')}</Table.Th>
                  <Table.Th scope="col">{t('common.status')}</Table.Th>
                  <Table.Th scope="col">{t('initiatives.rounds.finishedAt')}</Table.Th>
                  <Table.Th scope="col">{t('initiatives.rounds.compare')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rounds.map((r, n) => {
                  const previous = rounds[n + 1];
                  return (
                    <Table.Tr key={r.id}>
                      <Table.Th scope="row" fw={500}>
                        <Anchor component={Link} to={`/assessments/${r.id}`}>
                          {t('initiatives.rounds.open', { number: r.number })}
                        </Anchor>
                      </Table.Th>
                      <Table.Td>{label('assessmentStatus', r.status)}</Table.Td>
                      <Table.Td>{r.finishedAt ? formatDateTime(r.finishedAt) : '–'}</Table.Td>
                      <Table.Td>
                        {previous ? (
                          <Anchor
                            component={Link}
                            to={`/assessments/${r.id}/compare/${previous.id}`}
                            aria-label={t('initiatives.rounds.compareNamed', { from: previous.number, to: r.number })}
                          >
                            {t('initiatives.rounds.compareLink')}
                          </Anchor>
                        ) : (
                          '–'
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
        <ErrorAlert error={reassess.error} />
        {canEdit && !latest && <StartAssessment initiative={i} />}
        {canEdit && latest?.status === 'finished' && (
          <>
            <Text size="sm" mb="xs">
              {t('initiatives.reassessIntro')}
            </Text>
            <Button onClick={() => reassess.mutate(latest.id)} loading={reassess.isPending}>
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
      {can('read', 'audit', target) && (
        <AuditHistory
          path={`/api/initiatives/${i.id}/audit`}
          queryKey={initiativeKeys.one(i.id)}
          fieldLabel={initiativeFieldLabel(t)}
        />
      )}
    </>
  );
}
