import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Conflict } from '../../../assessments/contract';
import { FieldList } from '../../components/FieldList';
import { formatDate } from '../../format';
import { useEnum } from '../../i18n/useEnum';
import { useLocalText } from '../frameworks/queries';
import { ConflictDialog } from './ConflictDialog';
import { PositionDialog } from './PositionDialog';
import { PartActions } from './PartActions';
import { usePartDialog } from './PartDialog';
import { PartsSummary } from './PartTable';
import type { StepProps } from './StepProps';

/** The position taken on a conflict, in words: text, body, date, case number. */
export function PositionText({ conflict }: { conflict: Conflict }) {
  const { t } = useTranslation();
  const p = conflict.position;
  if (!p) return <>{t('assessments.position.none')}</>;
  const by = [
    p.bodyName,
    formatDate(p.date),
    p.caseNumber ? t('assessments.position.caseNumberIs', { number: p.caseNumber }) : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <>
      {p.text} ({by})
    </>
  );
}

/** All goal conflicts of the assessment, with both sides, where found, severity, status and position. */
export function ConflictsTab({ assessment, editable, canComment }: StepProps) {
  const { t } = useTranslation();
  const label = useEnum();
  const local = useLocalText();
  const dialog = usePartDialog(ConflictDialog, assessment);
  const position = usePartDialog(PositionDialog, assessment);

  return (
    <>
      <PartsSummary
        summary={t('assessments.conflicts.summary', {
          count: assessment.conflicts.length,
          open: assessment.counts.openConflicts,
        })}
        addLabel={t('assessments.conflicts.add')}
        editable={editable}
        onAdd={() => dialog.open()}
      />
      {assessment.conflicts.length === 0 && <Text>{t('assessments.conflicts.empty')}</Text>}
      <Stack component="ul" gap="md" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {assessment.conflicts.map((c) => {
          const what = `${local(c.a.label)} ↔ ${local(c.b.label)}`;
          return (
            <Paper component="li" key={c.id} withBorder p="md">
              <Group justify="space-between" align="flex-start" mb="xs">
                <Title order={3} size="h4">
                  {what}
                </Title>
                <Badge variant="outline" color={c.status === 'open' ? '#8f3900' : 'gray.8'} tt="none">
                  {label('conflictStatus', c.status)}
                </Badge>
              </Group>
              <FieldList
                items={[
                  {
                    label: t('assessments.conflicts.sideA'),
                    value: `${local(c.a.label)} (${label('sideType', c.a.type)})`,
                  },
                  {
                    label: t('assessments.conflicts.sideB'),
                    value: `${local(c.b.label)} (${label('sideType', c.b.type)})`,
                  },
                  { label: t('assessments.conflicts.fields.kind'), value: label('conflictKind', c.kind) },
                  {
                    label: t('assessments.conflicts.fields.foundInStep'),
                    value: t(`assessments.steps.${c.foundInStep}.short`),
                  },
                  { label: t('assessments.conflicts.fields.severity'), value: label('severity', c.severity) },
                  { label: t('assessments.conflicts.fields.description'), value: c.description },
                  { label: t('assessments.position.label'), value: <PositionText conflict={c} /> },
                ]}
              />
              <PartActions
                assessment={assessment}
                kind="conflict"
                part={c}
                name={what}
                editable={editable}
                canComment={canComment}
                onEdit={() => dialog.open(c)}
                more={
                  <Button
                    size="xs"
                    onClick={() => position.open(c)}
                    aria-label={`${t('assessments.position.take')}: ${what}`}
                  >
                    {t('assessments.position.take')}
                  </Button>
                }
              />
            </Paper>
          );
        })}
      </Stack>
      {dialog.dialog}
      {position.dialog}
    </>
  );
}
