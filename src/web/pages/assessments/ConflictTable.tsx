import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useEnum } from '../../i18n/useEnum';
import { DataTable, type Column } from '../../kit';
import { useLocalText } from '../frameworks/queries';
import { PositionText } from './ConflictsTab';
import type { ConflictWithInitiative } from './queries';

/** Conflicts across a programme's or an initiative's assessments (cards on a phone). */
export function ConflictTable({
  conflicts,
  caption,
  showInitiative = true,
}: {
  conflicts: ConflictWithInitiative[];
  caption: string;
  showInitiative?: boolean;
}) {
  const { t } = useTranslation();
  const label = useEnum();
  const local = useLocalText();
  const columns: Column<ConflictWithInitiative>[] = [
    {
      id: 'conflict',
      header: t('assessments.conflicts.conflict'),
      rowHeader: true,
      cell: (c) => (
        <Anchor component={Link} to={`/assessments/${c.assessmentId}?tab=conflicts`}>
          {local(c.a.label)} ↔ {local(c.b.label)}
        </Anchor>
      ),
    },
    {
      id: 'initiative',
      header: t('initiatives.one'),
      hidden: !showInitiative,
      sortValue: (c) => c.initiativeName,
      cell: (c) => (
        <Anchor component={Link} to={`/initiatives/${c.initiativeId}`}>
          {c.initiativeName}
        </Anchor>
      ),
    },
    { id: 'kind', header: t('assessments.conflicts.fields.kind'), cell: (c) => label('conflictKind', c.kind) },
    {
      id: 'step',
      header: t('assessments.conflicts.fields.foundInStep'),
      sortValue: (c) => c.foundInStep,
      cell: (c) => t(`assessments.steps.${c.foundInStep}.short`),
    },
    { id: 'severity', header: t('assessments.conflicts.fields.severity'), cell: (c) => label('severity', c.severity) },
    { id: 'status', header: t('assessments.conflicts.fields.status'), cell: (c) => label('conflictStatus', c.status) },
    { id: 'position', header: t('assessments.position.label'), cell: (c) => <PositionText conflict={c} /> },
  ];
  return (
    <DataTable
      caption={caption}
      captionHidden={false}
      columns={columns}
      rows={conflicts}
      rowKey={(c) => c.id}
      empty={t('assessments.conflicts.empty')}
      showCount={false}
    />
  );
}
