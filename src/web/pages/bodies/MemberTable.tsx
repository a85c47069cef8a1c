import { Badge, Button, Checkbox, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { memberRoles, type Body } from '../../../bodies/contract';
import { formatDate, today } from '../../format';
import { useEnum } from '../../i18n/useEnum';
import { col, SmallTable } from '../../kit';
import { AddMemberForm } from './AddMemberForm';
import { EndMembershipButton } from './EndMembershipButton';

type Member = Body['members'][number];

const roleOrder: readonly string[] = memberRoles;

export function MemberTable({ body, canEdit }: { body: Body; canEdit: boolean }) {
  const { t } = useTranslation();
  const label = useEnum();
  const [showEnded, setShowEnded] = useState(false);
  const [adding, setAdding] = useState(false);
  const now = today();
  const ended = (m: Member) => m.endDate !== null && m.endDate < now;
  const members = body.members
    .filter((m) => showEnded || !ended(m))
    .sort(
      (a, b) => roleOrder.indexOf(a.role) - roleOrder.indexOf(b.role) || a.personName.localeCompare(b.personName, 'sv'),
    );
  const hasEnded = body.members.some(ended);
  const member = (k: string) => [k, t(`bodies.members.${k}`)] as const;

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
      <SmallTable<Member>
        caption={t('bodies.members.caption', { name: body.name })}
        minWidth={680}
        rows={members}
        empty={t('bodies.members.empty')}
        columns={[
          col.link(
            ...member('person'),
            (m) => m.personName,
            (m) => `/people/${m.personId}`,
          ),
          col.value(...member('role'), (m) => label('memberRole', m.role)),
          col.link(
            ...member('organisation'),
            (m) => m.organisationName,
            (m) => `/organisations/${m.organisationId}`,
            { rowHeader: false },
          ),
          col.value(...member('startDate'), (m) => formatDate(m.startDate)),
          col.value(...member('endDate'), (m) => formatDate(m.endDate)),
          { id: 'status', header: t('common.status'), cell: (m) => <MembershipBadge current={m.current} /> },
          {
            id: 'actions',
            header: t('common.actions'),
            hidden: !canEdit,
            cell: (m) => (ended(m) ? null : <EndMembershipButton body={body} membership={m} />),
          },
        ]}
      />
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
