import { Checkbox, Radio, Select, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CreateQuestionnaire, FromTemplate, TemplateParams } from '../../../surveys/contract';
import { BackLink } from '../../components/BackLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { today } from '../../format';
import { MayCreate, RecordForm, useCreateForm, useSave } from '../../kit';
import { settingsInput, SettingsFields, type Settings } from './editor/SettingsFields';
import { useEditorErrors } from './editor/useErrors';
import { questionnaireKeys, surveysApi, useQuestionnaires, useSurveyTemplates } from './queries';
import { useBi } from './shared';

const inDays = (n: number) => {
  const d = new Date();
  d.setDate(d.getDate() + n);
  const p = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};

/** A new questionnaire's title and answering period: open from today for thirty days, not anonymous. */
const fresh = () => ({ titleSv: '', titleEn: '', opensAt: today(), closesAt: inDays(30), anonymous: false });

/** A new questionnaire: from a built-in template (the seed's follow-up questionnaire), or blank to build in the editor. */
export function QuestionnaireCreate() {
  const { t } = useTranslation();
  // Only for those the list's abilities allow; others get why, not a form (issue 10 item 8).
  return (
    <MayCreate
      list={useQuestionnaires()}
      title={t('questionnaires.createTitle')}
      back={{ to: '/questionnaires', label: t('questionnaires.title') }}
    >
      <CreateChoice />
    </MayCreate>
  );
}

function CreateChoice() {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'template' | 'blank'>('template');
  const title = t('questionnaires.createTitle');
  return (
    <>
      <PageHeader
        title={title}
        description={t('questionnaires.createIntro')}
        above={<BackLink to="/questionnaires" label={t('questionnaires.title')} />}
      />
      <Stack maw={760}>
        <Radio.Group
          label={t('questionnaires.form.start')}
          value={mode}
          onChange={(v) => setMode(v === 'blank' ? 'blank' : 'template')}
        >
          <Stack gap="sm" mt="xs">
            <Radio
              value="template"
              label={t('questionnaires.form.fromTemplate')}
              description={t('questionnaires.form.fromTemplateHint')}
            />
            <Radio
              value="blank"
              label={t('questionnaires.form.blank')}
              description={t('questionnaires.form.blankHint')}
            />
          </Stack>
        </Radio.Group>
        {mode === 'template' ? <FromTemplateForm label={title} /> : <BlankForm label={title} />}
      </Stack>
    </>
  );
}

/** The contract's body, with the template's key (the path's) alongside. */
const FromTemplateInput = FromTemplate.extend({ template: TemplateParams.shape.key });

function FromTemplateForm({ label }: { label: string }) {
  const { t } = useTranslation();
  const text = useBi();
  const navigate = useNavigate();
  const templates = useSurveyTemplates();
  const { form, frame } = useCreateForm({
    initial: { template: 'uppfoljning-samverkansorgan', ...fresh() },
    schema: FromTemplateInput,
    toInput: ({ titleSv, titleEn, ...v }) => {
      const sv = titleSv.trim();
      const en = titleEn.trim();
      // A title in one language serves both; none keeps the template's.
      return { ...v, title: sv || en ? { sv: sv || en, en: en || sv } : undefined };
    },
    send: ({ template, ...body }) => surveysApi.fromTemplate(template, body),
    invalidate: [questionnaireKeys.all],
    onSaved: (x) => navigate(`/questionnaires/${x.id}`),
    cancelTo: '/questionnaires',
  });
  const date = (k: 'opensAt' | 'closesAt') => (
    <TextInput type="date" label={t(`questionnaires.form.${k}`)} required {...form.text(k)} />
  );
  return (
    <RecordForm
      {...frame}
      label={label}
      submitLabel={t('questionnaires.form.create')}
      fields={
        <>
          <TextInput
            label={t('questionnaires.form.titleSv')}
            description={t('questionnaires.form.titleHint')}
            {...form.text('titleSv')}
            error={form.errors['title.sv'] ?? form.errors.title}
          />
          <TextInput
            label={t('questionnaires.form.titleEn')}
            lang="en"
            {...form.text('titleEn')}
            error={form.errors['title.en']}
          />
          {date('opensAt')}
          {date('closesAt')}
        </>
      }
      wide={
        <Checkbox
          label={t('questionnaires.form.anonymous')}
          description={t('questionnaires.form.anonymousHint')}
          {...form.checkbox('anonymous')}
        />
      }
    >
      {frame.children}
      <Select
        label={t('questionnaires.form.template')}
        required
        allowDeselect={false}
        data={(templates.data ?? []).map((x) => ({ value: x.key, label: text(x.title) }))}
        {...form.select('template')}
      />
    </RecordForm>
  );
}

/** Title, introduction, dates and anonymity; the sections and questions come in the editor. */
function BlankForm({ label }: { label: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [values, setValues] = useState<Settings>(() => ({ ...fresh(), introSv: '', introEn: '' }));
  const errs = useEditorErrors();
  const create = useSave({
    send: surveysApi.create,
    invalidate: [questionnaireKeys.list],
    onSaved: (x) => {
      qc.setQueryData(questionnaireKeys.one(x.id), x);
      navigate(`/questionnaires/${x.id}/edit`);
    },
    onError: errs.fail,
  });
  const submit = () => {
    const input = errs.validate(CreateQuestionnaire, { ...settingsInput(values), sections: [] });
    if (input) create.submit(input);
  };
  return (
    <RecordForm
      label={label}
      onSubmit={submit}
      busy={create.pending}
      submitLabel={t('questionnaires.form.createBlank')}
      cancelTo="/questionnaires"
      wide={
        <SettingsFields
          values={values}
          set={(k, v) => setValues((s) => ({ ...s, [k]: v }))}
          errors={errs.errors}
          clear={errs.clear}
        />
      }
    >
      <ErrorAlert error={errs.error} />
    </RecordForm>
  );
}
