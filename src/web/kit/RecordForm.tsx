import { NativeSelect, SimpleGrid, Stack, TextInput, type NativeSelectProps } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormValues, useForm } from '../components/useForm';
import { FormButtons } from './InlineForm';

/** The state of one form (`useForm`), as a page's form component receives it. */
export type Form<V extends FormValues> = ReturnType<typeof useForm<V>>;

/** What a create or edit page hands its record's form: the submit, its label, where cancel goes, notices. */
export interface FormFrameProps {
  onSubmit: () => void;
  busy: boolean;
  submitLabel: string;
  cancelTo: string;
  /** Notices above the fields: the stale notice, the form's error. */
  children?: ReactNode;
  /** Names the form (a `form` landmark) where the page has more than one. */
  label?: string;
}

/** A record's form component's props: its form state and the frame. */
export type RecordFormProps<V extends FormValues> = FormFrameProps & { form: Form<V> };

/**
 * The one form frame of a record's create and edit pages: notices, the fields in two columns on wide
 * screens (one on a phone), fields that need the whole width (`wide`), then submit and cancel.
 */
export function RecordForm({
  onSubmit,
  busy,
  submitLabel,
  cancelTo,
  children,
  fields,
  wide,
  label,
  maw = 760,
}: FormFrameProps & { fields?: ReactNode; wide?: ReactNode; maw?: number }) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={label}>
      <Stack maw={maw}>
        {children}
        {fields && <SimpleGrid cols={{ base: 1, sm: 2 }}>{fields}</SimpleGrid>}
        {wide}
        <FormButtons submitLabel={submitLabel} busy={busy} cancelTo={cancelTo} />
      </Stack>
    </form>
  );
}

export interface Choice {
  value: string;
  label: string;
}

/** A select of a form: `empty` names the first choice that leaves it unset ("Välj…" by default). */
export function ChoiceField({
  choices,
  empty,
  ...props
}: Omit<NativeSelectProps, 'data'> & { choices: readonly Choice[]; empty?: string | false }) {
  const { t } = useTranslation();
  const first = empty === false ? [] : [{ value: '', label: empty ?? t('common.select') }];
  return <NativeSelect {...props} data={[...first, ...choices]} />;
}

/** A list's filter select: `all` names the choice that filters nothing. */
export function ChoiceFilter({
  label,
  value,
  onChange,
  all,
  choices,
  width = 240,
}: {
  label: string;
  value: string | undefined;
  onChange: (v: string) => void;
  all: string;
  choices: readonly Choice[];
  width?: number;
}) {
  return (
    <NativeSelect
      label={label}
      value={value ?? ''}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={[{ value: '', label: all }, ...choices]}
      style={{ flex: `0 1 ${width}px` }}
    />
  );
}

/** The e-mail and phone fields of a register record (organisation, person); `ns` is its i18n section. */
export function ContactFields<V extends FormValues & { email: string; phone: string }>({
  form,
  ns,
}: {
  form: Form<V>;
  ns: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput label={t(`${ns}.fields.email`)} type="email" autoComplete="off" {...form.text('email')} />
      <TextInput label={t(`${ns}.fields.phone`)} type="tel" maxLength={40} {...form.text('phone')} />
    </>
  );
}
