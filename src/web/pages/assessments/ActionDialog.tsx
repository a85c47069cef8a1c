import { NativeSelect, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  ActionInput,
  actionStatuses,
  UpdateAction,
  type Assessment,
  type AssessmentAction,
} from '../../../assessments/contract';
import { useEnum } from '../../i18n/useEnum';
import { FormDialog } from '../../kit';
import { useLocalText } from '../frameworks/queries';
import { useOrganisationOptions } from '../organisations/queries';
import { usePeople } from '../people/queries';
import { str } from './stale';
import { SearchSelect } from './SearchSelect';
import { usePartForm } from './useAssessmentSave';

type Values = {
  title: string;
  description: string;
  answersType: string;
  answersId: string;
  responsibleOrganisationId: string;
  responsiblePersonId: string;
  deadline: string;
  status: string;
};
const toForm = (a: AssessmentAction | undefined): Values => ({
  title: str(a?.title),
  description: str(a?.description),
  answersType: str(a?.answersType) || 'impact',
  answersId: str(a?.answersId),
  responsibleOrganisationId: str(a?.responsibleOrganisationId),
  responsiblePersonId: str(a?.responsiblePersonId),
  deadline: str(a?.deadline).slice(0, 10),
  status: str(a?.status) || 'planned',
});

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
export function ActionDialog({
  assessment,
  action,
  onClose,
}: {
  assessment: Assessment;
  action?: AssessmentAction;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const label = useEnum();
  const organisations = useOrganisationOptions();
  const people = usePeople({ status: 'active' });
  const personOptions = (people.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.name} (${p.organisationName})`,
  }));
  const answers = useAnswerOptions(assessment);
  const edit = usePartForm({
    assessment,
    kind: 'action',
    part: action,
    toForm,
    toInput: (form, version) => {
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
    },
    onSaved: onClose,
  });
  const { form } = edit;
  const v = form.values;
  const type = v.answersType as keyof typeof answers;
  const title = action
    ? t('assessments.actions.editTitle', { title: action.title })
    : t('assessments.actions.addTitle');
  const show = (k: keyof Values, val: string | boolean) => {
    const s = String(val);
    if (!s) return '';
    if (k === 'answersType') return label('answersType', s);
    if (k === 'status') return label('actionStatus', s);
    if (k === 'answersId')
      return [...answers.impact, ...answers.conflict, ...answers.actor].find((o) => o.value === s)?.label ?? s;
    if (k === 'responsibleOrganisationId') return organisations.find((o) => o.value === s)?.label ?? s;
    if (k === 'responsiblePersonId') return personOptions.find((o) => o.value === s)?.label ?? s;
    return s;
  };

  return (
    <FormDialog
      edit={edit}
      title={title}
      submitLabel={t('assessments.actions.save')}
      onClose={onClose}
      what={action?.title ?? ''}
      fieldLabel={(k) => t(`assessments.actions.fields.${k}`)}
      show={show}
    >
      <TextInput label={t('assessments.actions.fields.title')} required maxLength={300} {...form.text('title')} />
      <Textarea
        label={t('assessments.actions.fields.description')}
        autosize
        minRows={2}
        maxLength={8000}
        {...form.text('description')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('assessments.actions.fields.answersType')}
          required
          data={(['impact', 'conflict', 'actor'] as const).map((x) => ({
            value: x,
            label: label('answersType', x),
          }))}
          value={v.answersType}
          onChange={(e) => form.setValues({ ...v, answersType: e.currentTarget.value, answersId: '' })}
        />
        <NativeSelect
          label={t('assessments.actions.fields.answersId')}
          required
          data={[{ value: '', label: t('common.select') }, ...(answers[type] ?? [])]}
          {...form.text('answersId')}
        />
        <SearchSelect
          label={t('assessments.actions.fields.responsibleOrganisationId')}
          data={organisations}
          {...form.select('responsibleOrganisationId')}
        />
        <SearchSelect
          label={t('assessments.actions.fields.responsiblePersonId')}
          data={personOptions}
          {...form.select('responsiblePersonId')}
        />
        <TextInput type="date" label={t('assessments.actions.fields.deadline')} required {...form.text('deadline')} />
        <NativeSelect
          label={t('assessments.actions.fields.status')}
          required
          data={actionStatuses.map((s) => ({ value: s, label: label('actionStatus', s) }))}
          {...form.text('status')}
        />
      </SimpleGrid>
    </FormDialog>
  );
}
