import { Alert } from '@mantine/core';
import type { QueryKey } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../components/ConfirmButton';
import type { PageAction } from './actions';
import { useSave } from './useSave';

/** A register record that can be edited, archived and restored, with what this person may do with it. */
export interface ArchivableRecord {
  id: string;
  archived: boolean;
  version: number;
  abilities: { update: boolean; archive: boolean };
}

/**
 * A record's page actions: edit (while not archived) and archive (asked first) or restore, each shown
 * only when the record's `abilities` allow it. `error` is the archive's failure, for the page's alert.
 *
 *   const { actions, error } = useRecordActions({ archive: organisationsApi.archive, invalidate: [keys.all],
 *     editTo: (o) => `/organisations/${o.id}/edit`, name: (o) => o.name });
 */
export function useRecordActions<R extends ArchivableRecord>(opts: {
  archive: (record: R) => Promise<R>;
  invalidate: QueryKey[];
  editTo: (record: R) => string;
  name: (record: R) => string;
  /** What archiving means for this kind of record (the confirmation's text); "Arkivera X?" by default. */
  archiveMessage?: string;
  /** Actions of the record's own between edit and archive (e.g. "create an account"). */
  more?: (record: R) => PageAction[];
}) {
  const { t } = useTranslation();
  const archive = useSave({ send: opts.archive, invalidate: opts.invalidate });
  const actions = (r: R): PageAction[] => {
    const title = t('common.confirmArchive', { name: opts.name(r) });
    return [
      { label: t('common.edit'), to: opts.editTo(r), can: r.abilities.update && !r.archived },
      ...(opts.more?.(r) ?? []),
      r.archived
        ? {
            label: t('common.restore'),
            can: r.abilities.archive,
            variant: 'outline',
            onClick: () => archive.submit(r),
            loading: archive.pending,
          }
        : {
            label: t('common.archive'),
            can: r.abilities.archive,
            element: (
              <ConfirmButton
                variant="outline"
                color="red.9"
                label={t('common.archive')}
                title={title}
                message={opts.archiveMessage ?? title}
                onConfirm={() => archive.submit(r)}
                loading={archive.pending}
              />
            ),
          },
    ];
  };
  return { actions, error: archive.error };
}

/** The notice at the top of an archived record's page. */
export function ArchivedNotice({ archived, children }: { archived: boolean; children?: ReactNode }) {
  const { t } = useTranslation();
  if (!archived) return null;
  return (
    <Alert variant="outline" color="gray.8" mb="md">
      {children ?? t('common.archived')}
    </Alert>
  );
}
