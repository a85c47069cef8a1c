import { Button, Group, Modal, NativeSelect, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { effects, ImpactInput, UpdateImpact, type Assessment, type Impact } from '../../../assessments/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StaleNotice } from '../../components/StaleNotice';
import { useForm } from '../../components/useForm';
import { useEnum } from '../../i18n/useEnum';
import { staleRows, str } from './stale';
import { useAssessmentMutation } from './useAssessmentMutation';

export interface RateTarget {
  itemId: string;
  code: string;
  name: string;
  /** Goals (top level) of step 2 may be ranked as most relevant. */
  rankable: boolean;
}

type Values = { effect: string; directness: string; relevanceRank: string; motivation: string };
const toForm = (i: Partial<Record<keyof Values, unknown>> | undefined): Values => ({
  effect: str(i?.effect),
  directness: str(i?.directness),
  relevanceRank: str(i?.relevanceRank),
  motivation: str(i?.motivation),
});

/** Rate one goal or target: effect (Vet ej is an answer of its own), directness, rank, motivation. */
export function ImpactDialog({
  assessment,
  step,
  target,
  impact,
  onClose,
}: {
  assessment: Assessment;
  step: 1 | 2;
  target: RateTarget;
  impact?: Impact;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const label = useEnum();
  const form = useForm<Values>(toForm(impact));
  const [version, setVersion] = useState(impact?.version ?? 0);
  const [stale, setStale] = useState<Values | null>(null);
  const save = useAssessmentMutation(assessment.id, {
    onSaved: onClose,
    onStale: (row) => {
      setStale(toForm(row as never));
      setVersion(Number(row.version));
      form.setError(null);
    },
    onError: form.fail,
  });
  const v = form.values;
  const common = {
    effect: v.effect || undefined,
    directness: step === 2 ? v.directness || null : null,
    relevanceRank: step === 2 && target.rankable && v.relevanceRank ? Number(v.relevanceRank) : null,
    motivation: v.motivation,
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (impact) {
      const input = form.validate(UpdateImpact, { ...common, version });
      if (input) save.mutate({ method: 'PATCH', path: `impacts/${impact.id}`, body: input });
    } else {
      const input = form.validate(ImpactInput, { ...common, step, itemId: target.itemId });
      if (input) save.mutate({ method: 'POST', path: 'impacts', body: input });
    }
  };
  const title = t(impact ? 'assessments.rating.editTitle' : 'assessments.rating.addTitle', {
    code: target.code,
    name: target.name,
  });
  const fieldLabel = (k: keyof Values) => t(`assessments.rating.${k}`);
  const show = (k: keyof Values, val: string | boolean) =>
    k === 'effect' && val
      ? label('effect', String(val))
      : k === 'directness' && val
        ? label('directness', String(val))
        : String(val);

  return (
    <Modal opened onClose={onClose} title={title} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate aria-label={title}>
        <Stack gap="sm">
          {stale && (
            <StaleNotice
              what={`${target.code} ${target.name}`}
              fields={staleRows(stale, v, fieldLabel, show)}
              onUseTheirs={() => {
                form.setValues(stale);
                setStale(null);
              }}
            />
          )}
          <ErrorAlert error={form.error} />
          <Radio.Group
            label={t('assessments.rating.effect')}
            required
            value={v.effect}
            onChange={(x) => form.set('effect', x)}
            error={form.errors.effect}
          >
            <Stack mt={4} gap={6}>
              {effects.map((e) => (
                <Radio key={e} value={e} label={label('effect', e)} />
              ))}
            </Stack>
          </Radio.Group>
          {step === 2 && (
            <Radio.Group
              label={t('assessments.rating.directness')}
              value={v.directness}
              onChange={(x) => form.set('directness', x)}
              error={form.errors.directness}
            >
              <Group mt={4} gap="md">
                {(['direct', 'indirect', 'both'] as const).map((d) => (
                  <Radio key={d} value={d} label={label('directness', d)} />
                ))}
              </Group>
            </Radio.Group>
          )}
          {step === 2 && target.rankable && (
            <NativeSelect
              label={t('assessments.rating.relevanceRank')}
              description={t('assessments.rating.rankHint')}
              data={[
                { value: '', label: t('assessments.rating.notRanked') },
                ...Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) })),
              ]}
              {...form.text('relevanceRank')}
            />
          )}
          <Textarea
            label={t('assessments.rating.motivation')}
            autosize
            minRows={3}
            maxLength={4000}
            {...form.text('motivation')}
          />
          {step === 2 && <Text size="sm">{t('assessments.rating.unknownHint')}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('assessments.rating.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
