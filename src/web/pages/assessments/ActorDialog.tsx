import { Group, NativeSelect, Radio, SimpleGrid, TextInput, Textarea } from '@mantine/core';
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
import { toInt } from '../../components/useForm';
import { useEnum } from '../../i18n/useEnum';
import { FormDialog } from '../../kit';
import { useOrganisationOptions } from '../organisations/queries';
import { str } from './stale';
import { SearchSelect } from './SearchSelect';
import { usePartForm } from './useAssessmentSave';

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
const toForm = (a: AssessmentActor | undefined): Values => ({
  organisationId: str(a?.organisationId),
  // An actor from the register carries the organisation's name; only a free name is edited here.
  name: a?.organisationId ? '' : str(a?.name),
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
  const edit = usePartForm({
    assessment,
    kind: 'actor',
    part: actor,
    toForm,
    toInput: (form, version) => {
      const v = form.values;
      if (!v.organisationId && !v.name.trim()) {
        form.setErrors({ name: t('assessments.actors.nameOrOrganisation') });
        return null;
      }
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
      return actor ? form.validate(UpdateActor, { ...body, version }) : form.validate(ActorInput, body);
    },
    onSaved: onClose,
  });
  const { form } = edit;
  const v = form.values;
  const title = actor ? t('assessments.actors.editTitle', { name: actor.name }) : t('assessments.actors.addTitle');
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
    <FormDialog
      edit={edit}
      title={title}
      submitLabel={t('assessments.actors.save')}
      onClose={onClose}
      what={actor?.name ?? ''}
      fieldLabel={(k) => t(`assessments.actors.fields.${k}`)}
      show={show}
    >
      <SearchSelect
        label={t('assessments.actors.fields.organisationId')}
        description={t('assessments.actors.organisationHint')}
        data={organisations}
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
    </FormDialog>
  );
}
