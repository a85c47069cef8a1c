import { Button, Group, Modal, NativeSelect, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ActionInput,
  actionStatuses,
  UpdateAction,
  type Assessment,
  type AssessmentAction,
} from '../../../assessments/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StaleNotice } from '../../components/StaleNotice';
import { useForm } from '../../components/useForm';
import { useEnum } from '../../i18n/useEnum';
import { useLocalText } from '../frameworks/queries';
import { useOrganisationOptions } from '../organisations/queries';
import { usePeople } from '../people/queries';
import { staleRows, str } from './stale';
import { useAssessmentMutation } from './useAssessmentMutation';

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
const toForm = (a: Partial<Record<keyof Values, unknown>> | undefined): Values => ({
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
  const form = useForm<Values>(toForm(action));
  const [version, setVersion] = useState(action?.version ?? 0);
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
  const type = v.answersType as keyof typeof answers;
  const submit = (e: FormEvent) => {
    e.preventDefault();
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
    const input = action ? form.validate(UpdateAction, { ...body, version }) : form.validate(ActionInput, body);
    if (input)
      save.mutate(
        action
          ? { method: 'PATCH', path: `actions/${action.id}`, body: input }
          : { method: 'POST', path: 'actions', body: input },
      );
  };
  const title = action
    ? t('assessments.actions.editTitle', { title: action.title })
    : t('assessments.actions.addTitle');
  const fieldLabel = (k: keyof Values) => t(`assessments.actions.fields.${k}`);
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
    <Modal opened onClose={onClose} title={title} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate aria-label={title}>
        <Stack gap="sm">
          {stale && (
            <StaleNotice
              what={action?.title ?? ''}
              fields={staleRows(stale, v, fieldLabel, show)}
              onUseTheirs={() => {
                form.setValues(stale);
                setStale(null);
              }}
            />
          )}
          <ErrorAlert error={form.error} />
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
            <Select
              label={t('assessments.actions.fields.responsibleOrganisationId')}
              searchable
              clearable
              limit={50}
              nothingFoundMessage={t('common.noResults')}
              data={organisations}
              {...form.select('responsibleOrganisationId')}
            />
            <Select
              label={t('assessments.actions.fields.responsiblePersonId')}
              searchable
              clearable
              limit={50}
              nothingFoundMessage={t('common.noResults')}
              data={personOptions}
              {...form.select('responsiblePersonId')}
            />
            <TextInput
              type="date"
              label={t('assessments.actions.fields.deadline')}
              required
              {...form.text('deadline')}
            />
            <NativeSelect
              label={t('assessments.actions.fields.status')}
              required
              data={actionStatuses.map((s) => ({ value: s, label: label('actionStatus', s) }))}
              {...form.text('status')}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('assessments.actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
