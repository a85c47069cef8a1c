import { Anchor, Button, NativeSelect, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FilterBar, StatusFilter } from '../../components/FilterBar';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { TableScroll } from '../../components/TableScroll';
import { useSearchState } from '../../components/useSearchState';
import { useCan } from '../../permissions';
import { useOrganisationOptions } from '../organisations/queries';
import { usePeople } from './queries';

export function PersonList() {
  const { t } = useTranslation();
  const can = useCan();
  const organisations = useOrganisationOptions();
  const [f, setF] = useSearchState({ q: '', organisationId: '', status: 'active' });
  const q = usePeople(f);

  return (
    <>
      <PageHeader
        title={t('people.title')}
        actions={
          can('create', 'person') && (
            <Button component={Link} to="/people/new">
              {t('people.new')}
            </Button>
          )
        }
      />
      <FilterBar searchLabel={t('people.searchLabel')} q={f.q} onSearch={(v) => setF('q', v)}>
        <NativeSelect
          label={t('people.organisationFilter')}
          value={f.organisationId}
          onChange={(e) => setF('organisationId', e.currentTarget.value)}
          data={[{ value: '', label: t('common.all') }, ...organisations]}
          style={{ flex: '0 1 260px' }}
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
          <TableScroll minWidth={680} label={t('people.tableCaption')}>
            <Table striped highlightOnHover aria-label={t('people.tableCaption')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('people.fields.name')}</Table.Th>
                  <Table.Th scope="col">{t('people.fields.title')}</Table.Th>
                  <Table.Th scope="col">{t('people.fields.organisation')}</Table.Th>
                  <Table.Th scope="col">{t('people.fields.email')}</Table.Th>
                  <Table.Th scope="col">{t('people.fields.account')}</Table.Th>
                  {f.status !== 'active' && <Table.Th scope="col">{t('common.status')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {q.data.items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/people/${p.id}`}>
                        {p.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{p.title ?? t('common.none')}</Table.Td>
                    <Table.Td>{p.organisationName}</Table.Td>
                    <Table.Td style={{ wordBreak: 'break-all' }}>{p.email ?? t('common.none')}</Table.Td>
                    <Table.Td>{p.hasAccount ? t('common.yes') : t('common.no')}</Table.Td>
                    {f.status !== 'active' && (
                      <Table.Td>
                        <StatusBadge archived={p.archived} />
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
