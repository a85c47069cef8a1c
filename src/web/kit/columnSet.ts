import type { ReactNode } from 'react';
import type { Column } from './DataTable';

/** A column without its id: the cell alone, or the cell with its options (a `header` of its own too). */
export type ColumnSpec<T> = ((row: T) => ReactNode) | (Omit<Column<T>, 'id' | 'header'> & { header?: string });

/**
 * A table's columns from a map of id → cell, in the map's order, each headed by `header(id)` (usually
 * the i18n key named after the id), so a table states only what differs from column to column.
 *
 *   columnSet<Period>((id) => t(`agreements.periods.${id}`), {
 *     number: { rowHeader: true, cell: (p) => p.number },
 *     start: (p) => formatDate(p.start),
 *   });
 */
export function columnSet<T>(header: (id: string) => string, specs: Record<string, ColumnSpec<T>>): Column<T>[] {
  return Object.entries(specs).map(([id, spec]) =>
    typeof spec === 'function' ? { id, header: header(id), cell: spec } : { id, header: header(id), ...spec },
  );
}
