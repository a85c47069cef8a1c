import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { frameworkKinds, type Framework } from '../../../goals/contract';
import type { useForm } from '../../components/useForm';
import { useEnum } from '../../i18n/useEnum';

export type FrameworkFormValues = {
  key: string;
  kind: string;
  nameSv: string;
  nameEn: string;
  descriptionSv: string;
  descriptionEn: string;
  sourceSv: string;
  sourceEn: string;
  shared: boolean;
};

export const emptyFramework: FrameworkFormValues = {
  key: '',
  kind: 'rus',
  nameSv: '',
  nameEn: '',
  descriptionSv: '',
  descriptionEn: '',
  sourceSv: '',
  sourceEn: '',
  shared: true,
};

export function frameworkToForm(f: Framework): FrameworkFormValues {
  return {
    key: f.key,
    kind: f.kind,
    nameSv: f.name.sv,
    nameEn: f.name.en,
    descriptionSv: f.description.sv,
    descriptionEn: f.description.en,
    sourceSv: f.source.sv,
    sourceEn: f.source.en,
    shared: f.shared,
  };
}

/** The contract's nested {sv, en} shape from the flat form. */
export function frameworkFormToInput(v: FrameworkFormValues) {
  return {
    key: v.key,
    kind: v.kind || undefined,
    name: { sv: v.nameSv, en: v.nameEn },
    description: { sv: v.descriptionSv, en: v.descriptionEn },
    source: { sv: v.sourceSv, en: v.sourceEn },
    shared: v.shared,
  };
}

/** Zod paths like "name.sv" → the form's field "nameSv". */
export function flattenErrors(errors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(errors))
    out[k.replace(/\.(sv|en)$/, (_, l: string) => l[0].toUpperCase() + l.slice(1))] = v;
  return out;
}

type Form = ReturnType<typeof useForm<FrameworkFormValues>>;

export function FrameworkForm({
  form,
  onSubmit,
  busy,
  submitLabel,
  cancelTo,
  isNew,
  children,
}: {
  form: Form;
  onSubmit: () => void;
  busy: boolean;
  submitLabel: string;
  cancelTo: string;
  isNew: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const label = useEnum();
  const errors = flattenErrors(form.errors);
  const field = (name: keyof FrameworkFormValues & string) => ({ ...form.text(name), error: errors[name] });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={860}>
        {children}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {isNew && (
            <TextInput
              label={t('frameworks.fields.key')}
              description={t('frameworks.keyHint')}
              required
              {...field('key')}
            />
          )}
          {isNew && (
            <NativeSelect
              label={t('frameworks.fields.kind')}
              required
              data={frameworkKinds.map((k) => ({ value: k, label: label('frameworkKind', k) }))}
              {...field('kind')}
            />
          )}
          <TextInput label={t('frameworks.fields.nameSv')} lang="sv" required maxLength={200} {...field('nameSv')} />
          <TextInput label={t('frameworks.fields.nameEn')} lang="en" required maxLength={200} {...field('nameEn')} />
          <Textarea
            label={t('frameworks.fields.descriptionSv')}
            lang="sv"
            autosize
            minRows={3}
            {...field('descriptionSv')}
          />
          <Textarea
            label={t('frameworks.fields.descriptionEn')}
            lang="en"
            autosize
            minRows={3}
            {...field('descriptionEn')}
          />
          <Textarea label={t('frameworks.fields.sourceSv')} lang="sv" autosize minRows={2} {...field('sourceSv')} />
          <Textarea label={t('frameworks.fields.sourceEn')} lang="en" autosize minRows={2} {...field('sourceEn')} />
        </SimpleGrid>
        <Checkbox label={t('frameworks.fields.shared')} {...form.checkbox('shared')} />
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
