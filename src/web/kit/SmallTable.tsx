import type { RowData } from '@tanstack/react-table';
import { DataTable, type DataTableProps } from './DataTable';

/**
 * A table inside a record's section (members, versions, figures, a notice's comparison): the one
 * DataTable without the count, in the order given (`sortable` lets its columns sort), scrolling
 * sideways in its own labelled region on a phone. Rows are keyed by their `id` unless `rowKey` says.
 */
export function SmallTable<T extends RowData>({
  rowKey = (row) => String((row as { id?: unknown }).id),
  sortable = false,
  columns,
  ...props
}: Omit<DataTableProps<T>, 'showCount' | 'reflow' | 'rowKey'> & { rowKey?: (row: T) => string; sortable?: boolean }) {
  const shown = sortable ? columns : columns.map((c) => ({ ...c, sortValue: undefined }));
  return <DataTable showCount={false} reflow="scroll" rowKey={rowKey} columns={shown} {...props} />;
}
