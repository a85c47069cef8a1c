import { Group, NativeSelect, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { effects, ImpactInput, UpdateImpact, type Assessment, type Impact } from '../../../assessments/contract';
import { useEnum } from '../../i18n/useEnum';
import { FormDialog } from '../../kit';
import { str } from './stale';
import { usePartForm } from './useAssessmentSave';

export interface RateTarget {
  itemId: string;
  code: string;
  name: string;
  /** Goals (top level) of step 2 may be ranked as most relevant. */
  rankable: boolean;
}

type Values = { effect: string; directness: string; relevanceRank: string; motivation: string };
const toForm = (i: Impact | undefined): Values => ({
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
  const edit = usePartForm({
    assessment,
    kind: 'impact',
    part: impact,
    toForm,
    toInput: (form, version) => {
      const v = form.values;
      const common = {
        effect: v.effect || undefined,
        directness: step === 2 ? v.directness || null : null,
        relevanceRank: step === 2 && target.rankable && v.relevanceRank ? Number(v.relevanceRank) : null,
        motivation: v.motivation,
      };
      return impact
        ? form.validate(UpdateImpact, { ...common, version })
        : form.validate(ImpactInput, { ...common, step, itemId: target.itemId });
    },
    onSaved: onClose,
  });
  const { form } = edit;
  const v = form.values;
  const title = t(impact ? 'assessments.rating.editTitle' : 'assessments.rating.addTitle', {
    code: target.code,
    name: target.name,
  });
  const show = (k: keyof Values, val: string | boolean) =>
    (k === 'effect' || k === 'directness') && val ? label(k, String(val)) : String(val);

  return (
    <FormDialog
      edit={edit}
      title={title}
      submitLabel={t('assessments.rating.save')}
      onClose={onClose}
      what={`${target.code} ${target.name}`}
      fieldLabel={(k) => t(`assessments.rating.${k}`)}
      show={show}
    >
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
    </FormDialog>
  );
}
