import type { ReactNode } from 'react';
import { FilterBar } from '../components/FilterBar';
import { PageHeader } from '../components/PageHeader';
import { PageActions, type PageAction } from './actions';

/**
 * A list page: its h1, the actions the person may take (e.g. "new"), a search landmark with the
 * search box and filters, then the list (a DataTable).
 */
export function ListPage({
  title,
  description,
  actions = [],
  search,
  filters,
  children,
}: {
  title: string;
  description?: ReactNode;
  actions?: PageAction[];
  search?: { label: string; value: string; onChange: (q: string) => void };
  filters?: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <PageHeader title={title} description={description} actions={<PageActions actions={actions} />} />
      {search && (
        <FilterBar searchLabel={search.label} q={search.value} onSearch={search.onChange}>
          {filters}
        </FilterBar>
      )}
      {children}
    </>
  );
}
