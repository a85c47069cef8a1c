import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { bodyTypes, type BodySummary } from '../../../bodies/contract';
import { StatusFilter } from '../../components/FilterBar';
import { StatusBadge } from '../../components/StatusBadge';
import { useSearchState } from '../../components/useSearchState';
import { useEnum } from '../../i18n/useEnum';
import { ChoiceFilter, DataTable, ListPage, pageOf, type Column } from '../../kit';
import { useBodies } from './queries';

export function BodyList() {
  const { t } = useTranslation();
  const label = useEnum();
  const [f, setF] = useSearchState({ q: '', type: '', status: 'active' });
  const q = useBodies(f);

  const columns: Column<BodySummary>[] = [
    {
      id: 'name',
      header: t('bodies.fields.name'),
      rowHeader: true,
      sortValue: (b) => b.name,
      cell: (b) => (
        <Anchor component={Link} to={`/bodies/${b.id}`}>
          {b.name}
        </Anchor>
      ),
    },
    {
      id: 'type',
      header: t('bodies.fields.type'),
      sortValue: (b) => label('bodyType', b.type),
      cell: (b) => label('bodyType', b.type),
    },
    {
      id: 'organisation',
      header: t('bodies.fields.organisation'),
      sortValue: (b) => b.organisationName,
      cell: (b) => b.organisationName,
    },
    {
      id: 'reportsTo',
      header: t('bodies.fields.reportsTo'),
      sortValue: (b) => b.reportsTo?.name,
      cell: (b) => b.reportsTo?.name ?? t('common.none'),
    },
    {
      id: 'members',
      header: t('bodies.fields.members'),
      align: 'right',
      sortValue: (b) => b.currentMembers,
      cell: (b) => b.currentMembers,
    },
    {
      id: 'status',
      header: t('common.status'),
      hidden: f.status === 'active',
      cell: (b) => <StatusBadge archived={b.archived} />,
    },
  ];

  return (
    <ListPage
      title={t('bodies.title')}
      actions={[{ label: t('bodies.new'), to: '/bodies/new', can: q.data?.abilities.create }]}
      search={{ label: t('bodies.searchLabel'), value: f.q, onChange: (v) => setF('q', v) }}
      filters={
        <>
          <ChoiceFilter
            label={t('common.typeFilter')}
            value={f.type}
            onChange={(v) => setF('type', v)}
            all={t('common.allTypes')}
            choices={bodyTypes.map((c) => ({ value: c, label: label('bodyType', c) }))}
            width={220}
          />
          <StatusFilter value={f.status} onChange={(v) => setF('status', v)} />
        </>
      }
    >
      <DataTable
        caption={t('bodies.tableCaption')}
        columns={columns}
        {...pageOf(q)}
        rowKey={(b) => b.id}
        initialSort={{ id: 'name' }}
      />
    </ListPage>
  );
}
