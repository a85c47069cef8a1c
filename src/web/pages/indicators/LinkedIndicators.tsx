import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SmallTable } from '../../kit';
import { useLinkedIndicators } from './queries';
import { useIndicatorColumns } from './shared';

/**
 * The indicators linked to the goals being judged, beside the judgement (an assessment's goal impact,
 * the follow-up's compilation): each with its latest value and trend, a link to its page. `goalItemIds`
 * null: every indicator of the county's active sets. Nothing is shown while there are no goals.
 */
export function LinkedIndicators({ goalItemIds }: { goalItemIds: readonly string[] | null }) {
  const { t } = useTranslation();
  const q = useLinkedIndicators(goalItemIds);
  const columns = useIndicatorColumns({ withSet: true });
  if (goalItemIds !== null && goalItemIds.length === 0) return null;
  return (
    <section aria-labelledby="linked-indicators">
      <Stack gap="xs" mt="lg">
        <Title order={3} size="h4" id="linked-indicators">
          {t('indicators.linkedTitle')}
        </Title>
        <Text size="sm">{t('indicators.linkedIntro')}</Text>
        <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
        <SmallTable
          caption={t('indicators.linkedCaption')}
          captionHidden
          columns={columns}
          rows={q.data?.items}
          loading={q.isPending}
          empty={t('indicators.linkedNone')}
        />
      </Stack>
    </section>
  );
}
