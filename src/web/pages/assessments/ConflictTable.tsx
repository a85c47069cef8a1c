import { useTranslation } from 'react-i18next';
import { useEnum } from '../../i18n/useEnum';
import { col, type Column, CaptionedTable } from '../../kit';
import { useLocalText } from '../frameworks/queries';
import { PositionText } from './ConflictsTab';
import type { ConflictWithInitiative } from './queries';

const conflictPath = (c: ConflictWithInitiative) => `/assessments/${c.assessmentId}?tab=conflicts`;
const initiativePath = (c: ConflictWithInitiative) => `/initiatives/${c.initiativeId}`;

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
    col.link(
      'conflict',
      t('assessments.conflicts.conflict'),
      (c) => `${local(c.a.label)} ↔ ${local(c.b.label)}`,
      conflictPath,
      { sort: false },
    ),
    {
      ...col.link('initiative', t('initiatives.one'), (c) => c.initiativeName, initiativePath, { rowHeader: false }),
      hidden: !showInitiative,
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
    <CaptionedTable caption={caption} columns={columns} rows={conflicts} empty={t('assessments.conflicts.empty')} />
  );
}
