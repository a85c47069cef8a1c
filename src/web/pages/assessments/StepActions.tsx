import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentAction } from '../../../assessments/contract';
import { formatDate } from '../../format';
import { useEnum } from '../../i18n/useEnum';
import type { Column } from '../../kit';
import { useLocalText } from '../frameworks/queries';
import { ActionDialog } from './ActionDialog';
import { usePartDialog } from './PartDialog';
import { PartsSummary, PartTable, StepEnd } from './PartTable';
import type { StepProps } from './StepProps';

/** "⚠ Försenad": overdue in words and a sign, not colour alone. */
export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <Text span fw={700} size="sm" c="red.9" style={{ whiteSpace: 'nowrap' }}>
      <span aria-hidden="true">⚠</span> <span>{t('assessments.actions.overdue')}</span>
    </Text>
  );
}

/** Step 4: the action plan, each action traceable to what it answers. */
export function StepActions({ assessment, editable, canComment }: StepProps) {
  const { t } = useTranslation();
  const label = useEnum();
  const local = useLocalText();
  const dialog = usePartDialog(ActionDialog, assessment);
  const overdue = assessment.actions.filter((a) => a.overdue).length;
  const columns: Column<AssessmentAction>[] = [
    {
      id: 'answers',
      header: t('assessments.actions.fields.answersId'),
      cell: (a) => `${label('answersType', a.answersType)}: ${local(a.answersLabel)}`,
    },
    {
      id: 'responsible',
      header: t('assessments.actions.responsible'),
      cell: (a) => [a.responsibleOrganisationName, a.responsiblePersonName].filter(Boolean).join(', ') || '–',
    },
    {
      id: 'deadline',
      header: t('assessments.actions.fields.deadline'),
      sortValue: (a) => a.deadline,
      cell: (a) => formatDate(a.deadline),
    },
    {
      id: 'status',
      header: t('assessments.actions.fields.status'),
      cell: (a) => (
        <Stack gap={4} align="flex-start">
          {label('actionStatus', a.status)}
          {a.overdue && <OverdueBadge />}
        </Stack>
      ),
    },
  ];

  return (
    <>
      <PartsSummary
        summary={t('assessments.actions.summary', { count: assessment.actions.length, overdue })}
        addLabel={t('assessments.actions.add')}
        editable={editable}
        onAdd={() => dialog.open()}
      />
      <PartTable
        assessment={assessment}
        kind="action"
        rows={assessment.actions}
        nameHeader={t('assessments.actions.fields.title')}
        name={(a) => a.title}
        note={(a) => a.description}
        columns={columns}
        caption={t('assessments.actions.caption')}
        captionHidden={false}
        empty={t('assessments.actions.empty')}
        editable={editable}
        canComment={canComment}
        onEdit={dialog.open}
      />
      <StepEnd assessment={assessment} step={4} editable={editable} />
      {dialog.dialog}
    </>
  );
}
