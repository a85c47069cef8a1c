import { Button, Group, Image, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentActor } from '../../../assessments/contract';
import { TableScroll } from '../../components/TableScroll';
import { currentLocale } from '../../i18n';
import { useEnum } from '../../i18n/useEnum';
import { ActorDialog } from './ActorDialog';
import { Comments } from './Comments';
import { GateForm } from './GateForm';
import { PositionsNeeded } from './PositionsNeeded';
import { RemovePartButton } from './RemovePartButton';
import type { StepProps } from './StepProps';

/** Step 3: who affects or is affected, who is missing, power and interest. */
export function StepActors({ assessment, editable, canComment, stamp }: StepProps) {
  const { t } = useTranslation();
  const label = useEnum();
  const [dialog, setDialog] = useState<{ actor?: AssessmentActor } | null>(null);
  const actors = [...assessment.actors].sort((a, b) =>
    a.presence === b.presence ? 0 : a.presence === 'missing' ? -1 : 1,
  );
  const missing = actors.filter((a) => a.presence === 'missing').length;
  const caption = t('assessments.actors.caption');
  const alt = t('assessments.actors.mapAlt', { count: actors.length, missing });

  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text>{t('assessments.actors.summary', { count: actors.length, missing })}</Text>
        {editable && <Button onClick={() => setDialog({})}>{t('assessments.actors.add')}</Button>}
      </Group>
      {actors.length === 0 ? (
        <Text mb="md">{t('assessments.actors.empty')}</Text>
      ) : (
        <TableScroll minWidth={920} label={caption}>
          <Table striped withTableBorder fz="sm" mb="md">
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('assessments.actors.fields.actor')}</Table.Th>
                <Table.Th scope="col">{t('assessments.actors.fields.presence')}</Table.Th>
                <Table.Th scope="col">{t('assessments.actors.fields.relation')}</Table.Th>
                <Table.Th scope="col">{t('assessments.actors.powerShort')}</Table.Th>
                <Table.Th scope="col">{t('assessments.actors.interestShort')}</Table.Th>
                <Table.Th scope="col">{t('assessments.actors.fields.quadrant')}</Table.Th>
                <Table.Th scope="col">{t('assessments.actors.fields.stance')}</Table.Th>
                <Table.Th scope="col">{t('assessments.actors.fields.note')}</Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {actors.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Th scope="row" fw={500}>
                    {a.name}
                    {!a.organisationId && <Text size="xs">{t('assessments.actors.notInRegister')}</Text>}
                  </Table.Th>
                  <Table.Td>
                    {a.presence === 'missing' ? (
                      <Text span fw={700} size="sm" c="#8f3900">
                        <span aria-hidden="true">⚠</span> <span>{label('presence', 'missing')}</span>
                      </Text>
                    ) : (
                      label('presence', a.presence)
                    )}
                  </Table.Td>
                  <Table.Td>{label('relation', a.relation)}</Table.Td>
                  <Table.Td>{a.power}</Table.Td>
                  <Table.Td>{a.interest}</Table.Td>
                  <Table.Td>{label('quadrant', a.quadrant)}</Table.Td>
                  <Table.Td>{label('stance', a.stance)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-line' }}>{a.note ?? '–'}</Table.Td>
                  <Table.Td>
                    <Stack gap={4} align="flex-start">
                      {editable && (
                        <Group gap={4} wrap="nowrap">
                          <Button
                            size="xs"
                            variant="outline"
                            onClick={() => setDialog({ actor: a })}
                            aria-label={`${t('common.edit')} ${a.name}`}
                          >
                            {t('common.edit')}
                          </Button>
                          <RemovePartButton
                            assessmentId={assessment.id}
                            part="actor"
                            id={a.id}
                            version={a.version}
                            name={a.name}
                          />
                        </Group>
                      )}
                      <Comments
                        assessment={assessment}
                        targetType="actor"
                        targetId={a.id}
                        about={a.name}
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
      <figure style={{ margin: 0 }}>
        <Image
          src={`/api/assessments/${assessment.id}/actors.svg?lang=${currentLocale()}&r=${stamp}`}
          alt={alt}
          maw={560}
          w="100%"
        />
        <Text component="figcaption" size="sm" mt={4}>
          {t('assessments.actors.mapCaption')}
        </Text>
      </figure>
      <PositionsNeeded assessment={assessment} step={3} editable={editable} />
      <GateForm assessment={assessment} step={3} editable={editable} />
      {dialog && <ActorDialog assessment={assessment} actor={dialog.actor} onClose={() => setDialog(null)} />}
    </>
  );
}
