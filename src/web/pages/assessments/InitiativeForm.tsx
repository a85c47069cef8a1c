import { Button, Checkbox, Group, Stack, TextInput, Textarea } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { useForm } from '../../components/useForm';
import type { InitiativeFormValues } from './programmeFields';

type Form = ReturnType<typeof useForm<InitiativeFormValues>>;

/** Name, description, the programme's stakeholder groups it concerns, start date and sharing. */
export function InitiativeForm({
  form,
  allGroups,
  groups,
  onGroups,
  onSubmit,
  onCancel,
  busy,
  submitLabel,
  label,
  children,
}: {
  form: Form;
  allGroups: string[];
  groups: string[];
  onGroups: (g: string[]) => void;
  onSubmit: () => void;
  onCancel: () => void;
  busy: boolean;
  submitLabel: string;
  label: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={label}>
      <Stack maw={760}>
        {children}
        <TextInput label={t('initiatives.fields.name')} required maxLength={200} {...form.text('name')} />
        <Textarea
          label={t('initiatives.fields.description')}
          autosize
          minRows={3}
          maxLength={8000}
          {...form.text('description')}
        />
        <Checkbox.Group
          label={t('initiatives.fields.stakeholderGroups')}
          value={groups}
          onChange={onGroups}
          error={form.errors.stakeholderGroups}
        >
          <Group mt={4} gap="md">
            {allGroups.map((g) => (
              <Checkbox key={g} value={g} label={g} />
            ))}
          </Group>
        </Checkbox.Group>
        <TextInput
          type="date"
          label={t('initiatives.fields.startDate')}
          {...form.text('startDate')}
          style={{ maxWidth: 240 }}
        />
        <Checkbox
          label={t('initiatives.fields.shared')}
          description={t('programmes.sharedHint')}
          {...form.checkbox('shared')}
        />
        <Group>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
