import { Anchor, Badge, Button, Checkbox, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Body } from '../../../bodies/contract';
import { TableScroll } from '../../components/TableScroll';
import { formatDate, today } from '../../format';
import { useEnum } from '../../i18n/useEnum';
import { AddMemberForm } from './AddMemberForm';
import { EndMembershipButton } from './EndMembershipButton';

const roleOrder = ['chair', 'vice_chair', 'secretary', 'member', 'substitute'];

export function MemberTable({ body, canEdit }: { body: Body; canEdit: boolean }) {
  const { t } = useTranslation();
  const label = useEnum();
  const [showEnded, setShowEnded] = useState(false);
  const [adding, setAdding] = useState(false);
  const now = today();
  const ended = (m: Body['members'][number]) => m.endDate !== null && m.endDate < now;
  const members = body.members
    .filter((m) => showEnded || !ended(m))
    .sort(
      (a, b) => roleOrder.indexOf(a.role) - roleOrder.indexOf(b.role) || a.personName.localeCompare(b.personName, 'sv'),
    );
  const hasEnded = body.members.some(ended);
  const caption = t('bodies.members.caption', { name: body.name });

  return (
    <>
      <Group justify="space-between" mb="sm">
        {hasEnded ? (
          <Checkbox
            label={t('bodies.members.showEnded')}
            checked={showEnded}
            onChange={(e) => setShowEnded(e.currentTarget.checked)}
          />
        ) : (
          <span />
        )}
        {canEdit && !adding && (
          <Button variant="outline" onClick={() => setAdding(true)}>
            {t('bodies.members.add')}
          </Button>
        )}
      </Group>
      {adding && (
        <div style={{ marginBottom: 'var(--mantine-spacing-md)' }}>
          <AddMemberForm body={body} onDone={() => setAdding(false)} />
        </div>
      )}
      {members.length === 0 ? (
        <Text>{t('bodies.members.empty')}</Text>
      ) : (
        <TableScroll minWidth={680} label={caption}>
          <Table striped aria-label={caption}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('bodies.members.person')}</Table.Th>
                <Table.Th scope="col">{t('bodies.members.role')}</Table.Th>
                <Table.Th scope="col">{t('bodies.members.organisation')}</Table.Th>
                <Table.Th scope="col">{t('bodies.members.startDate')}</Table.Th>
                <Table.Th scope="col">{t('bodies.members.endDate')}</Table.Th>
                <Table.Th scope="col">{t('common.status')}</Table.Th>
                {canEdit && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/people/${m.personId}`}>
                      {m.personName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{label('memberRole', m.role)}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/organisations/${m.organisationId}`}>
                      {m.organisationName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{formatDate(m.startDate)}</Table.Td>
                  <Table.Td>{formatDate(m.endDate)}</Table.Td>
                  <Table.Td>
                    <MembershipBadge current={m.current} />
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>{!ended(m) ? <EndMembershipButton body={body} membership={m} /> : null}</Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </>
  );
}

/** Whether a membership is current or has ended. */
export function MembershipBadge({ current }: { current: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={current ? '#1d6b34' : 'gray.8'}>
      {current ? t('bodies.members.current') : t('bodies.members.ended')}
    </Badge>
  );
}
