import { Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { gateDecisions, SetGate, type Assessment } from '../../../assessments/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../format';
import { useEnum } from '../../i18n/useEnum';
import { assessmentsApi } from './queries';
import { useAssessmentForm } from './useAssessmentSave';
import { wrappingLabel } from '../../kit';

/** The gate after a step: continue, rethink or stop the initiative, with a reason. */
export function GateForm({ assessment, step, editable }: { assessment: Assessment; step: number; editable: boolean }) {
  const { t } = useTranslation();
  const label = useEnum();
  const titleId = useId();
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
  const submit = (e: FormEvent) => {
    e.preventDefault();
    edit.submit();
  };
  return (
    <Paper component="section" withBorder p="md" mt="lg" aria-labelledby={titleId}>
      <Title order={3} size="h4" id={titleId} mb="xs">
        {t('assessments.gate.title', { step })}
      </Title>
      <Text size="sm" mb="sm">
        {t('assessments.gate.intro')}
      </Text>
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
        <form onSubmit={submit} noValidate aria-labelledby={titleId}>
          <Stack gap="sm">
            <ErrorAlert error={form.error} />
            <Radio.Group
              label={t('assessments.gate.decision')}
              required
              {...form.select('decision')}
              value={form.values.decision}
            >
              <Group mt={4} gap="md">
                {gateDecisions.map((d) => (
                  <Radio key={d} value={d} label={label('gateDecision', d)} />
                ))}
              </Group>
            </Radio.Group>
            <Textarea
              label={t('assessments.gate.reason')}
              required
              autosize
              minRows={2}
              maxLength={4000}
              {...form.text('reason')}
            />
            <Button
              type="submit"
              loading={edit.save.pending}
              style={{ alignSelf: 'flex-start' }}
              styles={wrappingLabel}
            >
              {t('assessments.gate.save', { step })}
            </Button>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
