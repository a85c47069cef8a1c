import { Checkbox, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Questionnaire } from '../../../../surveys/contract';
import { fieldId, type Errors } from './errors';
import { BiField, inLang, type Lang } from './fields';

/** A questionnaire's own details, as typed. */
export interface Settings {
  [k: string]: string | boolean;
  titleSv: string;
  titleEn: string;
  introSv: string;
  introEn: string;
  opensAt: string;
  closesAt: string;
  anonymous: boolean;
}

export const settingsOf = (q: Questionnaire): Settings => ({
  titleSv: q.title.sv,
  titleEn: q.title.en,
  introSv: q.intro?.sv ?? '',
  introEn: q.intro?.en ?? '',
  opensAt: q.opensAt,
  closesAt: q.closesAt,
  anonymous: q.anonymous,
});

/** As the contract has them; an introduction in neither language is none. */
export const settingsInput = (v: Settings) => ({
  title: { sv: v.titleSv, en: v.titleEn },
  intro: v.introSv.trim() === '' && v.introEn.trim() === '' ? null : { sv: v.introSv, en: v.introEn },
  anonymous: v.anonymous,
  opensAt: v.opensAt,
  closesAt: v.closesAt,
});

/** The contract path each field's errors come under. */
export const settingsPath: Record<keyof Settings & string, string> = {
  titleSv: 'title.sv',
  titleEn: 'title.en',
  introSv: 'intro.sv',
  introEn: 'intro.en',
  opensAt: 'opensAt',
  closesAt: 'closesAt',
  anonymous: 'anonymous',
};

/** The details' fields; each edit drops the errors it answers (a wording's also the whole wording's). */
export function SettingsFields({
  values,
  set,
  errors,
  clear,
  anonymousLocked = false,
}: {
  values: Settings;
  set: (k: keyof Settings & string, v: string | boolean) => void;
  errors: Errors;
  clear: (prefix: string) => void;
  anonymousLocked?: boolean;
}) {
  const { t } = useTranslation();
  const change = (k: keyof Settings & string, v: string | boolean) => {
    clear(settingsPath[k]);
    set(k, v);
  };
  const wording = (name: 'title' | 'intro') => ({
    path: name,
    errors,
    label: (lang: Lang) => t(`questionnaires.form.${inLang(name, lang)}`),
    value: (lang: Lang) => String(values[inLang(name, lang)]),
    onChange: (lang: Lang, v: string) => {
      clear(name);
      set(inLang(name, lang), v);
    },
  });
  const date = (k: 'opensAt' | 'closesAt') => (
    <TextInput
      type="date"
      id={fieldId(k)}
      label={t(`questionnaires.form.${k}`)}
      required
      value={values[k]}
      error={errors[k]}
      onChange={(e) => change(k, e.currentTarget.value)}
    />
  );
  return (
    <Stack gap="sm">
      <BiField {...wording('title')} required maxLength={300} />
      <BiField {...wording('intro')} description={t('questionnaires.form.introHint')} maxLength={8000} rows={[2, 10]} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
        {date('opensAt')}
        {date('closesAt')}
      </SimpleGrid>
      <Checkbox
        id={fieldId('anonymous')}
        label={t('questionnaires.form.anonymous')}
        description={t('questionnaires.form.anonymousHint')}
        disabled={anonymousLocked}
        checked={values.anonymous}
        error={errors.anonymous}
        onChange={(e) => change('anonymous', e.currentTarget.checked)}
      />
    </Stack>
  );
}
