import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../assessments/contract';
import type { useForm } from '../../components/useForm';
import { useLocalText } from '../frameworks/queries';
import { useOrganisationOptions } from '../organisations/queries';
import { GroupsEditor } from './GroupsEditor';
import type { ProgrammeFormValues } from './programmeFields';
import { useAllFrameworks } from './queries';

type Form = ReturnType<typeof useForm<ProgrammeFormValues>>;

/** Name, owner, the county's RUS version, stakeholder groups and sharing of a programme. */
export function ProgrammeForm({
  form,
  groups,
  onGroups,
  onSubmit,
  busy,
  submitLabel,
  cancelTo,
  chooseOwner,
  current,
  label,
  children,
}: {
  form: Form;
  groups: string[];
  onGroups: (g: string[]) => void;
  onSubmit: () => void;
  busy: boolean;
  submitLabel: string;
  cancelTo: string;
  chooseOwner: boolean;
  current?: Programme;
  label: string;
  children?: ReactNode;
}) {
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
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={label}>
      <Stack maw={760}>
        {children}
        <TextInput label={t('programmes.fields.name')} required maxLength={200} {...form.text('name')} />
        <Textarea
          label={t('programmes.fields.description')}
          autosize
          minRows={3}
          maxLength={8000}
          {...form.text('description')}
        />
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
          groups={groups}
          onChange={onGroups}
          error={form.errors.stakeholderGroups ?? form.errors['stakeholderGroups.0']}
        />
        <Checkbox
          label={t('programmes.fields.shared')}
          description={t('programmes.sharedHint')}
          {...form.checkbox('shared')}
        />
        <Group>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
          <Button component={Link} to={cancelTo} variant="default">
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
