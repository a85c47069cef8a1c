import { Table, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface SortableColumn {
  getCanSort(): boolean;
  getIsSorted(): false | 'asc' | 'desc';
  toggleSorting(desc?: boolean): void;
}

const arrow = { asc: '▲', desc: '▼' } as const;

/**
 * A column header. A sortable one is a button (keyboard and screen readers reach it) and the header
 * carries aria-sort while it sorts the table.
 */
export function SortHeader({
  column,
  label,
  align,
}: {
  column: SortableColumn;
  label: string;
  align?: 'left' | 'right';
}) {
  const { t } = useTranslation();
  const sorted = column.getIsSorted();
  if (!column.getCanSort())
    return (
      <Table.Th scope="col" ta={align}>
        {label}
      </Table.Th>
    );
  return (
    <Table.Th
      scope="col"
      ta={align}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
    >
      <UnstyledButton
        onClick={() => column.toggleSorting(sorted === 'asc')}
        fw={700}
        fz="inherit"
        style={{ display: 'inline-flex', gap: 4, alignItems: 'baseline', textDecoration: 'underline dotted' }}
        aria-label={sorted ? `${label}, ${t(sorted === 'asc' ? 'kit.sortedAsc' : 'kit.sortedDesc')}` : undefined}
      >
        {label}
        <span aria-hidden style={{ minWidth: '1em' }}>
          {sorted ? arrow[sorted] : '↕'}
        </span>
      </UnstyledButton>
    </Table.Th>
  );
}
