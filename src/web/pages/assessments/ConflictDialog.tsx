import { Fieldset, Group, NativeSelect, Radio, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  ConflictInput,
  conflictStatuses,
  severities,
  UpdateConflict,
  type Assessment,
  type Conflict,
} from '../../../assessments/contract';
import { useEnum } from '../../i18n/useEnum';
import { FormDialog } from '../../kit';
import { useLocalText } from '../frameworks/queries';
import { flattenItems } from './goals';
import { versionContentQuery } from './queries';
import { str } from './stale';
import { SearchSelect } from './SearchSelect';
import { usePartForm } from './useAssessmentSave';

type Side = 'a' | 'b';
type Values = {
  kind: string;
  foundInStep: string;
  severity: string;
  status: string;
  description: string;
  aType: string;
  aItemId: string;
  aActorId: string;
  aText: string;
  bType: string;
  bItemId: string;
  bActorId: string;
  bText: string;
};

/** From a Conflict of the assessment (or the one a 409 carries); empty for a new one. */
function toForm(c: Conflict | undefined): Values {
  return {
    kind: c?.kind ?? 'goal',
    foundInStep: c ? String(c.foundInStep) : '2',
    severity: c?.severity ?? 'medium',
    status: c?.status ?? 'open',
    description: str(c?.description),
    aType: c ? c.a.type : 'item',
    aItemId: str(c?.a.itemId),
    aActorId: str(c?.a.actorId),
    aText: str(c?.a.text),
    bType: c ? c.b.type : 'item',
    bItemId: str(c?.b.itemId),
    bActorId: str(c?.b.actorId),
    bText: str(c?.b.text),
  };
}

/** Goals to choose for a side: the assessment's rated ones first, then every item of its frameworks. */
function useGoalOptions(a: Assessment) {
  const local = useLocalText();
  const { t } = useTranslation();
  const contents = useQueries({
    queries: a.frameworks.map((f) => versionContentQuery(f.frameworkId, f.versionId)),
  });
  const rated = new Set(a.impacts.map((i) => i.itemId));
  const ratedGroup = {
    group: t('assessments.conflicts.ratedGoals'),
    items: a.impacts.map((i) => ({ value: i.itemId, label: `${i.code} ${local(i.name)}` })),
  };
  const groups = a.frameworks.map((f, n) => ({
    group: `${local(f.name)}`,
    items: flattenItems(contents[n]?.data?.items ?? [])
      .filter((i) => !rated.has(i.id))
      .map((i) => ({ value: i.id, label: `${i.code} ${local(i.name)}` })),
  }));
  return [ratedGroup, ...groups].filter((g) => g.items.length > 0);
}

