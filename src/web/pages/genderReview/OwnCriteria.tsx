import { Button, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateCriterion } from '../../../genderReview/contract';
import { FormDialog, useFormSave } from '../../kit';
import { reviewApi, reviewKeys, type Criterion, type Review } from './queries';
import { RemoveButton, useRemovedNotice } from './RemoveButton';
import { useCriterionName } from './shared';

/**
 * The review's own criteria, each renamed in a dialog or removed (with its ratings) after a
 * confirmation. The built-in criteria are not listed here: they are the same for every review.
 */
export function OwnCriteria({ review }: { review: Review }) {
  const { t } = useTranslation();
  const name = useCriterionName();
  const headingId = useId();
  const [renaming, setRenaming] = useState<Criterion | null>(null);
  const { notice, announce } = useRemovedNotice();
  const own = review.criteria.filter((c) => c.group === 'own');
  const rated = (c: Criterion) =>
    review.documents.flatMap((d) => d.ratings).filter((r) => r.criterionKey === c.key && r.rating).length;
  if (!own.length && !notice) return null;
  return (
    <section aria-labelledby={headingId}>
      <Title order={3} id={headingId} mb="xs">
        {t('genderReview.criteria.ownTitle')}
      </Title>
      {notice}
      {own.length > 0 && (
        <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {own.map((c) => (
            <li key={c.key}>
              <Group justify="space-between" align="start" gap="xs" wrap="wrap">
                <div style={{ flex: '1 1 180px', minWidth: 0, overflowWrap: 'anywhere' }}>
                  <Text fw={500}>{name(c)}</Text>
                  {c.description.sv && <Text size="sm">{c.description.sv}</Text>}
                </div>
                {review.abilities.update && (
                  <Group gap="xs" align="start" wrap="wrap">
                    <Button
                      size="xs"
                      variant="outline"
                      aria-haspopup="dialog"
                      aria-label={t('genderReview.criteria.renameNamed', { name: name(c) })}
                      onClick={() => setRenaming(c)}
                    >
                      {t('genderReview.criteria.rename')}
                    </Button>
                    <div>
                      <RemoveButton
                        review={review}
                        name={t('genderReview.criteria.removeNamed', { name: name(c) })}
                        message={t('genderReview.criteria.removeConfirm', { name: name(c), count: rated(c) })}
                        send={() => reviewApi.removeCriterion(review.id, c.key, review.version)}
                        onRemoved={() => announce(t('genderReview.criteria.removed', { name: name(c) }))}
                      />
                    </div>
                  </Group>
                )}
              </Group>
            </li>
          ))}
        </Stack>
      )}
      {renaming && <RenameCriterion review={review} criterion={renaming} onClose={() => setRenaming(null)} />}
    </section>
  );
}

type Values = { name: string; description: string };

/** Rename or re-describe an own criterion; the review's version goes with it (own criteria share it). */
function RenameCriterion({
  review,
  criterion,
  onClose,
}: {
  review: Review;
  criterion: Criterion;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const edit = useFormSave({
    record: { ...criterion, version: review.version },
    toForm: (c): Values => ({ name: c?.name.sv ?? '', description: c?.description.sv ?? '' }),
    toInput: (form, version) => form.validate(UpdateCriterion, { ...form.values, version }),
    send: (input: UpdateCriterion) => reviewApi.updateCriterion(review.id, criterion.key, input),
    invalidate: [reviewKeys.list],
    onSaved: (r: Review) => {
      qc.setQueryData(reviewKeys.one(review.id), r);
      onClose();
    },
  });
  const fieldLabel = (k: keyof Values) => t(`genderReview.criteria.${k}`);
  return (
    <FormDialog
      edit={edit}
      title={t('genderReview.criteria.renameTitle', { name: criterion.name.sv })}
      submitLabel={t('genderReview.criteria.renameSubmit')}
      onClose={onClose}
      what={t('genderReview.criteria.what')}
      fieldLabel={fieldLabel}
      size="md"
    >
      <TextInput label={fieldLabel('name')} required maxLength={200} {...edit.form.text('name')} />
      <Textarea
        label={fieldLabel('description')}
        autosize
        minRows={2}
        maxLength={2000}
        {...edit.form.text('description')}
      />
    </FormDialog>
  );
}
