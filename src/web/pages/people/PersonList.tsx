import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../people/contract';
import { StatusFilter } from '../../components/FilterBar';
import { StatusBadge } from '../../components/StatusBadge';
import { useSearchState } from '../../components/useSearchState';
import { ChoiceFilter, DataTable, ListPage, pageOf, type Column } from '../../kit';
import { useOrganisationOptions } from '../organisations/queries';
import { usePeople } from './queries';

export function PersonList() {
  const { t } = useTranslation();
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
      actions={[{ label: t('people.new'), to: '/people/new', can: q.data?.abilities.create }]}
      search={{ label: t('people.searchLabel'), value: f.q, onChange: (v) => setF('q', v) }}
      filters={
        <>
          <ChoiceFilter
            label={t('people.organisationFilter')}
            value={f.organisationId}
            onChange={(v) => setF('organisationId', v)}
            all={t('common.all')}
            choices={organisations}
            width={260}
          />
          <StatusFilter value={f.status} onChange={(v) => setF('status', v)} />
        </>
      }
    >
      <DataTable
        caption={t('people.tableCaption')}
        columns={columns}
        {...pageOf(q)}
        rowKey={(p) => p.id}
        initialSort={{ id: 'name' }}
      />
    </ListPage>
  );
}
