import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  ActionInput,
  actionStatuses,
  UpdateAction,
  type Assessment,
  type AssessmentAction,
} from '../../../assessments/contract';
import { useEnum, useEnumOptions } from '../../i18n/useEnum';
import { ChoiceField, fieldText, FormDialog, NoteField, optionLabel, SearchSelect } from '../../kit';
import { useLocalText } from '../frameworks/queries';
import { useOrganisationOptions } from '../organisations/queries';
import { usePeople } from '../people/queries';
import { str } from './stale';
import type { PartDialogProps } from './PartDialog';
import { usePartForm } from './useAssessmentSave';
import { useCodeField } from './codeFields';

const toForm = (a: AssessmentAction | undefined) => ({
  title: str(a?.title),
  description: str(a?.description),
  answersType: str(a?.answersType) || 'impact',
  answersId: str(a?.answersId),
  responsibleOrganisationId: str(a?.responsibleOrganisationId),
  responsiblePersonId: str(a?.responsiblePersonId),
  deadline: str(a?.deadline).slice(0, 10),
  status: str(a?.status) || 'planned',
});
type Values = ReturnType<typeof toForm>;
const spec = { kind: 'action', ns: 'assessments.actions', toForm } as const;

/** What an action can answer: the assessment's impacts, conflicts and actors. */
export function useAnswerOptions(a: Assessment) {
  const local = useLocalText();
  return {
    impact: a.impacts.map((i) => ({ value: i.id, label: `${i.code} ${local(i.name)}` })),
    conflict: a.conflicts.map((c) => ({ value: c.id, label: `${local(c.a.label)} ↔ ${local(c.b.label)}` })),
    actor: a.actors.map((x) => ({ value: x.id, label: x.name })),
  };
}

/** Add or change an action: what it answers, who is responsible, deadline and status. */
export function ActionDialog(props: PartDialogProps<AssessmentAction>) {
  const { assessment, part: action } = props;
  const { t } = useTranslation();
  const label = useEnum();
  const options = useEnumOptions();
  const organisations = useOrganisationOptions();
  const people = usePeople({ status: 'active' });
  const personOptions = (people.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.name} (${p.organisationName})`,
  }));
  const answers = useAnswerOptions(assessment);
  const edit = usePartForm(props, spec, (form, version) => {
    const v = form.values;
    const body = {
      title: v.title,
      description: v.description,
      answersType: v.answersType || undefined,
      answersId: v.answersId || undefined,
      responsibleOrganisationId: v.responsibleOrganisationId || null,
      responsiblePersonId: v.responsiblePersonId || null,
      deadline: v.deadline || undefined,
      status: v.status || undefined,
    };
    return action ? form.validate(UpdateAction, { ...body, version }) : form.validate(ActionInput, body);
  });

  const { form } = edit;
  const v = form.values;
  const type = v.answersType as keyof typeof answers;
  const title = action
    ? t('assessments.actions.editTitle', { title: action.title })
    : t('assessments.actions.addTitle');
  const show = fieldText<keyof Values>({
    answersType: (x) => label('answersType', x),
    status: (x) => label('actionStatus', x),
    answersId: optionLabel([...answers.impact, ...answers.conflict, ...answers.actor]),
    responsibleOrganisationId: optionLabel(organisations),
    responsiblePersonId: optionLabel(personOptions),
  });
  const fieldLabel = (k: keyof Values) => t(`assessments.actions.fields.${k}`);
  const codeField = useCodeField(form, fieldLabel);

  return (
    <FormDialog {...edit.dialog} title={title} what={action?.title ?? ''} fieldLabel={fieldLabel} show={show}>
      <TextInput label={fieldLabel('title')} required maxLength={300} {...form.text('title')} />
      <NoteField label={fieldLabel('description')} maxLength={8000} {...form.text('description')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <ChoiceField
          label={fieldLabel('answersType')}
          required
          empty={false}
          choices={options('answersType', ['impact', 'conflict', 'actor'])}
          value={v.answersType}
          onChange={(e) => form.setValues({ ...v, answersType: e.currentTarget.value, answersId: '' })}
        />
        <ChoiceField
          label={fieldLabel('answersId')}
          required
          choices={answers[type] ?? []}
          {...form.text('answersId')}
        />
        <SearchSelect
          label={fieldLabel('responsibleOrganisationId')}
          data={organisations}
          {...form.select('responsibleOrganisationId')}
        />
        <SearchSelect
          label={fieldLabel('responsiblePersonId')}
          data={personOptions}
          {...form.select('responsiblePersonId')}
        />
        <TextInput type="date" label={fieldLabel('deadline')} required {...form.text('deadline')} />
        {codeField('status', 'actionStatus', actionStatuses)}
      </SimpleGrid>
    </FormDialog>
  );
}
