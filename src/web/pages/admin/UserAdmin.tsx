import { Anchor, Button, NativeSelect, Paper, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Role, type UpdateUser, type User } from '../../../people/contract';
import { api, ApiError } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { TableScroll } from '../../components/TableScroll';
import { formatDateTime } from '../../format';
import { useEnum } from '../../i18n/useEnum';
import { useMe } from '../../session';
import { CreateUserForm } from './CreateUserForm';

export function UserAdmin() {
  const { t } = useTranslation();
  const label = useEnum();
  const me = useMe();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const presetPerson = params.get('personId') ?? '';
  const [creating, setCreating] = useState(Boolean(presetPerson));
  const q = useQuery({ queryKey: ['users'], queryFn: () => api.get<User[]>('/api/users') });

  const update = useMutation({
    mutationFn: ({ id, ...input }: UpdateUser & { id: string }) => api.patch<User>(`/api/users/${id}`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['users'] }),
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'record.stale') void qc.invalidateQueries({ queryKey: ['users'] });
    },
  });

  return (
    <>
      <PageHeader
        title={t('users.title')}
        actions={!creating && <Button onClick={() => setCreating(true)}>{t('users.new')}</Button>}
      />
      {creating && (
        <Paper withBorder p="md" mb="lg">
          <CreateUserForm
            personId={presetPerson}
            onDone={() => {
              setCreating(false);
              if (presetPerson) setParams({}, { replace: true });
            }}
          />
        </Paper>
      )}
      <ErrorAlert error={q.error ?? update.error} onRetry={q.error ? () => void q.refetch() : undefined} />
      {q.isPending && <Loading />}
      {q.data && (
        <TableScroll minWidth={820} label={t('users.tableCaption')}>
          <Table striped aria-label={t('users.tableCaption')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('users.fields.name')}</Table.Th>
                <Table.Th scope="col">{t('users.fields.email')}</Table.Th>
                <Table.Th scope="col">{t('users.fields.organisation')}</Table.Th>
                <Table.Th scope="col">{t('users.fields.role')}</Table.Th>
                <Table.Th scope="col">{t('users.fields.status')}</Table.Th>
                <Table.Th scope="col">{t('users.fields.lastLogin')}</Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.map((u) => {
                const self = u.id === me.userId;
                return (
                  <Table.Tr key={u.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/people/${u.personId}`}>
                        {u.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td style={{ wordBreak: 'break-all' }}>{u.email}</Table.Td>
                    <Table.Td>{u.organisationName}</Table.Td>
                    <Table.Td>
                      {self ? (
                        <Text size="sm">{label('role', u.role)}</Text>
                      ) : (
                        <NativeSelect
                          aria-label={t('users.changeRole', { name: u.name })}
                          size="xs"
                          miw={150}
                          value={u.role}
                          onChange={(e) =>
                            update.mutate({ id: u.id, role: e.currentTarget.value as User['role'], version: u.version })
                          }
                          data={Role.options.map((r) => ({ value: r, label: label('role', r) }))}
                        />
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={600} c={u.disabled ? 'red.9' : undefined}>
                        {u.disabled ? t('users.disabled') : t('users.enabled')}
                      </Text>
                    </Table.Td>
                    <Table.Td>{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : t('users.never')}</Table.Td>
                    <Table.Td>
                      {!self && (
                        <Button
                          size="xs"
                          variant="outline"
                          color={u.disabled ? undefined : 'red.9'}
                          onClick={() => update.mutate({ id: u.id, disabled: !u.disabled, version: u.version })}
                        >
                          {u.disabled ? t('users.enable', { name: u.name }) : t('users.disable', { name: u.name })}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      {q.data && q.data.length === 0 && <Text>{t('common.noResults')}</Text>}
    </>
  );
}
