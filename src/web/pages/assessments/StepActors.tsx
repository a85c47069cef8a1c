import { Button, Group, Image, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentActor } from '../../../assessments/contract';
import { currentLocale } from '../../i18n';
import { useEnum } from '../../i18n/useEnum';
import { DataTable, type Column } from '../../kit';
import { ActorDialog } from './ActorDialog';
import { GateForm } from './GateForm';
import { PartActions } from './PartActions';
import { PositionsNeeded } from './PositionsNeeded';
import { assessmentLinks } from './queries';
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
  const alt = t('assessments.actors.mapAlt', { count: actors.length, missing });

  const columns: Column<AssessmentActor>[] = [
    {
      id: 'actor',
      header: t('assessments.actors.fields.actor'),
      rowHeader: true,
      cell: (a) => (
        <>
          <Text fw={500} size="sm" span>
            {a.name}
          </Text>
          {!a.organisationId && <Text size="xs">{t('assessments.actors.notInRegister')}</Text>}
        </>
      ),
    },
    {
      id: 'presence',
      header: t('assessments.actors.fields.presence'),
      cell: (a) =>
        a.presence === 'missing' ? (
          <Text span fw={700} size="sm" c="#8f3900">
            <span aria-hidden="true">⚠</span> <span>{label('presence', 'missing')}</span>
          </Text>
        ) : (
          label('presence', a.presence)
        ),
    },
    { id: 'relation', header: t('assessments.actors.fields.relation'), cell: (a) => label('relation', a.relation) },
    { id: 'power', header: t('assessments.actors.powerShort'), align: 'right', cell: (a) => a.power },
    { id: 'interest', header: t('assessments.actors.interestShort'), align: 'right', cell: (a) => a.interest },
    { id: 'quadrant', header: t('assessments.actors.fields.quadrant'), cell: (a) => label('quadrant', a.quadrant) },
    { id: 'stance', header: t('assessments.actors.fields.stance'), cell: (a) => label('stance', a.stance) },
    {
      id: 'note',
      header: t('assessments.actors.fields.note'),
      cell: (a) => <span style={{ whiteSpace: 'pre-line' }}>{a.note ?? '–'}</span>,
    },
    {
      id: 'actions',
      header: t('common.actions'),
      cell: (a) => (
        <PartActions
          assessment={assessment}
          kind="actor"
          part={a}
          name={a.name}
          editable={editable}
          canComment={canComment}
          onEdit={() => setDialog({ actor: a })}
        />
      ),
    },
  ];

  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text>{t('assessments.actors.summary', { count: actors.length, missing })}</Text>
        {editable && <Button onClick={() => setDialog({})}>{t('assessments.actors.add')}</Button>}
      </Group>
      <DataTable
        caption={t('assessments.actors.caption')}
        captionHidden={false}
        columns={columns}
        rows={actors}
        rowKey={(a) => a.id}
        empty={t('assessments.actors.empty')}
        showCount={false}
      />
      <figure style={{ margin: 0 }}>
        <Image src={assessmentLinks.actorMap(assessment.id, currentLocale(), stamp)} alt={alt} maw={560} w="100%" />
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
