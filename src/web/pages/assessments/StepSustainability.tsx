import { Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Impact } from '../../../assessments/contract';
import { useEnum } from '../../i18n/useEnum';
import type { Column } from '../../kit';
import { useLocalText } from '../frameworks/queries';
import { WheelAndTally } from './GoalTallyTable';
import { useRatingDialog } from './ImpactDialog';
import { ItemBrowser } from './ItemBrowser';
import { longText, PartTable, StepEnd } from './PartTable';
import type { StepProps } from './StepProps';
import { LinkedIndicators } from '../indicators/LinkedIndicators';

/** Step 2: Agenda 2030 (and the other chosen frameworks) at goal and target level. */
export function StepSustainability({ assessment, editable, canComment, stamp }: StepProps) {
  const { t } = useTranslation();
  const label = useEnum();
  const local = useLocalText();
  const rating = useRatingDialog(assessment, 2);
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
    rating.rate({ itemId: i.itemId, code: i.code, name: local(i.name), rankable: i.parentCode === null }, i);

  const nameOf = (i: Impact) => `${i.code} ${local(i.name)}`;
  const columns: Column<Impact>[] = [
    { id: 'effect', header: t('assessments.rating.effect'), cell: (i) => label('effect', i.effect) },
    {
      id: 'directness',
      header: t('assessments.rating.directness'),
      cell: (i) => (i.directness ? label('directness', i.directness) : '–'),
    },
    { id: 'rank', header: t('assessments.rating.rankShort'), align: 'right', cell: (i) => i.relevanceRank ?? '–' },
    { id: 'motivation', header: t('assessments.rating.motivation'), cell: (i) => longText(i.motivation) },
  ];

  return (
    <>
      <WheelAndTally assessment={assessment} stamp={stamp} />
      <Title order={3} size="h4" mb="xs">
        {caption}
      </Title>
      <PartTable
        assessment={assessment}
        kind="impact"
        rows={impacts}
        nameHeader={t('assessments.step2.item')}
        name={nameOf}
        note={(i) => fwName.get(i.versionId)}
        columns={columns}
        caption={t('assessments.step2.ratedCaptionLong', { count: impacts.length })}
        empty={t('assessments.step2.noneRated')}
        editable={editable}
        canComment={canComment}
        onEdit={edit}
      />
      <LinkedIndicators goalItemIds={impacts.map((i) => i.itemId)} />
      <Title order={3} size="h4" mt="lg" mb="xs">
        {t('assessments.step2.browseTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('assessments.step2.browseIntro')}
      </Text>
      <ItemBrowser assessment={assessment} editable={editable} onRate={rating.rate} />
      <StepEnd assessment={assessment} step={2} editable={editable} />
      {rating.dialog}
    </>
  );
}
