import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentAction } from '../../../assessments/contract';
import { formatDate } from '../../format';
import { useEnum } from '../../i18n/useEnum';
import { DataTable, type Column } from '../../kit';
import { useLocalText } from '../frameworks/queries';
import { ActionDialog } from './ActionDialog';
import { GateForm } from './GateForm';
import { PartActions } from './PartActions';
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
  const [dialog, setDialog] = useState<{ action?: AssessmentAction } | null>(null);
  const overdue = assessment.actions.filter((a) => a.overdue).length;
  const columns: Column<AssessmentAction>[] = [
    {
      id: 'title',
      header: t('assessments.actions.fields.title'),
      rowHeader: true,
      cell: (a) => (
        <>
          <Text fw={500} size="sm" span>
            {a.title}
          </Text>
          {a.description && (
            <Text size="xs" style={{ whiteSpace: 'pre-line' }}>
              {a.description}
            </Text>
          )}
        </>
      ),
    },
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
    {
      id: 'actions',
      header: t('common.actions'),
      cell: (a) => (
        <PartActions
          assessment={assessment}
          kind="action"
          part={a}
          name={a.title}
          editable={editable}
          canComment={canComment}
          onEdit={() => setDialog({ action: a })}
        />
      ),
    },
  ];

  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text>{t('assessments.actions.summary', { count: assessment.actions.length, overdue })}</Text>
        {editable && <Button onClick={() => setDialog({})}>{t('assessments.actions.add')}</Button>}
      </Group>
      <DataTable
        caption={t('assessments.actions.caption')}
        captionHidden={false}
        columns={columns}
        rows={assessment.actions}
        rowKey={(a) => a.id}
        empty={t('assessments.actions.empty')}
        showCount={false}
      />
      <GateForm assessment={assessment} step={4} editable={editable} />
      {dialog && <ActionDialog assessment={assessment} action={dialog.action} onClose={() => setDialog(null)} />}
    </>
  );
}
