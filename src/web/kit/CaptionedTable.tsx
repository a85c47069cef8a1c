import type { RowData } from '@tanstack/react-table';
import { DataTable, type DataTableProps } from './DataTable';

/**
 * A short table inside a record's page (its parts, not a list): the caption shown above it, no count,
 * rows keyed by their `id` unless `rowKey` says otherwise. Cards on a phone, like every DataTable.
 */
export function CaptionedTable<T extends RowData>({
  rowKey = (row) => String((row as { id?: unknown }).id),
  ...props
}: Omit<DataTableProps<T>, 'rowKey' | 'captionHidden' | 'showCount'> & { rowKey?: (row: T) => string }) {
  return <DataTable {...props} rowKey={rowKey} captionHidden={false} showCount={false} />;
}
