import { Checkbox, NativeSelect, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../assessments/contract';
import type { useForm } from '../../components/useForm';
import { useLocalText } from '../frameworks/queries';
import { useOrganisationOptions } from '../organisations/queries';
import { GroupsEditor } from './GroupsEditor';
import { NameFields, PageForm, type PageFormProps } from './InitiativeForm';
import { groupsFromForm, groupsToForm, type ProgrammeFormValues } from './programmeFields';
import { useAllFrameworks } from './queries';

type Form = ReturnType<typeof useForm<ProgrammeFormValues>>;

/** Name, owner, the county's RUS version, stakeholder groups and sharing of a programme. */
export function ProgrammeForm({
  form,
  chooseOwner,
  current,
  ...frame
}: PageFormProps & { form: Form; chooseOwner: boolean; current?: Programme }) {
  const { t } = useTranslation();
  const local = useLocalText();
  const organisations = useOrganisationOptions();
  const frameworks = useAllFrameworks();
  const rus = (frameworks.data ?? []).filter((f) => f.kind === 'rus' && f.currentVersionId && !f.archived);
  const rusOptions = rus.map((f) => ({
    value: f.currentVersionId!,
    label: t('programmes.rusOption', {
      name: local(f.name),
      number: f.versions.find((v) => v.id === f.currentVersionId)?.number ?? '',
    }),
  }));
  if (current?.rusVersionId && !rusOptions.some((o) => o.value === current.rusVersionId)) {
    rusOptions.push({
      value: current.rusVersionId,
      label: t('programmes.rusOption', { name: local(current.rusName), number: current.rusVersionNumber ?? '' }),
    });
  }
  return (
    <PageForm
      {...frame}
      fields={
        <>
          <NameFields form={form} of="programmes" />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {chooseOwner && (
              <NativeSelect
                label={t('programmes.fields.organisation')}
                required
                data={organisations}
                {...form.text('organisationId')}
              />
            )}
            <NativeSelect
              label={t('programmes.fields.rus')}
              description={t('programmes.rusHint')}
              data={[{ value: '', label: t('programmes.noRus') }, ...rusOptions]}
              {...form.text('rusVersionId')}
            />
          </SimpleGrid>
          <GroupsEditor
            groups={groupsFromForm(form.values.stakeholderGroups)}
            onChange={(g) => form.set('stakeholderGroups', groupsToForm(g))}
            error={form.errors.stakeholderGroups ?? form.errors['stakeholderGroups.0']}
          />
          <Checkbox
            label={t('programmes.fields.shared')}
            description={t('programmes.sharedHint')}
            {...form.checkbox('shared')}
          />
        </>
      }
    />
  );
}
