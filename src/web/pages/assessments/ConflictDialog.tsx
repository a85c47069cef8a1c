import { Fieldset, SimpleGrid, Stack, TextInput } from '@mantine/core';
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
import { useEnum, useEnumOptions } from '../../i18n/useEnum';
import { ChoiceField, fieldText, FormDialog, NoteField, optionLabel, RadioChoices, SearchSelect } from '../../kit';
import { useLocalText } from '../frameworks/queries';
import { flattenItems } from './goals';
import { versionContentQuery } from './queries';
import { str } from './stale';
import type { PartDialogProps } from './PartDialog';
import { usePartForm } from './useAssessmentSave';
import { useCodeField } from './codeFields';

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
const spec = { kind: 'conflict', ns: 'assessments.conflicts', toForm } as const;

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
export function ConflictDialog(props: PartDialogProps<Conflict>) {
  const { assessment, part: conflict } = props;
  const { t } = useTranslation();
  const label = useEnum();
  const options = useEnumOptions();
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
  const edit = usePartForm(props, spec, (form, version) => {
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
  });

  const { form } = edit;
  const v = form.values;
  const title = conflict ? t('assessments.conflicts.editTitle') : t('assessments.conflicts.addTitle');
  const allGoals = goals.flatMap((g) => g.items);
  const goalName = optionLabel(allGoals);
  const actorName = optionLabel(actorOptions);
  const sideType = (x: string) => label('sideType', x);
  const show = fieldText<keyof Values>({
    aItemId: goalName,
    bItemId: goalName,
    aActorId: actorName,
    bActorId: actorName,
    aType: sideType,
    bType: sideType,
    kind: (x) => label('conflictKind', x),
    severity: (x) => label('severity', x),
    status: (x) => label('conflictStatus', x),
  });
  const fieldLabel = (k: keyof Values) =>
    (k.startsWith('a') && k !== 'aType'
      ? `${t('assessments.conflicts.sideA')}: `
      : k.startsWith('b')
        ? `${t('assessments.conflicts.sideB')}: `
        : '') + t(`assessments.conflicts.fields.${k.replace(/^[ab](?=[A-Z])/, '')}`);

  const codeField = useCodeField(form, fieldLabel);
  const sideFields = (s: Side) => (
    <Fieldset legend={s === 'a' ? t('assessments.conflicts.sideA') : t('assessments.conflicts.sideB')}>
      <Stack gap="xs">
        <RadioChoices
          label={t('assessments.conflicts.sideTypeOf', { side: s.toUpperCase() })}
          choices={options('sideType', ['item', 'actor', 'text'])}
          disabled={(x) => x === 'actor' && actorOptions.length === 0}
          value={v[`${s}Type`]}
          onChange={(x) => form.set(`${s}Type`, x)}
        />
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
          <ChoiceField
            label={t('assessments.conflicts.actorOf', { side: s.toUpperCase() })}
            choices={actorOptions}
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
      {...edit.dialog}
      title={title}
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
        {codeField('kind', 'conflictKind', ['goal', 'interest'])}
        <ChoiceField
          label={t('assessments.conflicts.fields.foundInStep')}
          required
          empty={false}
          choices={['1', '2', '3'].map((x) => ({ value: x, label: t(`assessments.steps.${x}.short`) }))}
          {...form.text('foundInStep')}
        />
        {codeField('severity', 'severity', severities)}
        {conflict && codeField('status', 'conflictStatus', conflictStatuses)}
      </SimpleGrid>
      <NoteField label={t('assessments.conflicts.fields.description')} maxLength={8000} {...form.text('description')} />
    </FormDialog>
  );
}
