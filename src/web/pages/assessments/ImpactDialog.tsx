import { Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { effects, ImpactInput, UpdateImpact, type Assessment, type Impact } from '../../../assessments/contract';
import { useEnum, useEnumOptions } from '../../i18n/useEnum';
import { ChoiceField, fieldText, FormDialog, NoteField, RadioChoices } from '../../kit';
import { str } from './stale';
import type { PartDialogProps } from './PartDialog';
import { usePartForm } from './useAssessmentSave';

export interface RateTarget {
  itemId: string;
  code: string;
  name: string;
  /** Goals (top level) of step 2 may be ranked as most relevant. */
  rankable: boolean;
}

const toForm = (i: Impact | undefined) => ({
  effect: str(i?.effect),
  directness: str(i?.directness),
  relevanceRank: str(i?.relevanceRank),
  motivation: str(i?.motivation),
});
type Values = ReturnType<typeof toForm>;
const spec = { kind: 'impact', ns: 'assessments.rating', toForm } as const;

/** Rate one goal or target: effect (Vet ej is an answer of its own), directness, rank, motivation. */
export function ImpactDialog(props: PartDialogProps<Impact> & { step: 1 | 2; target: RateTarget }) {
  const { step, target, part: impact } = props;
  const { t } = useTranslation();
  const label = useEnum();
  const options = useEnumOptions();
  const edit = usePartForm(props, spec, (form, version) => {
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
  });

  const { form } = edit;
  const title = t(impact ? 'assessments.rating.editTitle' : 'assessments.rating.addTitle', {
    code: target.code,
    name: target.name,
  });
  const show = fieldText<keyof Values>({
    effect: (x) => label('effect', x),
    directness: (x) => label('directness', x),
  });
  const fieldLabel = (k: keyof Values) => t(`assessments.rating.${k}`);
  const ranks = Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }));

  return (
    <FormDialog
      {...edit.dialog}
      title={title}
      what={`${target.code} ${target.name}`}
      fieldLabel={fieldLabel}
      show={show}
    >
      <RadioChoices
        label={fieldLabel('effect')}
        required
        stacked
        choices={options('effect', effects)}
        {...form.select('effect')}
      />
      {step === 2 && (
        <RadioChoices
          label={fieldLabel('directness')}
          choices={options('directness', ['direct', 'indirect', 'both'])}
          {...form.select('directness')}
        />
      )}
      {step === 2 && target.rankable && (
        <ChoiceField
          label={fieldLabel('relevanceRank')}
          description={t('assessments.rating.rankHint')}
          empty={t('assessments.rating.notRanked')}
          choices={ranks}
          {...form.text('relevanceRank')}
        />
      )}
      <NoteField label={fieldLabel('motivation')} rows={3} maxLength={4000} {...form.text('motivation')} />
      {step === 2 && <Text size="sm">{t('assessments.rating.unknownHint')}</Text>}
    </FormDialog>
  );
}

/** The rating dialog of a step: `rate(target)` rates a goal or target, `rate(target, impact)` changes a rating. */
export function useRatingDialog(assessment: Assessment, step: 1 | 2) {
  const [rating, setRating] = useState<{ target: RateTarget; impact?: Impact } | null>(null);
  return {
    rate: (target: RateTarget, impact?: Impact) => setRating({ target, impact }),
    dialog: rating && (
      <ImpactDialog
        assessment={assessment}
        step={step}
        target={rating.target}
        part={rating.impact}
        onClose={() => setRating(null)}
      />
    ),
  };
}
