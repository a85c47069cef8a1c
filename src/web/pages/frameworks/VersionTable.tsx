import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Framework } from '../../../goals/contract';
import { TableScroll } from '../../components/TableScroll';
import { formatDateTime } from '../../format';
import { useEnum } from '../../i18n/useEnum';

export function VersionTable({ framework, shownId }: { framework: Framework; shownId: string }) {
  const { t } = useTranslation();
  const label = useEnum();
  return (
    <TableScroll minWidth={560} label={t('frameworks.versions.caption')}>
      <Table striped aria-label={t('frameworks.versions.caption')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('frameworks.versions.number')}</Table.Th>
            <Table.Th scope="col">{t('frameworks.versions.status')}</Table.Th>
            <Table.Th scope="col">{t('frameworks.versions.created')}</Table.Th>
            <Table.Th scope="col">{t('frameworks.versions.published')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('frameworks.fields.items')}
            </Table.Th>
            <Table.Th scope="col">{t('frameworks.versions.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {framework.versions.map((v) => (
            <Table.Tr key={v.id}>
              <Table.Td>
                {v.id === shownId ? (
                  <strong aria-current="true">{v.number}</strong>
                ) : (
                  <Anchor
                    component={Link}
                    to={`/frameworks/${framework.id}?version=${v.id}`}
                    aria-label={t('frameworks.versions.view', { number: v.number })}
                  >
                    {v.number}
                  </Anchor>
                )}
              </Table.Td>
              <Table.Td>{label('versionStatus', v.status)}</Table.Td>
              <Table.Td>{formatDateTime(v.createdAt)}</Table.Td>
              <Table.Td>{formatDateTime(v.publishedAt)}</Table.Td>
              <Table.Td ta="right">{v.itemCount}</Table.Td>
              <Table.Td>{v.note ?? '–'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
