import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { StatusBadge } from '../components/StatusBadge';
import type { Column } from './DataTable';

type Value = string | number | null | undefined;

/**
 * The columns every table repeats, one line each:
 *
 *   col.link('name', t('bodies.fields.name'), (b) => b.name, (b) => `/bodies/${b.id}`),
 *   col.value('type', t('bodies.fields.type'), (b) => label('bodyType', b.type)),
 *   col.value('members', t('bodies.fields.members'), (b) => b.currentMembers, { align: 'right' }),
 *   col.status(t('common.status'), f.status === 'active'),
 */
export const col = {
  /**
   * A link to a record's page, named by the record: by default the row's header (the record the row
   * is about), sorted by the name; `{ rowHeader: false }` for a link to another record.
   */
  link<T>(
    id: string,
    header: string,
    name: (row: T) => string,
    to: (row: T) => string,
    opts: { rowHeader?: boolean; sort?: boolean } = {},
  ): Column<T> {
    return {
      id,
      header,
      rowHeader: opts.rowHeader ?? true,
      sortValue: opts.sort === false ? undefined : name,
      cell: (row) => (
        <Anchor component={Link} to={to(row)}>
          {name(row)}
        </Anchor>
      ),
    };
  },
  /**
   * A value as it reads, sorted by it (`sort: false` leaves it unsorted). `empty` stands for no value
   * ("–" by default); `show` draws the cell when it is more than the value (a badge, a number's format).
   */
  value<T>(
    id: string,
    header: string,
    value: (row: T) => Value,
    opts: {
      sort?: boolean;
      align?: 'left' | 'right';
      empty?: string;
      show?: (row: T) => ReactNode;
      rowHeader?: boolean;
    } = {},
  ): Column<T> {
    return {
      id,
      header,
      align: opts.align,
      rowHeader: opts.rowHeader,
      sortValue: opts.sort === false ? undefined : value,
      cell: opts.show ?? ((row) => value(row) ?? opts.empty ?? '–'),
    };
  },
  /** Archived or active: shown only while archived records may be listed (`hidden` otherwise). */
  status<T extends { archived: boolean }>(header: string, hidden = false): Column<T> {
    return { id: 'status', header, hidden, cell: (row) => <StatusBadge archived={row.archived} /> };
  },
};
