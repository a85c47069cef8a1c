import { Checkbox, Group, TextInput, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { useForm } from '../../components/useForm';
import { InlineForm } from '../../kit';
import { groupsFromForm, groupsToForm, type InitiativeFormValues } from './programmeFields';

type Form = ReturnType<typeof useForm<InitiativeFormValues>>;

/** Name and description of a programme or an initiative (`of` names whose texts label them). */
export function NameFields({
  form,
  of,
}: {
  form: { text: (name: 'name' | 'description') => Omit<ReturnType<Form['text']>, 'name'> & { name: string } };
  of: 'programmes' | 'initiatives';
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput label={t(`${of}.fields.name`)} required maxLength={200} {...form.text('name')} />
      <Textarea
        label={t(`${of}.fields.description`)}
        autosize
        minRows={3}
        maxLength={8000}
        {...form.text('description')}
      />
    </>
  );
}

/** What the programme and initiative forms get from their pages: submit, cancel, the notices (`children`). */
export interface PageFormProps {
  onSubmit: () => void;
  onCancel?: () => void;
  cancelTo?: string;
  busy: boolean;
  submitLabel: string;
  label: string;
  children?: ReactNode;
}

/** A programme's or an initiative's form on its page: the kit's InlineForm, as wide as a page form. */
export function PageForm({ label, children, fields, ...frame }: PageFormProps & { fields: ReactNode }) {
  return (
    <InlineForm title={label} {...frame} error={children} maw={760} mt={0}>
      {fields}
    </InlineForm>
  );
}

/** Name, description, the programme's stakeholder groups it concerns, start date and sharing. */
export function InitiativeForm({ form, allGroups, ...frame }: PageFormProps & { form: Form; allGroups: string[] }) {
  const { t } = useTranslation();
  return (
    <PageForm
      {...frame}
      fields={
        <>
          <NameFields form={form} of="initiatives" />
          <Checkbox.Group
            label={t('initiatives.fields.stakeholderGroups')}
            value={groupsFromForm(form.values.stakeholderGroups)}
            onChange={(g) => form.set('stakeholderGroups', groupsToForm(g))}
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
        </>
      }
    />
  );
}
