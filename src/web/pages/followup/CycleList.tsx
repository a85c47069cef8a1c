import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { TableScroll } from '../../components/TableScroll';
import { formatDate } from '../../format';
import { useCan } from '../../permissions';
import { useSession } from '../../session';
import { useCycles } from './queries';
import { FollowupStatusBadge, OverdueBadge, periodText, useFollowupLabel } from './shared';

/** Every yearly follow-up of the county's agreements, newest year first. */
export function CycleList() {
  const { t } = useTranslation();
  const can = useCan();
  const { user } = useSession();
  const label = useFollowupLabel();
  const q = useCycles();
  const mayCreate =
    !!user && can('create', 'followup', { countyId: user.countyId, organisationId: user.organisationId });
  const rows = [...(q.data ?? [])].sort((a, b) => b.year - a.year || a.title.localeCompare(b.title, 'sv'));
  const caption = t('followup.list.caption', { count: rows.length });
  return (
    <>
      <PageHeader
        title={t('followup.title')}
        description={t('followup.intro')}
        actions={
          mayCreate && (
            <Button component={Link} to="/followup/new">
              {t('followup.create.open')}
            </Button>
          )
        }
      />
      <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      {q.isPending && <Loading />}
      {q.data && rows.length === 0 && <Text>{t('followup.list.empty')}</Text>}
      {rows.length > 0 && (
        <TableScroll minWidth={980} label={caption}>
          <Table striped highlightOnHover>
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('followup.list.year')}</Table.Th>
                <Table.Th scope="col">{t('followup.list.cycle')}</Table.Th>
                <Table.Th scope="col">{t('followup.list.period')}</Table.Th>
                <Table.Th scope="col">{t('followup.list.status')}</Table.Th>
                <Table.Th scope="col">{t('followup.list.submitted')}</Table.Th>
                <Table.Th scope="col">{t('followup.list.nextMilestone')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.year}</Table.Td>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={`/followup/${c.id}`}>
                      {c.title}
                    </Anchor>
                    {!c.title.includes(c.templateTitle) && (
                      <Text size="sm" fw={400}>
                        {c.templateTitle}
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{periodText(c)}</Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      <FollowupStatusBadge status={c.status} />
                      {c.overdueMilestones > 0 && <OverdueBadge count={c.overdueMilestones} />}
                    </Group>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {t('followup.list.submittedValue', {
                      submitted: c.municipalitiesSubmitted,
                      total: c.municipalities,
                    })}
                  </Table.Td>
                  <Table.Td>
                    {c.nextMilestone ? (
                      <>
                        {label('followupMilestoneKind', c.nextMilestone.kind)}
                        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {formatDate(c.nextMilestone.dueDate)}
                        </Text>
                      </>
                    ) : (
                      t('followup.list.noNextMilestone')
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </>
  );
}
