import { Anchor, Button, NativeSelect, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { organisationTypes, type OrganisationType } from '../../../organisations/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FilterBar, StatusFilter } from '../../components/FilterBar';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { useSearchState } from '../../components/useSearchState';
import { formatNumber } from '../../format';
import { useEnum } from '../../i18n/useEnum';
import { useCan } from '../../permissions';
import { latestPopulation, useOrganisations } from './queries';
import { TableScroll } from '../../components/TableScroll';

export function OrganisationList() {
  const { t } = useTranslation();
  const label = useEnum();
  const can = useCan();
  const [f, setF] = useSearchState({ q: '', type: '', status: 'active' });
  const q = useOrganisations({ q: f.q, type: f.type as OrganisationType | '', status: f.status as 'active' });

  return (
    <>
      <PageHeader
        title={t('organisations.title')}
        actions={
          can('create', 'organisation') && (
            <Button component={Link} to="/organisations/new">
              {t('organisations.new')}
            </Button>
          )
        }
      />
      <FilterBar searchLabel={t('organisations.searchLabel')} q={f.q} onSearch={(v) => setF('q', v)}>
        <NativeSelect
          label={t('common.typeFilter')}
          value={f.type}
          onChange={(e) => setF('type', e.currentTarget.value)}
          data={[
            { value: '', label: t('common.allTypes') },
            ...organisationTypes.map((c) => ({ value: c, label: label('organisationType', c) })),
          ]}
          style={{ flex: '0 1 240px' }}
        />
        <StatusFilter value={f.status} onChange={(v) => setF('status', v)} />
      </FilterBar>
      <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      {q.isPending && <Loading />}
      {q.data && (
        <>
          <Text role="status" mb="xs" size="sm">
            {t('common.results', { count: q.data.total })}
          </Text>
          <TableScroll minWidth={560} label={t('organisations.tableCaption')}>
            <Table striped highlightOnHover aria-label={t('organisations.tableCaption')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('organisations.fields.name')}</Table.Th>
                  <Table.Th scope="col">{t('organisations.fields.type')}</Table.Th>
                  <Table.Th scope="col">{t('organisations.fields.municipalityCode')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('organisations.fields.latestPopulation')}
                  </Table.Th>
                  {f.status !== 'active' && <Table.Th scope="col">{t('common.status')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {q.data.items.map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/organisations/${o.id}`}>
                        {o.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{label('organisationType', o.type)}</Table.Td>
                    <Table.Td>{o.municipalityCode ?? t('common.none')}</Table.Td>
                    <Table.Td ta="right">{formatNumber(latestPopulation(o))}</Table.Td>
                    {f.status !== 'active' && (
                      <Table.Td>
                        <StatusBadge archived={o.archived} />
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          {q.data.items.length === 0 && <Text mt="sm">{t('common.noResults')}</Text>}
        </>
      )}
    </>
  );
}
