import { Anchor, NativeSelect } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../people/contract';
import { StatusFilter } from '../../components/FilterBar';
import { StatusBadge } from '../../components/StatusBadge';
import { useSearchState } from '../../components/useSearchState';
import { DataTable, ListPage, type Column } from '../../kit';
import { useCan } from '../../permissions';
import { useOrganisationOptions } from '../organisations/queries';
import { usePeople } from './queries';

export function PersonList() {
  const { t } = useTranslation();
  const can = useCan();
  const organisations = useOrganisationOptions();
  const [f, setF] = useSearchState({ q: '', organisationId: '', status: 'active' });
  const q = usePeople(f);
  const none = t('common.none');

  const columns: Column<Person>[] = [
    {
      id: 'name',
      header: t('people.fields.name'),
      rowHeader: true,
      sortValue: (p) => p.name,
      cell: (p) => (
        <Anchor component={Link} to={`/people/${p.id}`}>
          {p.name}
        </Anchor>
      ),
    },
    { id: 'title', header: t('people.fields.title'), sortValue: (p) => p.title, cell: (p) => p.title ?? none },
    {
      id: 'organisation',
      header: t('people.fields.organisation'),
      sortValue: (p) => p.organisationName,
      cell: (p) => p.organisationName,
    },
    {
      id: 'email',
      header: t('people.fields.email'),
      cell: (p) => <span style={{ wordBreak: 'break-all' }}>{p.email ?? none}</span>,
    },
    {
      id: 'account',
      header: t('people.fields.account'),
      cell: (p) => (p.hasAccount ? t('common.yes') : t('common.no')),
    },
    {
      id: 'status',
      header: t('common.status'),
      hidden: f.status === 'active',
      cell: (p) => <StatusBadge archived={p.archived} />,
    },
  ];

  return (
    <ListPage
      title={t('people.title')}
      actions={[{ label: t('people.new'), to: '/people/new', can: can('create', 'person') }]}
      search={{ label: t('people.searchLabel'), value: f.q, onChange: (v) => setF('q', v) }}
      filters={
        <>
          <NativeSelect
            label={t('people.organisationFilter')}
            value={f.organisationId}
            onChange={(e) => setF('organisationId', e.currentTarget.value)}
            data={[{ value: '', label: t('common.all') }, ...organisations]}
            style={{ flex: '0 1 260px' }}
          />
          <StatusFilter value={f.status} onChange={(v) => setF('status', v)} />
        </>
      }
    >
      <DataTable
        caption={t('people.tableCaption')}
        columns={columns}
        rows={q.data?.items}
        total={q.data?.total}
        rowKey={(p) => p.id}
        loading={q.isPending}
        error={q.error}
        onRetry={() => void q.refetch()}
        initialSort={{ id: 'name' }}
      />
    </ListPage>
  );
}
