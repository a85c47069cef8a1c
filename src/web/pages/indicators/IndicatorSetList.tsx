import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { columnSet, CountedListPage } from '../../kit';
import { indicatorLinks, useIndicatorSets, type IndicatorSetSummary } from './queries';

/** The county's indicator sets: each a link to its page, with how many indicators it holds. */
export function IndicatorSetList() {
  const { t } = useTranslation();
  const q = useIndicatorSets();
  const columns = columnSet<IndicatorSetSummary>((id) => t(`indicators.cols.${id}`), {
    name: {
      rowHeader: true,
      cell: (s) => (
        <Anchor component={Link} to={indicatorLinks.set(s.id)} fw={500}>
          {s.name}
        </Anchor>
      ),
    },
    description: (s) => s.description || '–',
    indicatorCount: { align: 'right', cell: (s) => s.indicatorCount },
  });
  return (
    <CountedListPage
      ns="indicators"
      query={q}
      columns={columns}
      actions={[{ label: t('indicators.new'), to: indicatorLinks.create(), can: q.data?.abilities.create }]}
    />
  );
}
