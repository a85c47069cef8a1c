import {
  Button,
  Group,
  Modal,
  NativeSelect,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ActorInput,
  presences,
  relations,
  stances,
  UpdateActor,
  type Assessment,
  type AssessmentActor,
} from '../../../assessments/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StaleNotice } from '../../components/StaleNotice';
import { toInt, useForm } from '../../components/useForm';
import { useEnum } from '../../i18n/useEnum';
import { useOrganisationOptions } from '../organisations/queries';
import { staleRows, str } from './stale';
import { useAssessmentMutation } from './useAssessmentMutation';

type Values = {
  organisationId: string;
  name: string;
  relation: string;
  presence: string;
  power: string;
  interest: string;
  stance: string;
  note: string;
};
const toForm = (a: Partial<Record<keyof Values, unknown>> | undefined, fromRegister: boolean): Values => ({
  organisationId: str(a?.organisationId),
  // An actor from the register carries the organisation's name; only a free name is edited here.
  name: fromRegister ? '' : str(a?.name),
  relation: str(a?.relation) || 'affected',
  presence: str(a?.presence) || 'present',
  power: str(a?.power),
  interest: str(a?.interest),
  stance: str(a?.stance) || 'neutral',
  note: str(a?.note),
});
const scale = ['1', '2', '3', '4', '5'];

/** Add or change an actor: from the register or a free name, relation, presence, power, interest, stance. */
export function ActorDialog({
  assessment,
  actor,
  onClose,
}: {
  assessment: Assessment;
  actor?: AssessmentActor;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const label = useEnum();
  const organisations = useOrganisationOptions();
  const form = useForm<Values>(toForm(actor, !!actor?.organisationId));
  const [version, setVersion] = useState(actor?.version ?? 0);
  const [stale, setStale] = useState<Values | null>(null);
  const save = useAssessmentMutation(assessment.id, {
    onSaved: onClose,
    onStale: (row) => {
      setStale(toForm(row as never, !!row.organisationId));
      setVersion(Number(row.version));
      form.setError(null);
    },
    onError: form.fail,
  });
  const v = form.values;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = {
      organisationId: v.organisationId || null,
      name: v.organisationId ? null : v.name,
      relation: v.relation || undefined,
      presence: v.presence || undefined,
      power: toInt(v.power),
      interest: toInt(v.interest),
      stance: v.stance || undefined,
      note: v.note,
    };
    if (!body.organisationId && !v.name.trim()) {
      form.setErrors({ name: t('assessments.actors.nameOrOrganisation') });
      return;
    }
    const input = actor ? form.validate(UpdateActor, { ...body, version }) : form.validate(ActorInput, body);
    if (input)
      save.mutate(
        actor
          ? { method: 'PATCH', path: `actors/${actor.id}`, body: input }
          : { method: 'POST', path: 'actors', body: input },
      );
  };
  const title = actor ? t('assessments.actors.editTitle', { name: actor.name }) : t('assessments.actors.addTitle');
  const fieldLabel = (k: keyof Values) => t(`assessments.actors.fields.${k}`);
  const orgName = (id: string) => organisations.find((o) => o.value === id)?.label ?? id;
  const show = (k: keyof Values, val: string | boolean) => {
    const s = String(val);
    if (!s) return '';
    if (k === 'organisationId') return orgName(s);
    if (k === 'relation' || k === 'presence' || k === 'stance') return label(k, s);
    return s;
  };
  const scaleOptions = [{ value: '', label: t('common.select') }, ...scale.map((s) => ({ value: s, label: s }))];

  return (
    <Modal opened onClose={onClose} title={title} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate aria-label={title}>
        <Stack gap="sm">
          {stale && (
            <StaleNotice
              what={actor?.name ?? ''}
              fields={staleRows(stale, v, fieldLabel, show)}
              onUseTheirs={() => {
                form.setValues(stale);
                setStale(null);
              }}
            />
          )}
          <ErrorAlert error={form.error} />
          <Select
            label={t('assessments.actors.fields.organisationId')}
            description={t('assessments.actors.organisationHint')}
            searchable
            clearable
            nothingFoundMessage={t('common.noResults')}
            data={organisations}
            limit={50}
            {...form.select('organisationId')}
          />
          <TextInput
            label={t('assessments.actors.fields.name')}
            description={t('assessments.actors.nameHint')}
            maxLength={200}
            disabled={!!v.organisationId}
            {...form.text('name')}
          />
          <Radio.Group
            label={t('assessments.actors.fields.presence')}
            required
            value={v.presence}
            onChange={(x) => form.set('presence', x)}
            error={form.errors.presence}
          >
            <Group mt={4} gap="md">
              {presences.map((p) => (
                <Radio key={p} value={p} label={label('presence', p)} />
              ))}
            </Group>
          </Radio.Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('assessments.actors.fields.relation')}
              required
              data={relations.map((r) => ({ value: r, label: label('relation', r) }))}
              {...form.text('relation')}
            />
            <NativeSelect
              label={t('assessments.actors.fields.stance')}
              required
              data={stances.map((s) => ({ value: s, label: label('stance', s) }))}
              {...form.text('stance')}
            />
            <NativeSelect
              label={t('assessments.actors.fields.power')}
              description={t('assessments.actors.scaleHint')}
              required
              data={scaleOptions}
              {...form.text('power')}
            />
            <NativeSelect
              label={t('assessments.actors.fields.interest')}
              description={t('assessments.actors.scaleHint')}
              required
              data={scaleOptions}
              {...form.text('interest')}
            />
          </SimpleGrid>
          <Textarea
            label={t('assessments.actors.fields.note')}
            autosize
            minRows={2}
            maxLength={4000}
            {...form.text('note')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('assessments.actors.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
