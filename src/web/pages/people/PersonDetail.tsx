import { Alert, Anchor, Badge, Button, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../people/contract';
import type { BodySummary } from '../../../bodies/contract';
import { api } from '../../api';
import { AuditHistory } from '../../components/AuditHistory';
import { BackLink } from '../../components/BackLink';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadFailed } from '../../components/LoadFailed';
import { FieldList } from '../../components/FieldList';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { StatusBadge } from '../../components/StatusBadge';
import { TableScroll } from '../../components/TableScroll';
import { formatDate } from '../../format';
import { useEnum } from '../../i18n/useEnum';
import { useCan } from '../../permissions';
import type { Page } from '../organisations/queries';
import { personFieldLabel } from './fields';
import { personKeys, useMemberships, usePerson } from './queries';

export function PersonDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const qc = useQueryClient();
  const q = usePerson(id);

  const archive = useMutation({
    mutationFn: (p: Person) =>
      api.post<Person>(`/api/people/${p.id}/${p.archived ? 'restore' : 'archive'}`, { version: p.version }),
    onSuccess: async (p) => {
      qc.setQueryData(personKeys.one(p.id), p);
      await qc.invalidateQueries({ queryKey: personKeys.all });
    },
    onError: () => void qc.invalidateQueries({ queryKey: personKeys.one(id) }),
  });

  if (q.isPending) return <Loading />;
  if (q.error || !q.data) return <LoadFailed error={q.error} onRetry={() => void q.refetch()} />;
  const p = q.data;
  const target = { countyId: p.countyId, organisationId: p.organisationId };

  return (
    <>
      <PageHeader
        title={p.name}
        above={<BackLink to="/people" label={t('people.title')} />}
        actions={
          <>
            {can('update', 'person', target) && !p.archived && (
              <Button component={Link} to={`/people/${p.id}/edit`}>
                {t('common.edit')}
              </Button>
            )}
            {can('create', 'user') && !p.hasAccount && !p.archived && (
              <Button variant="outline" component={Link} to={`/admin/users?personId=${p.id}`}>
                {t('people.createAccount')}
              </Button>
            )}
            {can('archive', 'person', target) &&
              (p.archived ? (
                <Button variant="outline" onClick={() => archive.mutate(p)} loading={archive.isPending}>
                  {t('common.restore')}
                </Button>
              ) : (
                <ConfirmButton
                  variant="outline"
                  color="red.9"
                  label={t('common.archive')}
                  title={t('common.confirmArchive', { name: p.name })}
                  message={t('common.confirmArchive', { name: p.name })}
                  onConfirm={() => archive.mutate(p)}
                  loading={archive.isPending}
                />
              ))}
          </>
        }
      />
      <ErrorAlert error={archive.error} />
      {p.archived && (
        <Alert variant="outline" color="gray.8" mb="md">
          {t('common.archived')}
        </Alert>
      )}
      <Section title={t('common.details')}>
        <FieldList
          items={[
            {
              label: t('people.fields.organisation'),
              value: (
                <Anchor component={Link} to={`/organisations/${p.organisationId}`}>
                  {p.organisationName}
                </Anchor>
              ),
            },
            { label: t('people.fields.title'), value: p.title },
            {
              label: t('people.fields.email'),
              value: p.email && <Anchor href={`mailto:${p.email}`}>{p.email}</Anchor>,
            },
            { label: t('people.fields.phone'), value: p.phone },
            { label: t('people.fields.account'), value: p.hasAccount ? t('people.hasAccount') : t('people.noAccount') },
            { label: t('common.status'), value: <StatusBadge archived={p.archived} /> },
          ]}
        />
      </Section>
      <Section title={t('people.memberships')}>
        <Memberships personId={p.id} />
      </Section>
      {can('read', 'audit', target) && (
        <AuditHistory
          path={`/api/people/${p.id}/audit`}
          queryKey={personKeys.one(p.id)}
          fieldLabel={personFieldLabel(t)}
        />
      )}
    </>
  );
}

function Memberships({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const label = useEnum();
  const q = useMemberships(personId);
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorAlert error={q.error} />;
  if (!q.data || q.data.length === 0) return <Text>{t('people.noMemberships')}</Text>;
  return (
    <TableScroll minWidth={560} label={t('people.membershipsCaption')}>
      <Table striped aria-label={t('people.membershipsCaption')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('bodies.title')}</Table.Th>
            <Table.Th scope="col">{t('bodies.members.role')}</Table.Th>
            <Table.Th scope="col">{t('bodies.members.organisation')}</Table.Th>
            <Table.Th scope="col">{t('bodies.members.startDate')}</Table.Th>
            <Table.Th scope="col">{t('bodies.members.endDate')}</Table.Th>
            <Table.Th scope="col">{t('common.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {q.data.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>
                <BodyName id={m.bodyId} />
              </Table.Td>
              <Table.Td>{label('memberRole', m.role)}</Table.Td>
              <Table.Td>{m.organisationName}</Table.Td>
              <Table.Td>{formatDate(m.startDate)}</Table.Td>
              <Table.Td>{formatDate(m.endDate)}</Table.Td>
              <Table.Td>
                <Badge variant="outline" color={m.current ? '#1d6b34' : 'gray.8'}>
                  {m.current ? t('bodies.members.current') : t('bodies.members.ended')}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

/** Membership rows carry the body's id only; its name comes from the (cached) body list. */
function BodyName({ id }: { id: string }) {
  const q = useBodyNames();
  return (
    <Anchor component={Link} to={`/bodies/${id}`}>
      {q.data?.get(id) ?? id.slice(0, 8)}
    </Anchor>
  );
}

function useBodyNames() {
  return useQuery({
    queryKey: ['bodies', 'names'],
    queryFn: async () => {
      const r = await api.get<Page<BodySummary>>('/api/bodies?limit=500&status=all');
      return new Map(r.items.map((b) => [b.id, b.name]));
    },
    staleTime: 60_000,
  });
}
