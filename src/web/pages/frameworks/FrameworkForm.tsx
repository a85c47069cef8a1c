import { Checkbox, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { frameworkKinds, type Framework } from '../../../goals/contract';
import type { FormValues } from '../../components/useForm';
import { useEnum } from '../../i18n/useEnum';
import { ChoiceField, RecordForm, type RecordFormProps } from '../../kit';

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

/** A framework's fields; `isNew` adds the key and kind, which are fixed once made. */
export function FrameworkForm<V extends Partial<FrameworkFormValues> & FormValues>({
  form,
  isNew,
  ...frame
}: RecordFormProps<V> & { isNew: boolean }) {
  const { t } = useTranslation();
  const label = useEnum();
  const errors = flattenErrors(form.errors);
  const field = (name: keyof FrameworkFormValues & string) => ({ ...form.text(name), error: errors[name] });
  const text = (name: 'name' | 'description' | 'source', lang: 'sv' | 'en', rows: number) => {
    const key = `${name}${lang === 'sv' ? 'Sv' : 'En'}` as const;
    const props = { label: t(`frameworks.fields.${key}`), lang, ...field(key) };
    return name === 'name' ? (
      <TextInput required maxLength={200} {...props} />
    ) : (
      <Textarea autosize minRows={rows} {...props} />
    );
  };
  return (
    <RecordForm
      {...frame}
      maw={860}
      fields={
        <>
          {isNew && (
            <TextInput
              label={t('frameworks.fields.key')}
              description={t('frameworks.keyHint')}
              required
              {...field('key')}
            />
          )}
          {isNew && (
            <ChoiceField
              label={t('frameworks.fields.kind')}
              required
              empty={false}
              choices={frameworkKinds.map((k) => ({ value: k, label: label('frameworkKind', k) }))}
              {...field('kind')}
            />
          )}
          {text('name', 'sv', 1)}
          {text('name', 'en', 1)}
          {text('description', 'sv', 3)}
          {text('description', 'en', 3)}
          {text('source', 'sv', 2)}
          {text('source', 'en', 2)}
        </>
      }
      wide={<Checkbox label={t('frameworks.fields.shared')} {...form.checkbox('shared')} />}
    />
  );
}
