import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../components/BackLink';
import { LoadFailed } from '../components/LoadFailed';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { useEnum } from '../i18n/useEnum';
import { useMe } from '../session';

/** Why a form is not shown: the person may not add, may not change this record, or it is archived. */
export type NotAllowedReason = 'create' | 'update' | 'archived';

/**
 * The explanation that stands where a form would be, for someone the server's `abilities` do not
 * allow to use it (issue 10 item 8): nobody fills in a form only to be refused on submit.
 */
export function NotAllowedNote({ reason, name = '' }: { reason: NotAllowedReason; name?: string }) {
  const { t } = useTranslation();
  const label = useEnum();
  const me = useMe();
  return (
    <Text maw={760} data-not-allowed={reason}>
      {t(`notAllowed.${reason}`, { role: label('role', me.role), name })}
    </Text>
  );
}

/** A form's page (its h1 and the way back) with the explanation instead of the form. */
export function NotAllowed({
  title,
  back,
  reason,
  name,
}: {
  title: string;
  back: { to: string; label: string };
  reason: NotAllowedReason;
  name?: string;
}) {
  return (
    <>
      <PageHeader title={title} above={<BackLink to={back.to} label={back.label} />} />
      <NotAllowedNote reason={reason} name={name} />
    </>
  );
}

/** A list's answer as far as the create page needs it: whether the person may add to it. */
export interface CreateAbility {
  data: { abilities: { create: boolean } } | undefined;
  error: unknown;
  isPending: boolean;
  refetch: () => unknown;
}

/**
 * A create page's form, shown only when the list's `abilities.create` allows it; otherwise the page's
 * title, why there is no form and the way back. Opening `/…/new` directly gets the same answer.
 *
 *   <MayCreate list={useTemplatePage()} title={title} back={back}><TemplateForm /></MayCreate>
 */
export function MayCreate({
  list,
  title,
  back,
  children,
}: {
  list: CreateAbility;
  title: string;
  back: { to: string; label: string };
  children: ReactNode;
}) {
  if (list.isPending) return <Loading />;
  if (list.error || !list.data) return <LoadFailed error={list.error} onRetry={() => void list.refetch()} />;
  if (!list.data.abilities.create) return <NotAllowed title={title} back={back} reason="create" />;
  return <>{children}</>;
}

/** Why a record's edit form is not shown, or null when it may be edited. */
export function editRefusal(record: { abilities: { update: boolean }; archived?: boolean }): NotAllowedReason | null {
  if (!record.abilities.update) return 'update';
  if (record.archived) return 'archived';
  return null;
}
