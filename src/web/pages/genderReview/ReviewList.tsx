import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { columnSet, CountedListPage } from '../../kit';
import { reviewLinks, useReviews, type ReviewSummary } from './queries';

/** The county's gender reviews of governing documents: each a link to its page. */
export function ReviewList() {
  const { t } = useTranslation();
  const q = useReviews();
  const columns = columnSet<ReviewSummary>((id) => t(`genderReview.cols.${id}`), {
    title: {
      rowHeader: true,
      cell: (r) => (
        <Anchor component={Link} to={reviewLinks.review(r.id)} fw={500}>
          {r.title}
        </Anchor>
      ),
    },
    organisation: (r) => r.organisationName,
    year: { align: 'right', cell: (r) => r.year },
    status: (r) => t(`genderReview.statuses.${r.status}`),
    documentCount: { align: 'right', cell: (r) => r.documentCount },
  });
  return (
    <CountedListPage
      ns="genderReview"
      query={q}
      columns={columns}
      actions={[{ label: t('genderReview.new'), to: reviewLinks.create, can: q.data?.abilities.create }]}
    />
  );
}
