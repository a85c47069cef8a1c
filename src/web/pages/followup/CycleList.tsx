import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { col, DataTable, ListPage, pageOf, RecordLink, type Column } from '../../kit';
import { useCycles, type CycleSummary } from './queries';
import { FollowupStatusBadge, OverdueBadge, periodText, useFollowupLabel } from './shared';

/** Every yearly follow-up of the county's agreements, newest year first. */
export function CycleList() {
  const { t } = useTranslation();
  const label = useFollowupLabel();
  const q = useCycles();
  const columns: Column<CycleSummary>[] = [
    { id: 'year', header: t('followup.list.year'), sortValue: (c) => c.year, cell: (c) => c.year },
    {
      ...col.link(
        'cycle',
        t('followup.list.cycle'),
        (c) => c.title,
        (c) => `/followup/${c.id}`,
      ),
      cell: (c) => (
        <>
          <RecordLink to={`/followup/${c.id}`}>{c.title}</RecordLink>
          {!c.title.includes(c.templateTitle) && (
            <Text size="sm" fw={400}>
              {c.templateTitle}
            </Text>
          )}
        </>
      ),
    },
    { id: 'period', header: t('followup.list.period'), cell: (c) => periodText(c) },
    {
      id: 'status',
      header: t('followup.list.status'),
      sortValue: (c) => c.status,
      cell: (c) => (
        <Group gap={6}>
          <FollowupStatusBadge status={c.status} />
          {c.overdueMilestones > 0 && <OverdueBadge count={c.overdueMilestones} />}
        </Group>
      ),
    },
    {
      id: 'submitted',
      header: t('followup.list.submitted'),
      sortValue: (c) => c.municipalitiesSubmitted,
      cell: (c) => t('followup.list.submittedValue', { submitted: c.municipalitiesSubmitted, total: c.municipalities }),
    },
    {
      id: 'next',
      header: t('followup.list.nextMilestone'),
      sortValue: (c) => c.nextMilestone?.dueDate ?? '',
      cell: (c) =>
        c.nextMilestone ? (
          <>
            {label('followupMilestoneKind', c.nextMilestone.kind)}
            <Text size="sm">{formatDate(c.nextMilestone.dueDate)}</Text>
          </>
        ) : (
          t('followup.list.noNextMilestone')
        ),
    },
  ];
  return (
    <ListPage
      title={t('followup.title')}
      description={t('followup.intro')}
      actions={[{ label: t('followup.create.open'), to: '/followup/new', can: !!q.data?.abilities.create }]}
    >
      <DataTable
        caption={t('followup.list.caption', { count: q.data?.total ?? 0 })}
        columns={columns}
        rowKey={(c) => c.id}
        {...pageOf(q)}
        empty={t('followup.list.empty')}
        initialSort={{ id: 'year', desc: true }}
      />
    </ListPage>
  );
}
