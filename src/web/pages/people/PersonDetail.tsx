import { Anchor } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../../../bodies/contract';
import type { Person } from '../../../people/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldList } from '../../components/FieldList';
import { Section } from '../../components/Section';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate } from '../../format';
import { useEnum } from '../../i18n/useEnum';
import { ArchivedNotice, DataTable, DetailPage, History, useRecordActions, type Column } from '../../kit';
import { MembershipBadge } from '../bodies/MemberTable';
import { useBodies } from '../bodies/queries';
import { personFieldLabel } from './fields';
import { peopleApi, personKeys, useMemberships, usePerson } from './queries';

export function PersonDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { actions, error } = useRecordActions({
    archive: peopleApi.archive,
    invalidate: [personKeys.all],
    editTo: (p: Person) => `/people/${p.id}/edit`,
    name: (p) => p.name,
    more: (p) => [
      {
        label: t('people.createAccount'),
        to: `/admin/users?personId=${p.id}`,
        variant: 'outline',
        can: p.abilities.createAccount && !p.hasAccount && !p.archived,
      },
    ],
  });
  return (
    <DetailPage
      query={usePerson(id)}
      title={(p) => p.name}
      back={{ to: '/people', label: t('people.title') }}
      actions={actions}
    >
      {(p) => (
        <>
          <ErrorAlert error={error} />
          <ArchivedNotice archived={p.archived} />
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
                {
                  label: t('people.fields.account'),
                  value: p.hasAccount ? t('people.hasAccount') : t('people.noAccount'),
                },
                { label: t('common.status'), value: <StatusBadge archived={p.archived} /> },
              ]}
            />
          </Section>
          <Section title={t('people.memberships')}>
            <Memberships personId={p.id} />
          </Section>
          <History
            load={() => peopleApi.history(p.id)}
            queryKey={personKeys.one(p.id)}
            fieldLabel={personFieldLabel(t)}
          />
        </>
      )}
    </DetailPage>
  );
}

function Memberships({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const label = useEnum();
  const q = useMemberships(personId);
  // Membership rows carry the body's id only; its name comes from the (cached) body list.
  const bodies = useBodies({ status: 'all' });
  const bodyName = (id: string) => bodies.data?.items.find((b) => b.id === id)?.name ?? id.slice(0, 8);
  const columns: Column<Membership>[] = [
    {
      id: 'body',
      header: t('bodies.title'),
      rowHeader: true,
      sortValue: (m) => bodyName(m.bodyId),
      cell: (m) => (
        <Anchor component={Link} to={`/bodies/${m.bodyId}`}>
          {bodyName(m.bodyId)}
        </Anchor>
      ),
    },
    { id: 'role', header: t('bodies.members.role'), cell: (m) => label('memberRole', m.role) },
    { id: 'organisation', header: t('bodies.members.organisation'), cell: (m) => m.organisationName },
    { id: 'start', header: t('bodies.members.startDate'), cell: (m) => formatDate(m.startDate) },
    { id: 'end', header: t('bodies.members.endDate'), cell: (m) => formatDate(m.endDate) },
    { id: 'status', header: t('common.status'), cell: (m) => <MembershipBadge current={m.current} /> },
  ];
  return (
    <DataTable
      caption={t('people.membershipsCaption')}
      captionHidden
      columns={columns}
      rows={q.data}
      rowKey={(m) => m.id}
      loading={q.isPending}
      error={q.error}
      onRetry={() => void q.refetch()}
      empty={t('people.noMemberships')}
      showCount={false}
    />
  );
}
