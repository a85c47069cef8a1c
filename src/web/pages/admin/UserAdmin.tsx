import { Button, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../people/contract';
import { useSearchState } from '../../components/useSearchState';
import { formatDateTime } from '../../format';
import { useEnum } from '../../i18n/useEnum';
import { ChoiceFilter, col, DataTable, ListPage, type Column } from '../../kit';
import { CreateUserForm } from './CreateUserForm';
import { roleChoices } from './fields';
import { useUsers } from './queries';
import { UserDialog } from './UserDialog';

const PATH = '/admin/users';

/**
 * The user accounts: search and filter by role, a new account (`?new=1`, or `?personId=` from a
 * person's page), and each account's role, language and status in a dialog.
 */
export function UserAdmin() {
  const { t } = useTranslation();
  const label = useEnum();
  const navigate = useNavigate();
  const [f, setF] = useSearchState({ q: '', role: '', new: '', personId: '' });
  const creating = f.new !== '' || f.personId !== '';
  const [editing, setEditing] = useState<string | null>(null);
  const [created, setCreated] = useState<User | null>(null);
  const q = useUsers();
  const shown = q.data?.filter((u) => matches(u, f.q) && (!f.role || u.role === f.role));
  const edited = q.data?.find((u) => u.id === editing);

  const status = (u: User) => (u.disabled ? t('users.disabled') : t('users.enabled'));
  const columns: Column<User>[] = [
    col.link(
      'name',
      t('users.fields.name'),
      (u) => u.name,
      (u) => `/people/${u.personId}`,
    ),
    col.value('email', t('users.fields.email'), (u) => u.email, {
      show: (u) => <span style={{ wordBreak: 'break-all' }}>{u.email}</span>,
    }),
    col.value('organisation', t('users.fields.organisation'), (u) => u.organisationName),
    col.value('role', t('users.fields.role'), (u) => label('role', u.role)),
    col.value('status', t('users.fields.status'), status, {
      show: (u) => (
        <Text size="sm" fw={600} c={u.disabled ? 'red.9' : undefined}>
          {status(u)}
        </Text>
      ),
    }),
    col.value('lastLogin', t('users.fields.lastLogin'), (u) => u.lastLoginAt, {
      show: (u) => (u.lastLoginAt ? formatDateTime(u.lastLoginAt) : t('users.never')),
    }),
    {
      id: 'actions',
      header: t('common.actions'),
      cell: (u) => (
        <Button
          size="xs"
          variant="outline"
          aria-label={t('userAdmin.edit', { name: u.name })}
          onClick={() => setEditing(u.id)}
        >
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  return (
    <ListPage
      title={t('users.title')}
      // Only administrators are answered the list, and they are the ones who make accounts.
      actions={[{ label: t('users.new'), onClick: () => setF('new', '1'), can: q.isSuccess && !creating }]}
      search={{ label: t('userAdmin.searchLabel'), value: f.q, onChange: (v) => setF('q', v) }}
      filters={
        <ChoiceFilter
          label={t('users.fields.role')}
          value={f.role}
          onChange={(v) => setF('role', v)}
          all={t('common.all')}
          choices={roleChoices(label)}
        />
      }
    >
      {creating && (
        <Paper withBorder p="md" mb="lg">
          <CreateUserForm
            personId={f.personId}
            cancelTo={PATH}
            onSaved={(u) => {
              setCreated(u);
              navigate(PATH, { replace: true });
            }}
          />
        </Paper>
      )}
      <Text role="status" mb={created ? 'sm' : 0}>
        {created ? t('userAdmin.created', { name: created.name }) : ''}
      </Text>
      <DataTable
        caption={t('users.tableCaption')}
        columns={columns}
        rows={shown}
        rowKey={(u) => u.id}
        loading={q.isPending}
        error={q.error}
        onRetry={() => void q.refetch()}
        initialSort={{ id: 'name' }}
      />
      {edited && <UserDialog key={edited.id} user={edited} onClose={() => setEditing(null)} />}
    </ListPage>
  );
}

function matches(u: User, q: string) {
  const needle = q.trim().toLowerCase();
  return !needle || [u.name, u.email, u.organisationName].some((s) => s.toLowerCase().includes(needle));
}