/** Add or change a goal conflict: its two sides (goal, actor or written interest), where found, severity. */
export function ConflictDialog({
  assessment,
  conflict,
  onClose,
}: {
  assessment: Assessment;
  conflict?: Conflict;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const label = useEnum();
  const local = useLocalText();
  const goals = useGoalOptions(assessment);
  const actorOptions = assessment.actors.map((x) => ({ value: x.id, label: x.name }));
  const side = (v: Values, s: Side) => {
    const type = v[`${s}Type`];
    return {
      itemId: type === 'item' ? v[`${s}ItemId`] || null : null,
      actorId: type === 'actor' ? v[`${s}ActorId`] || null : null,
      text: type === 'text' ? v[`${s}Text`] : null,
    };
  };
  const edit = usePartForm({
    assessment,
    kind: 'conflict',
    part: conflict,
    toForm,
    toInput: (form, version) => {
      const v = form.values;
      const errors: Record<string, string> = {};
      for (const s of ['a', 'b'] as const) {
        const x = side(v, s);
        if (!x.itemId && !x.actorId && !x.text?.trim())
          errors[`${s}${v[`${s}Type`] === 'item' ? 'ItemId' : v[`${s}Type`] === 'actor' ? 'ActorId' : 'Text'}`] =
            t('validation.required');
      }
      if (Object.keys(errors).length) {
        form.setErrors(errors);
        return null;
      }
      const body = {
        kind: v.kind,
        foundInStep: Number(v.foundInStep),
        severity: v.severity,
        status: v.status,
        description: v.description,
        a: side(v, 'a'),
        b: side(v, 'b'),
      };
      return conflict ? form.validate(UpdateConflict, { ...body, version }) : form.validate(ConflictInput, body);
    },
    onSaved: onClose,
  });
  const { form } = edit;
  const v = form.values;
  const title = conflict ? t('assessments.conflicts.editTitle') : t('assessments.conflicts.addTitle');
  const allGoals = goals.flatMap((g) => g.items);
  const show = (k: keyof Values, val: string | boolean) => {
    const s = String(val);
    if (!s) return '';
    if (k.endsWith('ItemId')) return allGoals.find((o) => o.value === s)?.label ?? s;
    if (k.endsWith('ActorId')) return actorOptions.find((o) => o.value === s)?.label ?? s;
    if (k.endsWith('Type')) return label('sideType', s);
    if (k === 'kind') return label('conflictKind', s);
    if (k === 'severity') return label('severity', s);
    if (k === 'status') return label('conflictStatus', s);
    return s;
  };
  const fieldLabel = (k: keyof Values) =>
    (k.startsWith('a') && k !== 'aType'
      ? `${t('assessments.conflicts.sideA')}: `
      : k.startsWith('b')
        ? `${t('assessments.conflicts.sideB')}: `
        : '') + t(`assessments.conflicts.fields.${k.replace(/^[ab](?=[A-Z])/, '')}`);

  const sideFields = (s: Side) => (
    <Fieldset legend={s === 'a' ? t('assessments.conflicts.sideA') : t('assessments.conflicts.sideB')}>
      <Stack gap="xs">
        <Radio.Group
          label={t('assessments.conflicts.sideTypeOf', { side: s.toUpperCase() })}
          value={v[`${s}Type`]}
          onChange={(x) => form.set(`${s}Type`, x)}
        >
          <Group mt={4} gap="md">
            {(['item', 'actor', 'text'] as const).map((x) => (
              <Radio
                key={x}
                value={x}
                label={label('sideType', x)}
                disabled={x === 'actor' && actorOptions.length === 0}
              />
            ))}
          </Group>
        </Radio.Group>
        {v[`${s}Type`] === 'item' && (
          <SearchSelect
            label={t('assessments.conflicts.goalOf', { side: s.toUpperCase() })}
            clearable={false}
            limit={80}
            data={goals}
            {...form.select(`${s}ItemId`)}
          />
        )}
        {v[`${s}Type`] === 'actor' && (
          <NativeSelect
            label={t('assessments.conflicts.actorOf', { side: s.toUpperCase() })}
            data={[{ value: '', label: t('common.select') }, ...actorOptions]}
            {...form.text(`${s}ActorId`)}
          />
        )}
        {v[`${s}Type`] === 'text' && (
          <TextInput
            label={t('assessments.conflicts.textOf', { side: s.toUpperCase() })}
            maxLength={500}
            {...form.text(`${s}Text`)}
          />
        )}
      </Stack>
    </Fieldset>
  );

  return (
    <FormDialog
      edit={edit}
      title={title}
      submitLabel={t('assessments.conflicts.save')}
      onClose={onClose}
      what={conflict ? `${local(conflict.a.label)} ↔ ${local(conflict.b.label)}` : ''}
      fieldLabel={fieldLabel}
      show={show}
      size="xl"
    >
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {sideFields('a')}
        {sideFields('b')}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('assessments.conflicts.fields.kind')}
          required
          data={(['goal', 'interest'] as const).map((k) => ({ value: k, label: label('conflictKind', k) }))}
          {...form.text('kind')}
        />
        <NativeSelect
          label={t('assessments.conflicts.fields.foundInStep')}
          required
          data={['1', '2', '3'].map((s) => ({ value: s, label: t(`assessments.steps.${s}.short`) }))}
          {...form.text('foundInStep')}
        />
        <NativeSelect
          label={t('assessments.conflicts.fields.severity')}
          required
          data={severities.map((s) => ({ value: s, label: label('severity', s) }))}
          {...form.text('severity')}
        />
        {conflict && (
          <NativeSelect
            label={t('assessments.conflicts.fields.status')}
            required
            data={conflictStatuses.map((s) => ({ value: s, label: label('conflictStatus', s) }))}
            {...form.text('status')}
          />
        )}
      </SimpleGrid>
      <Textarea
        label={t('assessments.conflicts.fields.description')}
        autosize
        minRows={2}
        maxLength={8000}
        {...form.text('description')}
      />
    </FormDialog>
  );
}
