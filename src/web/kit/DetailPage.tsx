import type { ReactNode } from 'react';
import { BackLink } from '../components/BackLink';
import { LoadFailed } from '../components/LoadFailed';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { PageActions, type PageAction } from './actions';

export interface RecordQuery<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  refetch: () => unknown;
}

/**
 * A record's page (detail or edit): loading and load-failure states with an h1 either way, then the
 * record's title, the way back to its list, the actions its `abilities` allow, and the content.
 *
 *   <DetailPage query={useOrganisation(id)} back={{ to: '/organisations', label }} title={(o) => o.name}
 *     actions={(o) => [{ label: t('common.edit'), to: `…/edit`, can: o.abilities.update }]}>
 *     {(o) => <Section …/>}
 *   </DetailPage>
 */
export function DetailPage<T>({
  query,
  title,
  back,
  description,
  actions,
  children,
}: {
  query: RecordQuery<T>;
  title: (record: T) => string;
  back?: { to: string; label: string };
  description?: (record: T) => ReactNode;
  actions?: (record: T) => PageAction[];
  children: (record: T) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.error || query.data === undefined)
    return <LoadFailed error={query.error} onRetry={() => void query.refetch()} />;
  const record = query.data;
  return (
    <>
      <PageHeader
        title={title(record)}
        description={description?.(record)}
        above={back && <BackLink to={back.to} label={back.label} />}
        actions={actions && <PageActions actions={actions(record)} />}
      />
      {children(record)}
    </>
  );
}
