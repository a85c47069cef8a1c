import { Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Impact } from '../../../assessments/contract';
import { useEnum } from '../../i18n/useEnum';
import { DataTable, type Column } from '../../kit';
import { useLocalText } from '../frameworks/queries';
import { GateForm } from './GateForm';
import { WheelAndTally } from './GoalTallyTable';
import { ImpactDialog, type RateTarget } from './ImpactDialog';
import { ItemBrowser } from './ItemBrowser';
import { PartActions } from './PartActions';
import { PositionsNeeded } from './PositionsNeeded';
import type { StepProps } from './StepProps';

/** Step 2: Agenda 2030 (and the other chosen frameworks) at goal and target level. */
export function StepSustainability({ assessment, editable, canComment, stamp }: StepProps) {
  const { t } = useTranslation();
  const label = useEnum();
  const local = useLocalText();
  const [rating, setRating] = useState<{ target: RateTarget; impact?: Impact } | null>(null);
  const impacts = assessment.impacts
    .filter((i) => i.step === 2)
    .sort(
      (a, b) =>
        (a.relevanceRank ?? 99) - (b.relevanceRank ?? 99) ||
        a.frameworkKey.localeCompare(b.frameworkKey) ||
        a.code.localeCompare(b.code, 'sv', { numeric: true }),
    );
  const fwName = new Map(assessment.frameworks.map((f) => [f.versionId, local(f.name)]));
  const caption = t('assessments.step2.ratedCaption');
  const edit = (i: Impact) =>
    setRating({
      target: { itemId: i.itemId, code: i.code, name: local(i.name), rankable: i.parentCode === null },
      impact: i,
    });

  const nameOf = (i: Impact) => `${i.code} ${local(i.name)}`;
  const columns: Column<Impact>[] = [
    {
      id: 'item',
      header: t('assessments.step2.item'),
      rowHeader: true,
      cell: (i) => (
        <>
          <Text fw={500} size="sm" span>
            {nameOf(i)}
          </Text>
          <Text size="xs">{fwName.get(i.versionId)}</Text>
        </>
      ),
    },
    { id: 'effect', header: t('assessments.rating.effect'), cell: (i) => label('effect', i.effect) },
    {
      id: 'directness',
      header: t('assessments.rating.directness'),
      cell: (i) => (i.directness ? label('directness', i.directness) : '–'),
    },
    { id: 'rank', header: t('assessments.rating.rankShort'), align: 'right', cell: (i) => i.relevanceRank ?? '–' },
    {
      id: 'motivation',
      header: t('assessments.rating.motivation'),
      cell: (i) => <span style={{ whiteSpace: 'pre-line' }}>{i.motivation ?? '–'}</span>,
    },
    {
      id: 'actions',
      header: t('common.actions'),
      cell: (i) => (
        <PartActions
          assessment={assessment}
          kind="impact"
          part={i}
          name={nameOf(i)}
          editable={editable}
          canComment={canComment}
          onEdit={() => edit(i)}
        />
      ),
    },
  ];

  return (
    <>
      <WheelAndTally assessment={assessment} stamp={stamp} />
      <Title order={3} size="h4" mb="xs">
        {caption}
      </Title>
      <DataTable
        caption={t('assessments.step2.ratedCaptionLong', { count: impacts.length })}
        columns={columns}
        rows={impacts}
        rowKey={(i) => i.id}
        empty={t('assessments.step2.noneRated')}
        showCount={false}
      />
      <Title order={3} size="h4" mt="lg" mb="xs">
        {t('assessments.step2.browseTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('assessments.step2.browseIntro')}
      </Text>
      <ItemBrowser
        assessment={assessment}
        editable={editable}
        onRate={(target, impact) => setRating({ target, impact })}
      />
      <PositionsNeeded assessment={assessment} step={2} editable={editable} />
      <GateForm assessment={assessment} step={2} editable={editable} />
      {rating && (
        <ImpactDialog
          assessment={assessment}
          step={2}
          target={rating.target}
          impact={rating.impact}
          onClose={() => setRating(null)}
        />
      )}
    </>
  );
}
