import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageAction } from './actions';
import { CaptionedTable } from './CaptionedTable';
import { pageOf, type Column } from './DataTable';
import { ListPage } from './ListPage';

/** A whole list in one answer, with what this person may add. */
interface WholeListQuery<T> {
  data?: { items: T[]; total: number; abilities: { create: boolean } };
  isPending: boolean;
  error: unknown;
  refetch: () => unknown;
}

/**
 * A list page whose whole list comes in one answer (no search): the h1 and intro, the actions (`can`
 * from the list's abilities), what the page adds above the table (`children`, e.g. a form), then the
 * table, its visible caption counting the records. Its texts come from the i18n section `ns`: `title`,
 * `intro` (unless `description` is given), `tableCaption` (with `count`) and `empty`.
 *
 *   <CountedListPage ns="indexSeries" query={q} columns={columns}
 *     actions={[{ label: t('indexSeries.new'), can: q.data?.abilities.create, onClick: open }]} />
 */
export function CountedListPage<T extends { id: string }>({
  ns,
  query,
  columns,
  description,
  actions = [],
  children,
}: {
  ns: string;
  query: WholeListQuery<T>;
  columns: Column<T>[];
  description?: ReactNode;
  actions?: PageAction[];
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const caption = t(`${ns}.tableCaption`, { count: query.data?.total ?? 0 });
  return (
    <ListPage title={t(`${ns}.title`)} description={description ?? t(`${ns}.intro`)} actions={actions}>
      {children}
      <CaptionedTable
        {...pageOf(query)}
        caption={caption}
        columns={columns}
        rowKey={(r) => r.id}
        empty={t(`${ns}.empty`)}
      />
    </ListPage>
  );
}
