import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusFilter } from '../components/FilterBar';
import type { PageAction } from './actions';
import { col } from './columns';
import { DataTable, pageOf, type Column } from './DataTable';
import { ListPage } from './ListPage';
import { ChoiceFilter, type Choice } from './RecordForm';

/** A list's filters as `useSearchState` keeps them: the search text, the status and the register's own. */
type SearchState<K extends string> = readonly [
  Record<K | 'q' | 'status', string>,
  (key: K | 'q' | 'status', value: string) => void,
];

/** A register's list as the server answers it: a page of records and whether this person may add one. */
interface RegisterQuery<T> {
  data?: { items: T[]; total: number; abilities: { create: boolean } };
  isPending: boolean;
  error: unknown;
  refetch: () => unknown;
}

/**
 * A register's list page (organisations, people, bodies, frameworks): the h1, "new" when the list's
 * abilities allow it, the search box, one filter of the register's own and the status filter, then the
 * table, sorted by `sortBy`, with a status column while archived records may be listed. Its texts come
 * from the register's i18n section `ns` (`title`, `new`, `searchLabel`, `tableCaption`).
 *
 *   const [f, setF] = useSearchState({ q: '', type: '', status: 'active' });
 *   <RegisterList ns="bodies" state={[f, setF]} query={useBodies(f)} columns={…}
 *     filter={{ key: 'type', label: t('common.typeFilter'), all: t('common.allTypes'), choices }} />
 */
export function RegisterList<T extends { id: string; archived: boolean }, K extends string>({
  ns,
  state: [f, setF],
  query,
  columns,
  filter,
  description,
  searchLabel,
  actions = [],
  sortBy = 'name',
  statusColumn = true,
  children,
}: {
  ns: string;
  state: SearchState<K>;
  query: RegisterQuery<T>;
  columns: Column<T>[];
  filter?: { key: K; label: string; all: string; choices: readonly Choice[]; width?: number };
  description?: ReactNode;
  /** The search box's label, when the section has no `searchLabel`. */
  searchLabel?: string;
  /** Actions after "new" (e.g. an import). */
  actions?: PageAction[];
  sortBy?: string | null;
  statusColumn?: boolean;
  /** Anything the page adds above the table (e.g. a dialog). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const shown = statusColumn ? [...columns, col.status<T>(t('common.status'), f.status === 'active')] : columns;
  return (
    <ListPage
      title={t(`${ns}.title`)}
      description={description}
      actions={[{ label: t(`${ns}.new`), to: `/${ns}/new`, can: query.data?.abilities.create }, ...actions]}
      search={{ label: searchLabel ?? t(`${ns}.searchLabel`), value: f.q, onChange: (v) => setF('q', v) }}
      filters={
        <>
          {filter && (
            <ChoiceFilter
              label={filter.label}
              value={f[filter.key]}
              onChange={(v) => setF(filter.key, v)}
              all={filter.all}
              choices={filter.choices}
              width={filter.width}
            />
          )}
          <StatusFilter value={f.status} onChange={(v) => setF('status', v)} />
        </>
      }
    >
      {children}
      <DataTable
        caption={t(`${ns}.tableCaption`)}
        columns={shown}
        {...pageOf(query)}
        rowKey={(r) => r.id}
        initialSort={sortBy ? { id: sortBy } : undefined}
      />
    </ListPage>
  );
}
