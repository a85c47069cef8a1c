import { Button, Checkbox, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../assessments/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StaleNotice } from '../../components/StaleNotice';
import { useForm } from '../../components/useForm';
import { staleRows } from './stale';
import { useAssessmentMutation } from './useAssessmentMutation';

type Need = { needed: boolean; note: string | null };

/** "Krävs några ställningstaganden för att komma vidare?" – per step 1–3, saved on the assessment. */
export function PositionsNeeded({
  assessment,
  step,
  editable,
}: {
  assessment: Assessment;
  step: 1 | 2 | 3;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const key = String(step) as '1' | '2' | '3';
  const current = assessment.positionsNeeded[key];
  const toForm = (n: Need | undefined) => ({ needed: n?.needed ?? false, note: n?.note ?? '' });
  const form = useForm(toForm(current));
  const [version, setVersion] = useState(assessment.version);
  const [stale, setStale] = useState<Need | null>(null);
  const save = useAssessmentMutation(assessment.id, {
    onSaved: (a) => {
      setVersion(a.version);
      setStale(null);
    },
    onStale: (row) => {
      const needs = (row.positionsNeeded ?? {}) as Record<string, Need>;
      setStale(needs[key] ?? { needed: false, note: null });
      setVersion(Number(row.version));
      form.setError(null);
    },
    onError: form.fail,
  });
  // A save of another part keeps the assessment's version; follow it when the cache moves on.
  if (!save.isPending && !stale && assessment.version > version) setVersion(assessment.version);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The note says which positions are needed: a "no" never carries one (issue 10 item 5).
    const note = form.values.needed ? form.values.note.trim() : '';
    save.mutate({
      method: 'PATCH',
      path: `/api/assessments/${assessment.id}`,
      body: { positionsNeeded: { [key]: { needed: form.values.needed, note: note || null } }, version },
    });
  };
  const fieldLabel = (k: 'needed' | 'note') =>
    k === 'needed' ? t('assessments.positions.needed') : t('assessments.positions.note');
  const yesNo = (k: string, v: string | boolean) =>
    typeof v === 'boolean' ? (v ? t('common.yes') : t('common.no')) : v;

  return (
    <Paper component="section" withBorder p="md" mt="lg" aria-labelledby={titleId}>
      <Title order={3} size="h4" id={titleId} mb="xs">
        {t('assessments.positions.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('assessments.positions.question')}
      </Text>
      {!editable ? (
        <Text>
          {current?.needed ? t('assessments.positions.yes') : t('assessments.positions.no')}
          {current?.note ? ` – ${current.note}` : ''}
        </Text>
      ) : (
        <form onSubmit={submit} noValidate aria-labelledby={titleId}>
          <Stack gap="sm">
            {stale && (
              <StaleNotice
                what={t('assessments.positions.title')}
                fields={staleRows(toForm(stale), form.values, fieldLabel, yesNo)}
                onUseTheirs={() => {
                  form.setValues(toForm(stale));
                  setStale(null);
                }}
              />
            )}
            <ErrorAlert error={form.error} />
            <Checkbox
              label={t('assessments.positions.needed')}
              {...form.checkbox('needed')}
              onChange={(e) => {
                const needed = e.currentTarget.checked;
                // Unticking removes the note with it, so the form never holds a "no" with a note.
                form.setValues({ ...form.values, needed, note: needed ? form.values.note : '' });
              }}
            />
            {form.values.needed && (
              <Textarea
                label={t('assessments.positions.note')}
                autosize
                minRows={2}
                maxLength={4000}
                {...form.text('note')}
              />
            )}
            <Button type="submit" variant="outline" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
              {t('assessments.positions.save', { step })}
            </Button>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
