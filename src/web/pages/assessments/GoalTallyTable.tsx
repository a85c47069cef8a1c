import { Grid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../assessments/contract';
import { currentLocale } from '../../i18n';
import { type Column, CaptionedTable } from '../../kit';
import { useLocalText } from '../frameworks/queries';
import { useSdgGoals } from './goals';
import { assessmentLinks } from './queries';
import { StepFigure } from './PartTable';
import { netText } from './tally';

type Tally = Assessment['goals'][number];

/** The impact wheel as a picture, and the same numbers as a table next to it. */
export function WheelAndTally({ assessment, stamp }: { assessment: Assessment; stamp: number }) {
  const { t } = useTranslation();
  const local = useLocalText();
  const goals = useSdgGoals();
  const rated = assessment.goals.filter((g) => g.positive + g.negative + g.unknown > 0);
  const pos = assessment.goals.filter((g) => g.positive > 0).length;
  const neg = assessment.goals.filter((g) => g.negative > 0).length;
  const unk = assessment.goals.filter((g) => g.unknown > 0).length;
  const alt = t('assessments.wheel.alt', { rated: rated.length, positive: pos, negative: neg, unknown: unk });
  const columns: Column<Tally>[] = [
    {
      id: 'goal',
      header: t('assessments.wheel.goal'),
      rowHeader: true,
      cell: (g) => `${g.goal} ${local(goals.get(g.goal)?.name)}`,
    },
    { id: 'positive', header: t('assessments.wheel.positive'), align: 'right', cell: (g) => g.positive },
    { id: 'negative', header: t('assessments.wheel.negative'), align: 'right', cell: (g) => g.negative },
    { id: 'unknown', header: t('assessments.wheel.unknown'), align: 'right', cell: (g) => g.unknown },
    { id: 'net', header: t('assessments.wheel.net'), align: 'right', cell: (g) => netText(g.net) },
    { id: 'direct', header: t('assessments.wheel.directIndirect'), cell: (g) => `${g.direct} / ${g.indirect}` },
  ];
  return (
    <Grid gap="lg" mb="lg">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <StepFigure
          src={assessmentLinks.wheel(assessment.id, currentLocale(), stamp)}
          alt={alt}
          caption={t('assessments.wheel.figcaption')}
          maw={440}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <CaptionedTable
          caption={t('assessments.wheel.caption')}
          columns={columns}
          rows={rated}
          rowKey={(g) => g.goal}
          empty={t('assessments.wheel.empty')}
        />
      </Grid.Col>
    </Grid>
  );
}
