import { Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { gateDecisions, SetGate, type Assessment } from '../../../assessments/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useForm } from '../../components/useForm';
import { formatDateTime } from '../../format';
import { useEnum } from '../../i18n/useEnum';
import { useAssessmentMutation } from './useAssessmentMutation';

/** The gate after a step: continue, rethink or stop the initiative, with a reason. */
export function GateForm({ assessment, step, editable }: { assessment: Assessment; step: number; editable: boolean }) {
  const { t } = useTranslation();
  const label = useEnum();
  const titleId = useId();
  const gate = assessment.gates.find((g) => g.step === step);
  const form = useForm({ decision: gate?.decision ?? '', reason: gate?.reason ?? '' });
  const save = useAssessmentMutation(assessment.id, { onError: form.fail });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = form.validate(SetGate, {
      decision: form.values.decision || undefined,
      reason: form.values.reason,
      version: gate?.version,
    });
    if (input) save.mutate({ method: 'PUT', path: `gates/${step}`, body: input });
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
            <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
              {t('assessments.gate.save', { step })}
            </Button>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
