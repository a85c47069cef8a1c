import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentActor } from '../../../assessments/contract';
import { currentLocale } from '../../i18n';
import { useEnum } from '../../i18n/useEnum';
import type { Column } from '../../kit';
import { ActorDialog } from './ActorDialog';
import { usePartDialog } from './PartDialog';
import { longText, PartsSummary, PartTable, StepEnd, StepFigure } from './PartTable';
import { assessmentLinks } from './queries';
import type { StepProps } from './StepProps';

/** Step 3: who affects or is affected, who is missing, power and interest. */
export function StepActors({ assessment, editable, canComment, stamp }: StepProps) {
  const { t } = useTranslation();
  const label = useEnum();
  const dialog = usePartDialog(ActorDialog, assessment);
  const actors = [...assessment.actors].sort((a, b) =>
    a.presence === b.presence ? 0 : a.presence === 'missing' ? -1 : 1,
  );
  const missing = actors.filter((a) => a.presence === 'missing').length;
  const alt = t('assessments.actors.mapAlt', { count: actors.length, missing });

  const columns: Column<AssessmentActor>[] = [
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
    { id: 'note', header: t('assessments.actors.fields.note'), cell: (a) => longText(a.note) },
  ];

  return (
    <>
      <PartsSummary
        summary={t('assessments.actors.summary', { count: actors.length, missing })}
        addLabel={t('assessments.actors.add')}
        editable={editable}
        onAdd={() => dialog.open()}
      />
      <PartTable
        assessment={assessment}
        kind="actor"
        rows={actors}
        nameHeader={t('assessments.actors.fields.actor')}
        name={(a) => a.name}
        note={(a) => !a.organisationId && t('assessments.actors.notInRegister')}
        columns={columns}
        caption={t('assessments.actors.caption')}
        captionHidden={false}
        empty={t('assessments.actors.empty')}
        editable={editable}
        canComment={canComment}
        onEdit={dialog.open}
      />
      <StepFigure
        src={assessmentLinks.actorMap(assessment.id, currentLocale(), stamp)}
        alt={alt}
        caption={t('assessments.actors.mapCaption')}
        maw={560}
      />
      <StepEnd assessment={assessment} step={3} editable={editable} />
      {dialog.dialog}
    </>
  );
}
