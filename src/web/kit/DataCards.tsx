import { Card, NativeSelect, Stack, Text } from '@mantine/core';
import type { SortingState } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { Column } from './DataTable';

/**
 * A table's rows on a phone: one card per row, each a list of label: value, so nothing scrolls
 * sideways (WCAG 1.4.10). Sorting is a select, since there are no headers to press.
 */
export function DataCards<T>({
  caption,
  columns,
  rows,
  rowKey,
  sorting,
  onSort,
}: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  sorting: SortingState;
  onSort: (s: SortingState) => void;
}) {
  const { t } = useTranslation();
  const sortable = columns.filter((c) => c.sortValue);
  const title = columns.find((c) => c.rowHeader);
  const current = sorting[0] ? `${sorting[0].id}:${sorting[0].desc ? 'desc' : 'asc'}` : '';
  return (
    <>
      {sortable.length > 0 && (
        <NativeSelect
          label={t('kit.sortBy')}
          value={current}
          mb="sm"
          onChange={(e) => {
            const [id, dir] = e.currentTarget.value.split(':');
            onSort(id ? [{ id, desc: dir === 'desc' }] : []);
          }}
          data={[
            { value: '', label: t('kit.sortNone') },
            ...sortable.flatMap((c) => [
              { value: `${c.id}:asc`, label: t('kit.sortAscOption', { column: c.header }) },
              { value: `${c.id}:desc`, label: t('kit.sortDescOption', { column: c.header }) },
            ]),
          ]}
        />
      )}
      <Stack component="ul" aria-label={caption} gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {rows.map((row) => (
          <Card component="li" key={rowKey(row)} withBorder padding="sm">
            {title && (
              <Text fw={700} mb={4} style={{ overflowWrap: 'anywhere' }}>
                {title.cell(row)}
              </Text>
            )}
            <dl
              style={{
                margin: 0,
                display: 'grid',
                gridTemplateColumns: 'minmax(0, auto) minmax(0, 1fr)',
                gap: '2px 12px',
              }}
            >
              {columns
                .filter((c) => c !== title)
                .map((c) => (
                  <div key={c.id} style={{ display: 'contents' }}>
                    <dt style={{ fontWeight: 600 }}>{c.header}</dt>
                    <dd style={{ margin: 0, overflowWrap: 'anywhere' }}>{c.cell(row)}</dd>
                  </div>
                ))}
            </dl>
          </Card>
        ))}
      </Stack>
    </>
  );
}
