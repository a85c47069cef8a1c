import { Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../assessments/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { assessmentsApi } from './queries';
import { useAssessmentForm } from './useAssessmentSave';
import { NoteField, SubmitForm } from '../../kit';
import { StepSave, StepSection } from './StepSection';

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
  const key = String(step) as '1' | '2' | '3';
  const current = assessment.positionsNeeded[key];
  const toForm = (x: Assessment | undefined) => {
    const n = x?.positionsNeeded[key];
    return { needed: n?.needed ?? false, note: n?.note ?? '' };
  };
  const edit = useAssessmentForm({
    record: assessment,
    toForm,
    // The note says which positions are needed: a "no" never carries one (issue 10 item 5).
    toInput: ({ values }) => ({ needed: values.needed, note: (values.needed && values.note.trim()) || null }),
    // A save of another part keeps the assessment's version and the cache follows it: start from the newer.
    send: (need, version) =>
      assessmentsApi.setPositionsNeeded(assessment.id, key, need, Math.max(version ?? 0, assessment.version)),
  });
  const { form } = edit;
  const fieldLabel = (k: 'needed' | 'note') =>
    k === 'needed' ? t('assessments.positions.needed') : t('assessments.positions.note');
  const yesNo = (k: string, v: string | boolean) =>
    k === 'needed' ? (String(v) === 'true' ? t('common.yes') : t('common.no')) : String(v);

  return (
    <StepSection title={t('assessments.positions.title')} intro={t('assessments.positions.question')}>
      {(titleId) =>
        !editable ? (
          <Text>
            {current?.needed ? t('assessments.positions.yes') : t('assessments.positions.no')}
            {current?.note ? ` – ${current.note}` : ''}
          </Text>
        ) : (
          <SubmitForm onSubmit={edit.submit} aria-labelledby={titleId}>
            <Stack gap="sm">
              {edit.staleNotice(t('assessments.positions.title'), fieldLabel, yesNo)}
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
                <NoteField label={t('assessments.positions.note')} maxLength={4000} {...form.text('note')} />
              )}
              <StepSave label={t('assessments.positions.save', { step })} busy={edit.save.pending} outline />
            </Stack>
          </SubmitForm>
        )
      }
    </StepSection>
  );
}
