import { Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ArchivedNotice, DetailPage, SmallTable, useRecordActions } from '../../kit';
import { useLocalText } from '../frameworks/queries';
import { indicatorKeys, indicatorLinks, indicatorsApi, useIndicatorSet, type IndicatorSet } from './queries';
import { useIndicatorColumns } from './shared';

/** A set's page: its indicators grouped by the goal they follow, each with its latest value and trend. */
export function IndicatorSetPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const local = useLocalText();
  const columns = useIndicatorColumns();
  const { actions } = useRecordActions<IndicatorSet>({
    archive: indicatorsApi.archiveSet,
    invalidate: [indicatorKeys.all],
    editTo: (s) => indicatorLinks.editSet(s.id),
    name: (s) => s.name,
    more: (s) => [
      {
        label: t('indicators.addIndicator'),
        to: indicatorLinks.addIndicator(s.id),
        can: s.abilities.update && !s.archived,
      },
    ],
  });
  return (
    <DetailPage
      query={useIndicatorSet(id)}
      title={(s) => s.name}
      back={{ to: indicatorLinks.list, label: t('indicators.title') }}
      description={(s) => s.description || undefined}
      actions={actions}
    >
      {(s) => (
        <Stack gap="lg">
          <ArchivedNotice archived={s.archived} />
          <Title order={2}>{t('indicators.groupsTitle')}</Title>
          {s.indicators.length === 0 && <Text>{t('indicators.noIndicators')}</Text>}
          {s.groups.map((g) => {
            const title = `${g.goal.code} ${local(g.goal.name)}`;
            return (
              <section key={g.goal.id} aria-labelledby={`goal-${g.goal.id}`}>
                <Title order={3} id={`goal-${g.goal.id}`} mb="xs">
                  {title}
                </Title>
                <Text size="sm" mb="xs">
                  {local(g.goal.frameworkName)}
                </Text>
                <SmallTable
                  caption={t('indicators.groupCaption', { goal: title })}
                  captionHidden
                  columns={columns}
                  rows={s.indicators.filter((i) => g.indicatorIds.includes(i.id))}
                />
              </section>
            );
          })}
        </Stack>
      )}
    </DetailPage>
  );
}
