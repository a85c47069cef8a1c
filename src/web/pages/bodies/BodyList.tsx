import { Anchor, Button, NativeSelect, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { bodyTypes } from '../../../bodies/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FilterBar, StatusFilter } from '../../components/FilterBar';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { TableScroll } from '../../components/TableScroll';
import { useSearchState } from '../../components/useSearchState';
import { useEnum } from '../../i18n/useEnum';
import { useCan } from '../../permissions';
import { useBodies } from './queries';

export function BodyList() {
  const { t } = useTranslation();
  const label = useEnum();
  const can = useCan();
  const [f, setF] = useSearchState({ q: '', type: '', status: 'active' });
  const q = useBodies(f);

  return (
    <>
      <PageHeader
        title={t('bodies.title')}
        actions={
          can('create', 'body') && (
            <Button component={Link} to="/bodies/new">
              {t('bodies.new')}
            </Button>
          )
        }
      />
      <FilterBar searchLabel={t('bodies.searchLabel')} q={f.q} onSearch={(v) => setF('q', v)}>
        <NativeSelect
          label={t('common.typeFilter')}
          value={f.type}
          onChange={(e) => setF('type', e.currentTarget.value)}
          data={[
            { value: '', label: t('common.allTypes') },
            ...bodyTypes.map((c) => ({ value: c, label: label('bodyType', c) })),
          ]}
          style={{ flex: '0 1 220px' }}
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
          <TableScroll minWidth={640} label={t('bodies.tableCaption')}>
            <Table striped highlightOnHover aria-label={t('bodies.tableCaption')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('bodies.fields.name')}</Table.Th>
                  <Table.Th scope="col">{t('bodies.fields.type')}</Table.Th>
                  <Table.Th scope="col">{t('bodies.fields.organisation')}</Table.Th>
                  <Table.Th scope="col">{t('bodies.fields.reportsTo')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('bodies.fields.members')}
                  </Table.Th>
                  {f.status !== 'active' && <Table.Th scope="col">{t('common.status')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {q.data.items.map((b) => (
                  <Table.Tr key={b.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/bodies/${b.id}`}>
                        {b.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{label('bodyType', b.type)}</Table.Td>
                    <Table.Td>{b.organisationName}</Table.Td>
                    <Table.Td>{b.reportsTo?.name ?? t('common.none')}</Table.Td>
                    <Table.Td ta="right">{b.currentMembers}</Table.Td>
                    {f.status !== 'active' && (
                      <Table.Td>
                        <StatusBadge archived={b.archived} />
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
