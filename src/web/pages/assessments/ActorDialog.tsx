import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  ActorInput,
  presences,
  relations,
  stances,
  UpdateActor,
  type AssessmentActor,
} from '../../../assessments/contract';
import { toInt } from '../../components/useForm';
import { useEnum, useEnumOptions } from '../../i18n/useEnum';
import { ChoiceField, fieldText, FormDialog, NoteField, optionLabel, RadioChoices, SearchSelect } from '../../kit';
import { useOrganisationOptions } from '../organisations/queries';
import { str } from './stale';
import type { PartDialogProps } from './PartDialog';
import { usePartForm } from './useAssessmentSave';
import { useCodeField } from './codeFields';

const toForm = (a: AssessmentActor | undefined) => ({
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
type Values = ReturnType<typeof toForm>;
const scale = ['1', '2', '3', '4', '5'];
const spec = { kind: 'actor', ns: 'assessments.actors', toForm } as const;

/** Add or change an actor: from the register or a free name, relation, presence, power, interest, stance. */
export function ActorDialog(props: PartDialogProps<AssessmentActor>) {
  const actor = props.part;
  const { t } = useTranslation();
  const label = useEnum();
  const options = useEnumOptions();
  const organisations = useOrganisationOptions();
  const edit = usePartForm(props, spec, (form, version) => {
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
  });

  const { form } = edit;
  const v = form.values;
  const title = actor ? t('assessments.actors.editTitle', { name: actor.name }) : t('assessments.actors.addTitle');
  const show = fieldText<keyof Values>({
    organisationId: optionLabel(organisations),
    relation: (x) => label('relation', x),
    presence: (x) => label('presence', x),
    stance: (x) => label('stance', x),
  });
  const fieldLabel = (k: keyof Values) => t(`assessments.actors.fields.${k}`);
  const codeField = useCodeField(form, fieldLabel);
  const scaleField = (k: 'power' | 'interest') => (
    <ChoiceField
      label={fieldLabel(k)}
      description={t('assessments.actors.scaleHint')}
      required
      choices={scale.map((x) => ({ value: x, label: x }))}
      {...form.text(k)}
    />
  );

  return (
    <FormDialog {...edit.dialog} title={title} what={actor?.name ?? ''} fieldLabel={fieldLabel} show={show}>
      <SearchSelect
        label={fieldLabel('organisationId')}
        description={t('assessments.actors.organisationHint')}
        data={organisations}
        {...form.select('organisationId')}
      />
      <TextInput
        label={fieldLabel('name')}
        description={t('assessments.actors.nameHint')}
        maxLength={200}
        disabled={!!v.organisationId}
        {...form.text('name')}
      />
      <RadioChoices
        label={fieldLabel('presence')}
        required
        choices={options('presence', presences)}
        {...form.select('presence')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {codeField('relation', 'relation', relations)}
        {codeField('stance', 'stance', stances)}
        {scaleField('power')}
        {scaleField('interest')}
      </SimpleGrid>
      <NoteField label={fieldLabel('note')} maxLength={4000} {...form.text('note')} />
    </FormDialog>
  );
}
