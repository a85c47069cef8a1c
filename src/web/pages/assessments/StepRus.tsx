import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Impact } from '../../../assessments/contract';
import type { Item } from '../../../goals/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useEnum } from '../../i18n/useEnum';
import { useLocalText } from '../frameworks/queries';
import { Comments } from './Comments';
import { useRatingDialog, type RateTarget } from './ImpactDialog';
import { StepEnd } from './PartTable';
import { RemovePartButton } from './RemovePartButton';
import { useVersionContent } from './queries';
import type { StepProps } from './StepProps';

/** Step 1: for each RUS goal the group finds relevant, the impact and why. */
export function StepRus({ assessment, editable, canComment }: StepProps) {
  const { t } = useTranslation();
  const local = useLocalText();
  const rus = assessment.frameworks.find((f) => f.kind === 'rus');
  const content = useVersionContent(rus?.frameworkId, rus?.versionId);
  const rating = useRatingDialog(assessment, 1);
  const rated = new Map(assessment.impacts.filter((i) => i.step === 1).map((i) => [i.itemId, i]));

  if (!rus) return <Text>{t('assessments.step1.noRus')}</Text>;
  const groups: { head: Item | null; goals: Item[] }[] = [];
  for (const top of content.data?.items ?? []) {
    if (top.children.length > 0) groups.push({ head: top, goals: top.children });
    else groups.push({ head: null, goals: [top] });
  }
  const row = (goal: Item) => {
    const impact = rated.get(goal.id);
    const target: RateTarget = { itemId: goal.id, code: goal.code, name: local(goal.name), rankable: false };
    return (
      <Paper component="li" key={goal.id} withBorder p="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div style={{ flex: '1 1 260px' }}>
            <Text fw={600}>
              {goal.code} {local(goal.name)}
            </Text>
            {impact ? <ImpactLine impact={impact} /> : <Text size="sm">{t('assessments.rating.notRated')}</Text>}
          </div>
          {editable && (
            <Group gap="xs">
              <Button
                size="xs"
                variant={impact ? 'outline' : 'filled'}
                onClick={() => rating.rate(target, impact)}
                aria-label={`${impact ? t('assessments.rating.edit') : t('assessments.rating.rate')} ${goal.code} ${local(goal.name)}`}
              >
                {impact ? t('assessments.rating.edit') : t('assessments.rating.rate')}
              </Button>
              {impact && (
                <RemovePartButton
                  assessmentId={assessment.id}
                  part="impact"
                  id={impact.id}
                  version={impact.version}
                  name={`${goal.code} ${local(goal.name)}`}
                />
              )}
            </Group>
          )}
        </Group>
        {impact && (
          <Comments
            assessment={assessment}
            targetType="impact"
            targetId={impact.id}
            about={`${goal.code} ${local(goal.name)}`}
            canComment={canComment}
          />
        )}
      </Paper>
    );
  };

  return (
    <>
      <Text mb="sm">
        {t('assessments.step1.framework', { name: local(rus.name), version: rus.versionNumber })} ·{' '}
        {t('assessments.step1.ratedCount', { count: rated.size })}
      </Text>
      {content.isPending && <Loading />}
      <ErrorAlert error={content.error} onRetry={() => void content.refetch()} />
      <Stack gap="md">
        {groups.map((g, i) => (
          <div key={g.head?.id ?? i}>
            {g.head && (
              <Title order={3} size="h4" mb="xs">
                {g.head.code} {local(g.head.name)}
              </Title>
            )}
            <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {g.goals.map(row)}
            </Stack>
          </div>
        ))}
      </Stack>
      <StepEnd assessment={assessment} step={1} editable={editable} />
      {rating.dialog}
    </>
  );
}

/** A rating in words: effect, directness, rank, motivation. */
export function ImpactLine({ impact }: { impact: Impact }) {
  const { t } = useTranslation();
  const label = useEnum();
  return (
    <Stack gap={2} mt={4}>
      <Group gap={6}>
        <Badge
          variant="outline"
          color={impact.effect === 'negative' ? 'red.9' : impact.effect === 'positive' ? '#1d6b34' : 'gray.8'}
        >
          {t('assessments.rating.effectIs', { effect: label('effect', impact.effect) })}
        </Badge>
        {impact.directness && (
          <Badge variant="outline" color="gray.8">
            {label('directness', impact.directness)}
          </Badge>
        )}
        {impact.relevanceRank != null && (
          <Badge variant="outline" color="blue.9">
            {t('assessments.rating.rankIs', { rank: impact.relevanceRank })}
          </Badge>
        )}
      </Group>
      {impact.motivation && (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {impact.motivation}
        </Text>
      )}
    </Stack>
  );
}
