import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../assessments/contract';
import { DataTable, ListPage, type Column } from '../../kit';
import { useLocalText } from '../frameworks/queries';
import { useProgrammes } from './queries';

export function ProgrammeList() {
  const { t } = useTranslation();
  const local = useLocalText();
  const q = useProgrammes();
  const columns: Column<Programme>[] = [
    {
      id: 'name',
      header: t('programmes.fields.name'),
      rowHeader: true,
      sortValue: (p) => p.name,
      cell: (p) => (
        <Anchor component={Link} to={`/programmes/${p.id}`}>
          {p.name}
        </Anchor>
      ),
    },
    {
      id: 'organisation',
      header: t('programmes.fields.organisation'),
      sortValue: (p) => p.organisationName,
      cell: (p) => p.organisationName,
    },
    {
      id: 'rus',
      header: t('programmes.fields.rus'),
      cell: (p) =>
        p.rusName
          ? t('programmes.rusOption', { name: local(p.rusName), number: p.rusVersionNumber ?? '' })
          : t('programmes.noRus'),
    },
    {
      id: 'initiatives',
      header: t('programmes.fields.initiativeCount'),
      align: 'right',
      sortValue: (p) => p.initiativeCount,
      cell: (p) => p.initiativeCount,
    },
    {
      id: 'shared',
      header: t('programmes.fields.shared'),
      cell: (p) => (p.shared ? t('programmes.shared') : t('programmes.notShared')),
    },
  ];
  return (
    <ListPage
      title={t('programmes.title')}
      description={t('programmes.intro')}
      actions={[{ label: t('programmes.new'), to: '/programmes/new', can: !!q.data?.abilities.create }]}
    >
      <DataTable
        caption={t('programmes.tableCaption')}
        columns={columns}
        rows={q.data?.items}
        total={q.data?.total}
        rowKey={(p) => p.id}
        loading={q.isPending}
        error={q.error}
        onRetry={() => void q.refetch()}
        empty={t('programmes.empty')}
        initialSort={{ id: 'name' }}
      />
    </ListPage>
  );
}
