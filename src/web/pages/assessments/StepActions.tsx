import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentAction } from '../../../assessments/contract';
import { TableScroll } from '../../components/TableScroll';
import { formatDate } from '../../format';
import { useEnum } from '../../i18n/useEnum';
import { useLocalText } from '../frameworks/queries';
import { ActionDialog } from './ActionDialog';
import { Comments } from './Comments';
import { GateForm } from './GateForm';
import type { StepProps } from './StepProps';
import { RemovePartButton } from './RemovePartButton';

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
  const caption = t('assessments.actions.caption');
  const overdue = assessment.actions.filter((a) => a.overdue).length;

  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text>{t('assessments.actions.summary', { count: assessment.actions.length, overdue })}</Text>
        {editable && <Button onClick={() => setDialog({})}>{t('assessments.actions.add')}</Button>}
      </Group>
      {assessment.actions.length === 0 ? (
        <Text mb="md">{t('assessments.actions.empty')}</Text>
      ) : (
        <TableScroll minWidth={900} label={caption}>
          <Table striped withTableBorder fz="sm" mb="md">
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('assessments.actions.fields.title')}</Table.Th>
                <Table.Th scope="col">{t('assessments.actions.fields.answersId')}</Table.Th>
                <Table.Th scope="col">{t('assessments.actions.responsible')}</Table.Th>
                <Table.Th scope="col">{t('assessments.actions.fields.deadline')}</Table.Th>
                <Table.Th scope="col">{t('assessments.actions.fields.status')}</Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {assessment.actions.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Th scope="row" fw={500}>
                    {a.title}
                    {a.description && (
                      <Text size="xs" style={{ whiteSpace: 'pre-line' }}>
                        {a.description}
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Td>
                    {label('answersType', a.answersType)}: {local(a.answersLabel)}
                  </Table.Td>
                  <Table.Td>
                    {[a.responsibleOrganisationName, a.responsiblePersonName].filter(Boolean).join(', ') || '–'}
                  </Table.Td>
                  <Table.Td>{formatDate(a.deadline)}</Table.Td>
                  <Table.Td>
                    <Stack gap={4} align="flex-start">
                      {label('actionStatus', a.status)}
                      {a.overdue && <OverdueBadge />}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4} align="flex-start">
                      {editable && (
                        <Group gap={4} wrap="nowrap">
                          <Button
                            size="xs"
                            variant="outline"
                            onClick={() => setDialog({ action: a })}
                            aria-label={`${t('common.edit')} ${a.title}`}
                          >
                            {t('common.edit')}
                          </Button>
                          <RemovePartButton
                            assessmentId={assessment.id}
                            part="action"
                            id={a.id}
                            version={a.version}
                            name={a.title}
                          />
                        </Group>
                      )}
                      <Comments
                        assessment={assessment}
                        targetType="action"
                        targetId={a.id}
                        about={a.title}
                        canComment={canComment}
                      />
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <GateForm assessment={assessment} step={4} editable={editable} />
      {dialog && <ActionDialog assessment={assessment} action={dialog.action} onClose={() => setDialog(null)} />}
    </>
  );
}
