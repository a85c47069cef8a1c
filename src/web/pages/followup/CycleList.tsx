import { Anchor, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { DataTable, ListPage, type Column } from '../../kit';
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
      id: 'cycle',
      header: t('followup.list.cycle'),
      rowHeader: true,
      sortValue: (c) => c.title,
      cell: (c) => (
        <>
          <Anchor component={Link} to={`/followup/${c.id}`}>
            {c.title}
          </Anchor>
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
        rows={q.data?.items}
        total={q.data?.total}
        rowKey={(c) => c.id}
        loading={q.isPending}
        error={q.error}
        onRetry={() => void q.refetch()}
        empty={t('followup.list.empty')}
        initialSort={{ id: 'year', desc: true }}
      />
    </ListPage>
  );
}
