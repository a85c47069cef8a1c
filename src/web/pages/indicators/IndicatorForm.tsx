import { Checkbox, Fieldset, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CreateIndicator, UpdateIndicator } from '../../../statistics/indicators-contract';
import type { Item } from '../../../goals/contract';
import {
  ChoiceField,
  DetailPage,
  EditPage,
  RadioChoices,
  RecordForm,
  useCreateForm,
  type Form,
  type RecordFormProps,
} from '../../kit';
import { useFrameworkContent, useFrameworks, useLocalText } from '../frameworks/queries';
import {
  indicatorKeys,
  indicatorLinks,
  indicatorsApi,
  useIndicator,
  useIndicatorSet,
  type IndicatorPage,
} from './queries';

type IndicatorValues = {
  kpiSource: string;
  kpiId: string;
  direction: string;
  targetValue: string;
  targetYear: string;
  baselineYear: string;
  note: string;
  goalItemIds: string;
};

const number = (s: string) => (s.trim() === '' ? null : Number(s.trim().replace(',', '.')));
const ids = (s: string) => s.split(',').filter(Boolean);
const common = (v: IndicatorValues) => ({
  direction: v.direction,
  targetValue: number(v.targetValue),
  targetYear: number(v.targetYear),
  baselineYear: number(v.baselineYear),
  note: v.note,
  goalItemIds: ids(v.goalItemIds),
});

const flatten = (items: Item[]): Item[] => items.flatMap((i) => [i, ...flatten(i.children)]);

/** The goals to link: a framework chosen, then its goals and targets as checkboxes (choices kept across frameworks). */
function GoalPicker({ form }: { form: Form<IndicatorValues> }) {
  const { t } = useTranslation();
  const local = useLocalText();
  const frameworks = useFrameworks();
  const list = frameworks.data?.items ?? [];
  const [chosen, setChosen] = useState<string>('');
  const frameworkId = chosen || list.find((f) => f.key === 'gender-equality')?.id || list[0]?.id || '';
  const content = useFrameworkContent(frameworkId, null);
  const items = flatten(content.data?.items ?? []);
  const selected = ids(form.values.goalItemIds);
  const here = new Set(items.map((i) => i.id));
  return (
    <Stack gap="sm">
      <ChoiceField
        label={t('indicators.fields.framework')}
        choices={list.map((f) => ({ value: f.id, label: local(f.name) }))}
        value={frameworkId}
        onChange={(e) => setChosen(e.currentTarget.value)}
      />
      <Checkbox.Group
        label={t('indicators.fields.goals')}
        required
        error={form.errors.goalItemIds}
        value={selected.filter((id) => here.has(id))}
        onChange={(v) => form.set('goalItemIds', [...selected.filter((id) => !here.has(id)), ...v].join(','))}
      >
        <Stack gap={6} mt={6}>
          {items.map((i) => (
            <Checkbox key={i.id} value={i.id} label={`${i.code} ${local(i.name)}`} />
          ))}
        </Stack>
      </Checkbox.Group>
    </Stack>
  );
}

function IndicatorFields({ form, withKpi, ...frame }: RecordFormProps<IndicatorValues> & { withKpi: boolean }) {
  const { t } = useTranslation();
  return (
    <RecordForm
      {...frame}
      fields={
        <>
          {withKpi && (
            <>
              <ChoiceField
                label={t('indicators.fields.kpiSource')}
                required
                choices={(['kolada', 'scb', 'upload'] as const).map((s) => ({
                  value: s,
                  label: t(`indicators.sources.${s}`),
                }))}
                {...form.text('kpiSource')}
              />
              <TextInput
                label={t('indicators.fields.kpiId')}
                description={t('indicators.fields.kpiIdHint')}
                required
                maxLength={60}
                {...form.text('kpiId')}
              />
            </>
          )}
          <TextInput
            label={t('indicators.fields.targetValue')}
            description={t('indicators.fields.targetValueHint')}
            inputMode="decimal"
            {...form.text('targetValue')}
          />
          <TextInput
            label={t('indicators.fields.targetYear')}
            inputMode="numeric"
            maxLength={4}
            {...form.text('targetYear')}
          />
          <TextInput
            label={t('indicators.fields.baselineYear')}
            description={t('indicators.fields.baselineYearHint')}
            inputMode="numeric"
            maxLength={4}
            {...form.text('baselineYear')}
          />
        </>
      }
      wide={
        <>
          <RadioChoices
            label={t('indicators.fields.direction')}
            required
            choices={(['increase', 'decrease', 'equality'] as const).map((d) => ({
              value: d,
              label: t(`indicators.directions.${d}`),
            }))}
            {...form.select('direction')}
          />
          <Fieldset legend={t('indicators.fields.goals')} variant="unstyled">
            <GoalPicker form={form} />
          </Fieldset>
          <Textarea label={t('indicators.fields.note')} autosize minRows={2} maxLength={2000} {...form.text('note')} />
        </>
      }
    />
  );
}

/** A new indicator of a set: the KPI, the goals it follows, the wanted direction, target and baseline. */
export function IndicatorCreate() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <DetailPage
      query={useIndicatorSet(id)}
      title={() => t('indicators.addTitle')}
      back={{ to: indicatorLinks.set(id), label: t('indicators.title') }}
      description={(s) => `${s.name}. ${t('indicators.addIntro')}`}
    >
      {() => <AddForm setId={id} />}
    </DetailPage>
  );
}

function AddForm({ setId }: { setId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { frame } = useCreateForm({
    initial: {
      kpiSource: 'kolada',
      kpiId: '',
      direction: 'increase',
      targetValue: '',
      targetYear: '',
      baselineYear: '',
      note: '',
      goalItemIds: '',
    } as IndicatorValues,
    schema: CreateIndicator,
    toInput: (v) => ({ kpi: { source: v.kpiSource, id: v.kpiId.trim() }, ...common(v) }),
    send: (input) => indicatorsApi.addIndicator(setId, input),
    invalidate: [indicatorKeys.all],
    onSaved: (i) => navigate(indicatorLinks.indicator(i.id)),
    cancelTo: indicatorLinks.set(setId),
  });
  return (
    <IndicatorFields {...frame} withKpi label={t('indicators.addTitle')} submitLabel={t('indicators.addSubmit')} />
  );
}

const str = (n: number | null) => (n === null ? '' : String(n));

export function IndicatorEdit() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <>
      <EditPage
        path="/indicators"
        ns="indicators.indicatorEdit"
        query={useIndicator(id)}
        name={(i: IndicatorPage) => i.kpi.title ?? i.kpi.id}
        toForm={(i): IndicatorValues => ({
          kpiSource: i.kpi.source,
          kpiId: i.kpi.id,
          direction: i.direction,
          targetValue: str(i.targetValue),
          targetYear: str(i.targetYear),
          baselineYear: str(i.baselineYear),
          note: i.note,
          goalItemIds: i.goals.map((g) => g.id).join(','),
        })}
        toInput={common}
        schema={UpdateIndicator}
        send={indicatorsApi.updateIndicator}
        invalidate={[indicatorKeys.all]}
        label={(k) => t(`indicators.fields.${k === 'goalItemIds' ? 'goals' : k}`)}
      >
        {(frame) => <IndicatorFields {...frame} withKpi={false} />}
      </EditPage>
    </>
  );
}
