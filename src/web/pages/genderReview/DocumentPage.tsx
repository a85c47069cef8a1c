import { Button, Group, Paper, Radio, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DetailPage, InlineForm } from '../../kit';
import {
  reviewApi,
  reviewKeys,
  reviewLinks,
  useReview,
  type Criterion,
  type Review,
  type ReviewDocument,
} from './queries';
import { PerspectiveBadge, useCriterionName } from './shared';
import { RemoveButton } from './RemoveButton';
import { removeDocumentProps } from './removeDocument';

/** A document's review: each criterion with its rating, quotes with page references and a note. */
export function DocumentPage() {
  const { id = '', documentId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useReview(id);
  const doc = (r: Review) => r.documents.find((d) => d.id === documentId);
  return (
    <DetailPage
      query={query}
      title={(r) => doc(r)?.title ?? ''}
      back={{ to: reviewLinks.review(id), label: t('genderReview.documentPage.back') }}
      description={(r) => `${r.title}. ${t('genderReview.documentPage.intro')}`}
      actions={(r) => {
        const d = doc(r);
        if (!d) return [];
        const remove = removeDocumentProps(r, t)(d);
        return [
          {
            label: remove.name,
            can: r.abilities.update,
            element: <RemoveButton review={r} {...remove} onRemoved={() => void navigate(reviewLinks.review(id))} />,
          },
        ];
      }}
    >
      {(r) => {
        const d = doc(r);
        if (!d) return <Text>{t('errorTitle.notFound')}</Text>;
        return (
          <Stack gap="lg">
            <Group gap="xs">
              <Text>{t('genderReview.documents.cols.perspective')}:</Text>
              <PerspectiveBadge value={d.perspective} />
            </Group>
            {r.criteria.map((c) => (
              <CriterionRating key={c.key} review={r} document={d} criterion={c} />
            ))}
          </Stack>
        );
      }}
    </DetailPage>
  );
}

function CriterionRating({
  review,
  document,
  criterion,
}: {
  review: Review;
  document: ReviewDocument;
  criterion: Criterion;
}) {
  const { t } = useTranslation();
  const name = useCriterionName();
  const qc = useQueryClient();
  const current = document.ratings.find((r) => r.criterionKey === criterion.key);
  const [rating, setRating] = useState<string>(current?.rating ?? '');
  const [quotes, setQuotes] = useState(current?.quotes ?? []);
  const [note, setNote] = useState(current?.note ?? '');
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: () =>
      reviewApi.rate(review.id, document.id, criterion.key, {
        rating: rating === '' ? null : (rating as 'clear'),
        quotes: quotes.filter((q) => q.text.trim()),
        note,
        version: current?.version ?? null,
      }),
    onSuccess: (r) => {
      qc.setQueryData(reviewKeys.one(review.id), r);
      setSaved(true);
    },
  });
  const title = name(criterion);
  const headingId = `c-${criterion.key}`;
  const readOnly = !review.abilities.update;
  if (readOnly)
    return (
      <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        <Text>
          {t('genderReview.documentPage.rating')}: {t(`genderReview.ratings.${current?.rating ?? 'none'}`)}
        </Text>
        {quotes.map((q, i) => (
          <Text key={i} fs="italic">
            ”{q.text}” {q.page && `(${t('genderReview.documentPage.page', { n: q.page })})`}
          </Text>
        ))}
        {note && <Text>{note}</Text>}
      </Paper>
    );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId}>
        {title}
      </Title>
      <InlineForm
        title={title}
        submitLabel={t('genderReview.documentPage.save')}
        busy={save.isPending}
        onSubmit={() => save.mutate()}
        error={save.error ? <ErrorAlert error={save.error} /> : undefined}
        mt="xs"
      >
        <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Stack gap="sm">
            <Radio.Group label={t('genderReview.documentPage.rating')} value={rating} onChange={setRating}>
              <Group gap="md" mt={6} wrap="wrap">
                {(['clear', 'partly', 'missing', ''] as const).map((r) => (
                  <Radio key={r || 'none'} value={r} label={t(`genderReview.ratings.${r || 'none'}`)} />
                ))}
              </Group>
            </Radio.Group>
            {quotes.map((q, i) => (
              <Group key={i} align="end" gap="xs" wrap="wrap">
                <Textarea
                  label={t('genderReview.documentPage.quote', { n: i + 1 })}
                  autosize
                  minRows={1}
                  maxLength={4000}
                  style={{ flex: '1 1 220px' }}
                  value={q.text}
                  onChange={(e) =>
                    setQuotes(quotes.map((x, k) => (k === i ? { ...x, text: e.currentTarget.value } : x)))
                  }
                />
                <TextInput
                  label={t('genderReview.documentPage.page', { n: i + 1 })}
                  w={110}
                  maxLength={40}
                  value={q.page}
                  onChange={(e) =>
                    setQuotes(quotes.map((x, k) => (k === i ? { ...x, page: e.currentTarget.value } : x)))
                  }
                />
                <Button variant="subtle" onClick={() => setQuotes(quotes.filter((_, k) => k !== i))}>
                  {t('genderReview.documentPage.removeQuote', { n: i + 1 })}
                </Button>
              </Group>
            ))}
            <Group>
              <Button variant="outline" size="xs" onClick={() => setQuotes([...quotes, { text: '', page: '' }])}>
                {t('genderReview.documentPage.addQuote')}
              </Button>
            </Group>
            <Textarea
              label={t('genderReview.documentPage.note')}
              autosize
              minRows={1}
              maxLength={4000}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
          </Stack>
        </fieldset>
      </InlineForm>
      {saved && !save.isPending && (
        <Text role="status" size="sm">
          {t('genderReview.documentPage.saved')}
        </Text>
      )}
    </Paper>
  );
}
