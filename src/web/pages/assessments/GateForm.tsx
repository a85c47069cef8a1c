import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { gateDecisions, SetGate, type Assessment } from '../../../assessments/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../format';
import { useEnum, useEnumOptions } from '../../i18n/useEnum';
import { assessmentsApi } from './queries';
import { useAssessmentForm } from './useAssessmentSave';
import { NoteField, RadioChoices, SubmitForm } from '../../kit';
import { StepSave, StepSection } from './StepSection';

/** The gate after a step: continue, rethink or stop the initiative, with a reason. */
export function GateForm({ assessment, step, editable }: { assessment: Assessment; step: number; editable: boolean }) {
  const { t } = useTranslation();
  const label = useEnum();
  const options = useEnumOptions();
  const gate = assessment.gates.find((g) => g.step === step);
  // The gate's own version goes with a change of it (a new gate has none).
  const edit = useAssessmentForm({
    toForm: () => ({ decision: gate?.decision ?? '', reason: gate?.reason ?? '' }),
    toInput: (form) =>
      form.validate(SetGate, {
        decision: form.values.decision || undefined,
        reason: form.values.reason,
        version: gate?.version,
      }),
    send: (input) => assessmentsApi.setGate(assessment.id, step, input),
  });
  const { form } = edit;
  return (
    <StepSection title={t('assessments.gate.title', { step })} intro={t('assessments.gate.intro')}>
      {(titleId) => (
        <>
          {gate ? (
            <Text mb="sm" role="status">
              <strong>{t('assessments.gate.current', { decision: label('gateDecision', gate.decision) })}</strong> –{' '}
              {gate.reason}{' '}
              <Text span size="sm">
                ({t('assessments.gate.decidedBy', { who: gate.decidedBy, when: formatDateTime(gate.decidedAt) })})
              </Text>
            </Text>
          ) : (
            <Text mb="sm">{t('assessments.gate.none')}</Text>
          )}
          {editable && (
            <SubmitForm onSubmit={edit.submit} aria-labelledby={titleId}>
              <Stack gap="sm">
                <ErrorAlert error={form.error} />
                <RadioChoices
                  label={t('assessments.gate.decision')}
                  required
                  choices={options('gateDecision', gateDecisions)}
                  {...form.select('decision')}
                />
                <NoteField label={t('assessments.gate.reason')} required maxLength={4000} {...form.text('reason')} />
                <StepSave label={t('assessments.gate.save', { step })} busy={edit.save.pending} />
              </Stack>
            </SubmitForm>
          )}
        </>
      )}
    </StepSection>
  );
}
