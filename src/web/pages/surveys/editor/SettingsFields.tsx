import { Checkbox, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Questionnaire } from '../../../../surveys/contract';
import { fieldId, type Errors } from './errors';

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

export function SettingsFields({
  values,
  set,
  errors,
  anonymousLocked = false,
}: {
  values: Settings;
  set: (k: keyof Settings & string, v: string | boolean) => void;
  errors: Errors;
  anonymousLocked?: boolean;
}) {
  const { t } = useTranslation();
  const f = (k: keyof Settings & string) => ({
    id: fieldId(settingsPath[k]),
    name: k,
    error: errors[settingsPath[k]] ?? (k === 'titleSv' ? errors.title : k === 'introSv' ? errors.intro : undefined),
  });
  const text = (k: keyof Settings & string) => ({
    ...f(k),
    value: String(values[k]),
    onChange: (e: { currentTarget: { value: string } }) => set(k, e.currentTarget.value),
  });
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
        <TextInput label={t('questionnaires.form.titleSv')} required maxLength={300} {...text('titleSv')} />
        <TextInput label={t('questionnaires.form.titleEn')} required lang="en" maxLength={300} {...text('titleEn')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
        <Textarea
          label={t('questionnaires.form.introSv')}
          description={t('questionnaires.form.introHint')}
          autosize
          minRows={2}
          maxRows={10}
          maxLength={8000}
          {...text('introSv')}
        />
        <Textarea
          label={t('questionnaires.form.introEn')}
          description={t('questionnaires.form.introHint')}
          lang="en"
          autosize
          minRows={2}
          maxRows={10}
          maxLength={8000}
          {...text('introEn')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
        <TextInput type="date" label={t('questionnaires.form.opensAt')} required {...text('opensAt')} />
        <TextInput type="date" label={t('questionnaires.form.closesAt')} required {...text('closesAt')} />
      </SimpleGrid>
      <Checkbox
        {...f('anonymous')}
        label={t('questionnaires.form.anonymous')}
        description={t('questionnaires.form.anonymousHint')}
        disabled={anonymousLocked}
        checked={Boolean(values.anonymous)}
        onChange={(e) => set('anonymous', e.currentTarget.checked)}
      />
    </Stack>
  );
}
