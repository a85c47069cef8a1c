import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { organisationTypes, type Organisation, type OrganisationType } from '../../../organisations/contract';
import { StatusFilter } from '../../components/FilterBar';
import { StatusBadge } from '../../components/StatusBadge';
import { useSearchState } from '../../components/useSearchState';
import { formatNumber } from '../../format';
import { useEnum } from '../../i18n/useEnum';
import { ChoiceFilter, DataTable, ListPage, pageOf, type Column } from '../../kit';
import { latestPopulation, useOrganisations } from './queries';

export function OrganisationList() {
  const { t } = useTranslation();
  const label = useEnum();
  const [f, setF] = useSearchState({ q: '', type: '', status: 'active' });
  const q = useOrganisations({ q: f.q, type: f.type as OrganisationType | '', status: f.status as 'active' });

  const columns: Column<Organisation>[] = [
    {
      id: 'name',
      header: t('organisations.fields.name'),
      rowHeader: true,
      sortValue: (o) => o.name,
      cell: (o) => (
        <Anchor component={Link} to={`/organisations/${o.id}`}>
          {o.name}
        </Anchor>
      ),
    },
    {
      id: 'type',
      header: t('organisations.fields.type'),
      sortValue: (o) => label('organisationType', o.type),
      cell: (o) => label('organisationType', o.type),
    },
    {
      id: 'code',
      header: t('organisations.fields.municipalityCode'),
      sortValue: (o) => o.municipalityCode,
      cell: (o) => o.municipalityCode ?? t('common.none'),
    },
    {
      id: 'population',
      header: t('organisations.fields.latestPopulation'),
      align: 'right',
      sortValue: (o) => latestPopulation(o),
      cell: (o) => formatNumber(latestPopulation(o)),
    },
    {
      id: 'status',
      header: t('common.status'),
      hidden: f.status === 'active',
      cell: (o) => <StatusBadge archived={o.archived} />,
    },
  ];

  return (
    <ListPage
      title={t('organisations.title')}
      actions={[{ label: t('organisations.new'), to: '/organisations/new', can: q.data?.abilities.create }]}
      search={{ label: t('organisations.searchLabel'), value: f.q, onChange: (v) => setF('q', v) }}
      filters={
        <>
          <ChoiceFilter
            label={t('common.typeFilter')}
            value={f.type}
            onChange={(v) => setF('type', v)}
            all={t('common.allTypes')}
            choices={organisationTypes.map((c) => ({ value: c, label: label('organisationType', c) }))}
          />
          <StatusFilter value={f.status} onChange={(v) => setF('status', v)} />
        </>
      }
    >
      <DataTable
        caption={t('organisations.tableCaption')}
        columns={columns}
        {...pageOf(q)}
        rowKey={(o) => o.id}
        initialSort={{ id: 'name' }}
      />
    </ListPage>
  );
}
