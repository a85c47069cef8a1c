import { Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSave } from '../../kit';
import { reviewKeys, type Review } from './queries';

/**
 * "Ta bort" for one part of a review (a document, a benchmark row, an own criterion), asking first:
 * the button is named after what it removes, the confirmation says what goes with it. The answer (the
 * review) replaces the cached one; a refusal (a colleague's change, the chosen link) shows beside it.
 */
export function RemoveButton({
  review,
  name,
  message,
  send,
  onRemoved,
}: {
  review: Review;
  /** The button's and the confirmation's title, e.g. "Ta bort dokumentet Mål och budget". */
  name: string;
  message: string;
  send: () => Promise<Review>;
  onRemoved?: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const remove = useSave<void, Review, Review>({
    send: () => send(),
    invalidate: [reviewKeys.list],
    onSaved: (r) => {
      onRemoved?.();
      qc.setQueryData(reviewKeys.one(review.id), r);
    },
  });
  return (
    <>
      <ConfirmButton
        size="xs"
        variant="outline"
        color="red.9"
        label={t('common.remove')}
        aria-label={name}
        title={name}
        message={message}
        onConfirm={() => remove.submit(undefined)}
        loading={remove.pending}
      />
      <ErrorAlert error={remove.error} />
    </>
  );
}

/**
 * A removed part's button goes with it, so focus would fall to the page's start: the note saying what
 * was removed takes focus instead (and is announced), and the person goes on from there.
 */
export function useRemovedNotice() {
  const [text, setText] = useState<string | null>(null);
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (text) ref.current?.focus();
  }, [text]);
  const notice = text ? (
    <Text role="status" ref={ref} tabIndex={-1}>
      {text}
    </Text>
  ) : null;
  return { notice, announce: setText };
}
