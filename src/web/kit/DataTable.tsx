import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import {
  createPaginatedRowModel,
  createSortedRowModel,
  rowPaginationFeature,
  rowSortingFeature,
  sortFns,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { DataCards } from './DataCards';
import { Pager } from './Pager';
import { SortHeader } from './SortHeader';

/** One column: what its header says and how a row shows in it. `sortValue` makes it sortable. */
export interface Column<T> {
  id: string;
  header: string;
  cell: (row: T) => ReactNode;
  sortValue?: (row: T) => string | number | null | undefined;
  align?: 'left' | 'right';
  /** The cell that names the row (a `th scope="row"`, and the card's title on a phone). */
  rowHeader?: boolean;
  /** Left out (e.g. a status column shown only when archived records are listed). */
  hidden?: boolean;
}

export interface DataTableProps<T> {
  /** Names the table for everyone (visible caption, or `captionHidden` for a visually hidden one). */
  caption: string;
  captionHidden?: boolean;
  columns: Column<T>[];
  rows: T[] | undefined;
  rowKey: (row: T) => string;
  /** The list's total when the server knows more than it sent; else the rows' count. */
  total?: number;
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  empty?: ReactNode;
  initialSort?: { id: string; desc?: boolean };
  pageSize?: number;
  /**
   * Below a phone's width (WCAG 1.4.10 reflow): `cards` shows each row as a card of label: value;
   * `scroll` keeps the table in its own focusable, labelled region with a visible hint.
   */
  reflow?: 'cards' | 'scroll';
  /** The width the table needs before it scrolls (`scroll` reflow). */
  minWidth?: number;
  showCount?: boolean;
  /** A row after the rows, e.g. the total (in the table's foot, in bold; the last card on a phone). */
  footer?: T;
}

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns,
  rowPaginationFeature,
  paginatedRowModel: createPaginatedRowModel(),
});

/** A phone, in Mantine's `xs` breakpoint (36em ≈ 576 px). */
export const PHONE = '(max-width: 36em)';

/**
 * The one table of the app: caption, count, loading/error/empty states, sortable headers (buttons,
 * aria-sort), paging, and reflow on a phone. Built on TanStack Table under Mantine.
 */
export function DataTable<T extends RowData>(props: DataTableProps<T>) {
  const { t } = useTranslation();
  const { caption, rows, rowKey, loading, error, onRetry, pageSize = 50, reflow = 'cards' } = props;
  const phone = useMediaQuery(PHONE, false, { getInitialValueInEffect: false });
  const columns = useMemo(() => props.columns.filter((c) => !c.hidden), [props.columns]);
  const defs = useMemo<ColumnDef<typeof features, T>[]>(
    () =>
      columns.map((c) => ({
        id: c.id,
        header: c.header,
        accessorFn: (row: T) => c.sortValue?.(row) ?? null,
        enableSorting: !!c.sortValue,
        sortUndefined: 'last',
        sortingFn: 'alphanumeric',
      })),
    [columns],
  );
  const initialSorting: SortingState = props.initialSort
    ? [props.initialSort].map((s) => ({ ...s, desc: !!s.desc }))
    : [];
  const data = useMemo(() => rows ?? [], [rows]);
  const table = useTable({
    features,
    columns: defs,
    data,
    getRowId: (row) => rowKey(row),
    initialState: { sorting: initialSorting, pagination: { pageIndex: 0, pageSize } },
  });

  if (error) return <ErrorAlert error={error} onRetry={onRetry} />;
  if (loading || !rows) return <Loading />;

  const byId = new Map(columns.map((c) => [c.id, c]));
  const pageRows = table.getRowModel().rows;
  const total = props.total ?? rows.length;
  const count = props.showCount !== false && (
    <Text role="status" mb="xs" size="sm">
      {t('kit.results', { count: total })}
    </Text>
  );
  if (rows.length === 0)
    return (
      <>
        {count}
        <Text mt="sm">{props.empty ?? t('kit.empty')}</Text>
      </>
    );

  const pager = table.getPageCount() > 1 && <Pager table={table} caption={caption} />;

  if (phone && reflow === 'cards') {
    return (
      <>
        {count}
        <DataCards
          caption={caption}
          columns={columns}
          rows={[...pageRows.map((r) => r.original), ...(props.footer ? [props.footer] : [])]}
          rowKey={rowKey}
          sorting={table.state.sorting}
          onSort={(s) => table.setSorting(s)}
        />
        {pager}
      </>
    );
  }

  const cells = (row: T, fw: 'normal' | 600 = 'normal') =>
    columns.map((c) =>
      c.rowHeader ? (
        <Table.Th key={c.id} scope="row" fw={fw} ta={c.align}>
          {c.cell(row)}
        </Table.Th>
      ) : (
        <Table.Td key={c.id} ta={c.align}>
          {c.cell(row)}
        </Table.Td>
      ),
    );
  const tableEl = (
    <Table striped highlightOnHover aria-label={caption}>
      <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
        {props.captionHidden !== false ? <VisuallyHidden>{caption}</VisuallyHidden> : caption}
      </Table.Caption>
      <Table.Thead>
        {table.getHeaderGroups().map((group) => (
          <Table.Tr key={group.id}>
            {group.headers.map((h) => (
              <SortHeader
                key={h.id}
                column={h.column}
                label={byId.get(h.column.id)!.header}
                align={byId.get(h.column.id)!.align}
              />
            ))}
          </Table.Tr>
        ))}
      </Table.Thead>
      <Table.Tbody>
        {pageRows.map((row) => (
          <Table.Tr key={row.id}>{cells(row.original)}</Table.Tr>
        ))}
      </Table.Tbody>
      {props.footer && (
        <Table.Tfoot>
          <Table.Tr fw={600}>{cells(props.footer, 600)}</Table.Tr>
        </Table.Tfoot>
      )}
    </Table>
  );

  return (
    <>
      {count}
      {reflow === 'scroll' ? (
        <>
          {phone && (
            <Text size="sm" c="dimmed" mb={4} id={`${rowKeyId(caption)}-hint`}>
              {t('kit.scrollHint')}
            </Text>
          )}
          <div
            role="region"
            aria-label={caption}
            aria-describedby={phone ? `${rowKeyId(caption)}-hint` : undefined}
            tabIndex={0}
            style={{ overflowX: 'auto', maxWidth: '100%' }}
          >
            <div style={{ minWidth: props.minWidth ?? 560 }}>{tableEl}</div>
          </div>
        </>
      ) : (
        tableEl
      )}
      {pager}
    </>
  );
}

function rowKeyId(caption: string) {
  return `dt-${caption.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}`;
}

/** A list query's answer as the table's rows, total, loading and error: `<DataTable {...pageOf(q)} …/>`. */
export function pageOf<T>(q: {
  data?: { items: T[]; total: number };
  isPending: boolean;
  error: unknown;
  refetch: () => unknown;
}) {
  return {
    rows: q.data?.items,
    total: q.data?.total,
    loading: q.isPending,
    error: q.error,
    onRetry: () => void q.refetch(),
  };
}
