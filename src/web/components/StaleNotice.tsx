import { Alert, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TableScroll } from './TableScroll';

export interface StaleField {
  key: string;
  label: string;
  theirs: string;
  yours: string;
}

/**
 * Someone else saved the record while this user edited it (409 record.stale). The user's typed values
 * stay in the form; this shows where the saved version differs so they can choose.
 */
export function StaleNotice({
  what,
  fields,
  onUseTheirs,
}: {
  what: string;
  fields: StaleField[];
  onUseTheirs: () => void;
}) {
  const { t } = useTranslation();
  const differing = fields.filter((f) => f.theirs !== f.yours);
  return (
    <Alert color="#8f3900" variant="outline" title={t('stale.title')} role="alert" mb="md">
      <Text mb="sm">{t('stale.message', { what })}</Text>
      {differing.length > 0 && (
        <TableScroll minWidth={320} label={t('stale.title')}>
          <Table withTableBorder aria-label={t('stale.title')} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('stale.field')}</Table.Th>
                <Table.Th scope="col">{t('stale.theirs')}</Table.Th>
                <Table.Th scope="col">{t('stale.yours')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {differing.map((f) => (
                <Table.Tr key={f.key}>
                  <Table.Th scope="row">{f.label}</Table.Th>
                  <Table.Td>{f.theirs || '–'}</Table.Td>
                  <Table.Td>{f.yours || '–'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <Button variant="outline" size="xs" mt="sm" onClick={onUseTheirs}>
        {t('stale.useTheirs')}
      </Button>
    </Alert>
  );
}
