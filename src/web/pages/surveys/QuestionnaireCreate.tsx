import { Button, Checkbox, Group, Radio, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CreateQuestionnaire, FromTemplate } from '../../../surveys/contract';
import { api, ApiError } from '../../api';
import { BackLink } from '../../components/BackLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useForm } from '../../components/useForm';
import { today } from '../../format';
import { check, focusFirstError, serverErrors, without, type Errors } from './editor/errors';
import { settingsInput, settingsPath, SettingsFields, type Settings } from './editor/SettingsFields';
import { questionnaireKeys, useSurveyTemplates, type Questionnaire } from './queries';
import { useBi } from './shared';

const inDays = (n: number) => {
  const d = new Date();
  d.setDate(d.getDate() + n);
  const p = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};

/** A new questionnaire: from a built-in template (the seed's follow-up questionnaire), or blank to build in the editor. */
export function QuestionnaireCreate() {
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

function FromTemplateForm({ label }: { label: string }) {
  const { t } = useTranslation();
  const text = useBi();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const templates = useSurveyTemplates();
  const form = useForm({
    template: 'uppfoljning-samverkansorgan',
    titleSv: '',
    titleEn: '',
    opensAt: today(),
    closesAt: inDays(30),
    anonymous: false,
  });
  const v = form.values;
  const create = useMutation({
    mutationFn: ({ key, body }: { key: string; body: unknown }) =>
      api.post<Questionnaire>(`/api/questionnaires/from-template/${encodeURIComponent(key)}`, body),
    onSuccess: async (x) => {
      await qc.invalidateQueries({ queryKey: questionnaireKeys.all });
      navigate(`/questionnaires/${x.id}`);
    },
    onError: (err) => form.fail(err),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const title =
      v.titleSv.trim() || v.titleEn.trim()
        ? { sv: v.titleSv.trim() || v.titleEn.trim(), en: v.titleEn.trim() || v.titleSv.trim() }
        : undefined;
    const body = form.validate(FromTemplate, {
      title,
      opensAt: v.opensAt,
      closesAt: v.closesAt,
      anonymous: v.anonymous,
    });
    if (body) create.mutate({ key: v.template, body });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={label}>
      <Stack>
        <ErrorAlert error={form.error} />
        <Select
          label={t('questionnaires.form.template')}
          required
          allowDeselect={false}
          data={(templates.data ?? []).map((x) => ({ value: x.key, label: text(x.title) }))}
          {...form.select('template')}
        />
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
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="date" label={t('questionnaires.form.opensAt')} required {...form.text('opensAt')} />
          <TextInput type="date" label={t('questionnaires.form.closesAt')} required {...form.text('closesAt')} />
        </SimpleGrid>
        <Checkbox
          label={t('questionnaires.form.anonymous')}
          description={t('questionnaires.form.anonymousHint')}
          {...form.checkbox('anonymous')}
        />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('questionnaires.form.create')}
          </Button>
          <Button component={Link} to="/questionnaires" variant="default">
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Title, introduction, dates and anonymity; the sections and questions come in the editor. */
function BlankForm({ label }: { label: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [values, setValues] = useState<Settings>({
    titleSv: '',
    titleEn: '',
    introSv: '',
    introEn: '',
    opensAt: today(),
    closesAt: inDays(30),
    anonymous: false,
  });
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<unknown>(null);
  const create = useMutation({
    mutationFn: (body: CreateQuestionnaire) => api.post<Questionnaire>('/api/questionnaires', body),
    onSuccess: async (x) => {
      qc.setQueryData(questionnaireKeys.one(x.id), x);
      await qc.invalidateQueries({ queryKey: questionnaireKeys.list });
      navigate(`/questionnaires/${x.id}/edit`);
    },
    onError: (err) => {
      const errs = serverErrors(err, t);
      setErrors(errs);
      setError(err);
      focusFirstError(errs);
    },
  });
  const set = (k: keyof Settings & string, v: string | boolean) => {
    setValues((s) => ({ ...s, [k]: v }));
    setErrors((e) =>
      without(
        without(e, settingsPath[k]),
        k === 'titleSv' ? 'title' : k.startsWith('intro') ? 'intro' : settingsPath[k],
      ),
    );
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = check(CreateQuestionnaire, { ...settingsInput(values), sections: [] }, t);
    if ('errors' in r) {
      setErrors(r.errors);
      setError(new ApiError(400, 'request.validation_failed', '', null));
      focusFirstError(r.errors);
      return;
    }
    setError(null);
    create.mutate(r.data);
  };
  return (
    <form onSubmit={submit} noValidate aria-label={label}>
      <Stack>
        <ErrorAlert error={error} />
        <SettingsFields values={values} set={set} errors={errors} />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('questionnaires.form.createBlank')}
          </Button>
          <Button component={Link} to="/questionnaires" variant="default">
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
