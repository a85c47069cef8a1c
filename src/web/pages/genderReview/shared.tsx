import { NativeSelect } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WordBadge } from '../../kit';
import { reviewApi, reviewKeys, type Criterion, type Review, type ReviewDocument } from './queries';

const colors = { clear: '#1d6b34', partly: '#7a4d00', missing: '#a51d2d', not_assessed: 'gray.8' } as const;

/** A document's gender perspective in words and colour. */
export function PerspectiveBadge({ value }: { value: ReviewDocument['perspective'] }) {
  const { t } = useTranslation();
  return <WordBadge color={colors[value]}>{t(`genderReview.perspectives.${value}`)}</WordBadge>;
}

/** A criterion's name in the page's language. */
export function useCriterionName() {
  const { i18n } = useTranslation();
  return (c: Criterion) => (i18n.language.startsWith('en') ? c.name.en : c.name.sv);
}

/**
 * Save one rating of the matrix (the rest of the rating — quotes, note — kept as it is). Saves run one
 * after the other, each with the version the last answer gave, so arrowing through a select's choices
 * saves each step in order instead of racing itself into a 409.
 */
export function useRate(review: Review) {
  const qc = useQueryClient();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  return useMutation({
    mutationFn: (v: { document: ReviewDocument; criterion: string; rating: string }) => {
      const run = queue.current
        .catch(() => undefined)
        .then(() => {
          const latest = qc.getQueryData<Review>(reviewKeys.one(review.id)) ?? review;
          const doc = latest.documents.find((d) => d.id === v.document.id) ?? v.document;
          const current = doc.ratings.find((r) => r.criterionKey === v.criterion);
          return reviewApi
            .rate(review.id, v.document.id, v.criterion, {
              rating: v.rating === '' ? null : (v.rating as 'clear'),
              quotes: current?.quotes ?? [],
              note: current?.note ?? '',
              version: current?.version ?? null,
            })
            .then((r) => {
              qc.setQueryData(reviewKeys.one(review.id), r);
              return r;
            });
        });
      queue.current = run;
      return run;
    },
    onSuccess: (r) => qc.setQueryData(reviewKeys.one(review.id), r),
    onSettled: () => qc.invalidateQueries({ queryKey: reviewKeys.all }),
  });
}

/** A rating as a native select: operable by keyboard, named "document: criterion". */
export function RatingSelect({
  review,
  document,
  criterion,
  label,
  hideLabel,
  rate,
}: {
  review: Review;
  document: ReviewDocument;
  criterion: Criterion;
  label: string;
  hideLabel?: boolean;
  rate: ReturnType<typeof useRate>;
}) {
  const { t } = useTranslation();
  const saved = document.ratings.find((r) => r.criterionKey === criterion.key)?.rating ?? '';
  // The choice made here shows at once (a controlled select would otherwise snap back until the
  // answer comes, and a second arrow key would start from the old choice).
  const [picked, setPicked] = useState<string | null>(null);
  const value = picked ?? saved;
  return (
    <NativeSelect
      aria-label={hideLabel ? label : undefined}
      label={hideLabel ? undefined : label}
      size="xs"
      disabled={!review.abilities.update}
      value={value}
      onChange={(e) => {
        const rating = e.currentTarget.value;
        setPicked(rating);
        rate.mutate({ document, criterion: criterion.key, rating }, { onError: () => setPicked(null) });
      }}
      data={[
        { value: '', label: t('genderReview.ratings.none') },
        ...(['clear', 'partly', 'missing'] as const).map((r) => ({ value: r, label: t(`genderReview.ratings.${r}`) })),
      ]}
    />
  );
}
