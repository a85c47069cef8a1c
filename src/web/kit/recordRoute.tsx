import type { TFunction } from 'i18next';
import type { ComponentType, ReactNode } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PageAction } from './actions';
import { DetailPage, type RecordQuery } from './DetailPage';

/** How a record's page names it: its h1, the line under it, the list it belongs to, its actions. */
export interface RecordRouteHead<T> {
  title: (record: T, t: TFunction) => string;
  description?: (record: T, t: TFunction) => ReactNode;
  /** The way back: the list's path and the i18n key of its name. */
  back: { to: string; label: string };
  actions?: (record: T, t: TFunction) => PageAction[];
}

/**
 * The page of one record at a route with `:id`: the id from the route, the record from `useRecord`,
 * and a DetailPage (loading, load failure, h1, back link, actions) around `Body`.
 *
 *   export const TemplateDetail = recordRoute(useTemplate, TemplateBody, {
 *     title: (x) => x.terms.title, back: { to: '/agreement-templates', label: 'agreementTemplates.title' } });
 */
export function recordRoute<T>(
  useRecord: (id: string) => RecordQuery<T>,
  Body: ComponentType<{ record: T }>,
  head: RecordRouteHead<T>,
) {
  return function RecordRoute() {
    const { id = '' } = useParams();
    const { t } = useTranslation();
    const { description, actions } = head;
    return (
      <DetailPage
        query={useRecord(id)}
        title={(r) => head.title(r, t)}
        description={description && ((r) => description(r, t))}
        back={{ to: head.back.to, label: t(head.back.label) }}
        actions={actions && ((r) => actions(r, t))}
      >
        {(record) => <Body record={record} />}
      </DetailPage>
    );
  };
}
