import { Alert, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface StaleField {
  key: string;
  label: string;
  theirs: string;
  yours: string;
}

/**
 * The one stale-save notice (with `useSave`): someone else saved the record while this person edited.
 * Shows where their save differs from what this person typed, and offers both ways on: save mine on
 * top of theirs, or take theirs. The person's typed values stay in the form either way until chosen.
 */
export function StaleChanges({
  what,
  fields,
  onReapply,
  onUseTheirs,
  busy,
}: {
  what: string;
  fields: StaleField[];
  onReapply?: () => void;
  onUseTheirs: () => void;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  const differing = fields.filter((f) => f.theirs !== f.yours);
  return (
    <Alert color="#8f3900" variant="outline" title={t('stale.title')} role="alert" mb="md">
      <Text mb="sm">{t('stale.message', { what })}</Text>
      {differing.length > 0 && (
        <Table withTableBorder fz="sm" layout="fixed" aria-label={t('stale.title')}>
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
                <Table.Th scope="row" style={{ overflowWrap: 'anywhere' }}>
                  {f.label}
                </Table.Th>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{f.theirs || '–'}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{f.yours || '–'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group gap="xs" mt="sm">
        {onReapply && (
          <Button size="xs" onClick={onReapply} loading={busy}>
            {t('kit.reapply')}
          </Button>
        )}
        <Button variant="outline" size="xs" onClick={onUseTheirs}>
          {t('stale.useTheirs')}
        </Button>
      </Group>
    </Alert>
  );
}
