import { Alert, Box, Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AnswerValue } from '../../../surveys/contract';
import type { RespondQuestion } from '../../../surveys/respond-contract';
import { ApiError } from '../../api/error';
import { setCsrfToken } from '../../api/session-hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/PageHeader';
import { formatDate, formatDateTime } from '../../format';
import { LanguageSwitch } from '../../layout/LanguageSwitch';
import { SkipLink } from '../../layout/SkipLink';
import { sessionKey } from '../../session';
import type { Failure } from './autosave';
import { respondApi } from './queries';
import { QuestionField } from './QuestionField';
import { forgetStored, loadStored, saveStored, type Stored } from './respondStore';
import { useAutosave } from './useAutosave';

type Answers = Record<string, AnswerValue | null>;
const fatalCodes = new Set(['survey.link_invalid', 'survey.closed', 'survey.already_submitted']);

/** A dropped network, a busy or failing server: worth trying again, and nothing typed is thrown away. */
const transient = (err: unknown) =>
  err instanceof ApiError &&
  (err.status === 0 || err.status === 429 || err.status >= 500 || err.code === 'request.csrf_failed');

const isEmpty = (q: RespondQuestion, v: AnswerValue | null | undefined) => {
  if (v == null || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  if (q.type === 'matrix' && typeof v === 'object')
    return (q.statements ?? []).some((s) => !(v as Record<string, string>)[s.key]);
  return false;
};

function focusQuestion(key: string) {
  window.setTimeout(() => {
    const box = document.getElementById(`q-${key}`);
    const el = box?.querySelector<HTMLElement>('input:not([disabled]), textarea');
    box?.scrollIntoView({ block: 'center' });
    el?.focus();
  }, 0);
}

/** The minimal frame of the public answering page: the product name, the language switch, the form. */
function RespondLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <SkipLink />
      <Box component="header" py="sm" px="md" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Group justify="space-between" wrap="nowrap">
          <Text fw={750} fz="xl" c="dark.8">
            {t('app.name')}
          </Text>
          <LanguageSwitch />
        </Group>
      </Box>
      <Container size={760} px="md" py="lg" component="main" id="main" tabIndex={-1} style={{ outline: 'none' }}>
        {children}
      </Container>
    </>
  );
}

/** A page with one message and its h1 (a used, closed or unknown link; the thanks). */
function Message({ title, children }: { title: string; children: ReactNode }) {
  useDocumentTitle(title);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Stack>
      <Title order={1} size="h2" ref={ref} tabIndex={-1} style={{ outlineOffset: 4 }}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function details(err: ApiError): Record<string, unknown> {
  return err.details && typeof err.details === 'object' && !Array.isArray(err.details)
    ? (err.details as Record<string, unknown>)
    : {};
}

/** Why the link cannot be answered, in words with the date that matters. */
function FatalMessage({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  const d = details(error);
  const date = typeof d.date === 'string' ? formatDate(d.date) : null;
  if (error.code === 'survey.already_submitted')
    return (
      <Message title={t('respond.alreadySubmittedTitle')}>
        <Text>{date ? t('errors.survey.already_submitted', { date }) : t('respond.alreadySubmittedNoDate')}</Text>
      </Message>
    );
  if (error.code === 'survey.closed')
    return (
      <Message title={t('respond.closedTitle')}>
        <Text>{t('errors.survey.closed', { date: date ?? '–' })}</Text>
      </Message>
    );
  return (
    <Message title={t('respond.linkInvalidTitle')}>
      <Text>{t('errors.survey.link_invalid')}</Text>
    </Message>
  );
}

/** Answering a questionnaire from an invitation link: no account, saved as you go, one submit. */
export function RespondPage() {
  const { token = '' } = useParams();
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const view = useQuery({
    queryKey: ['respond', token, lang],
    queryFn: () => respondApi.view(token, lang),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

  const stored = useRef<Stored | null>(null);
  if (stored.current === null) stored.current = loadStored(token);
  const [answers, setAnswers] = useState<Answers | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [fatal, setFatal] = useState<ApiError | null>(null);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const questions = (view.data?.sections ?? []).flatMap((s) => s.questions);
  const byKey = new Map(questions.map((q) => [q.key, q]));

  /** The CSRF cookie comes with GET /api/auth/session, asked once for the page (the app does it on start). */
  const ensureCsrf = () =>
    qc.ensureQueryData({
      queryKey: sessionKey,
      queryFn: async () => {
        const s = await respondApi.session();
        setCsrfToken(s.csrfToken);
        return s;
      },
    });
  /** A refused CSRF token is asked for again on the next try. */
  const retryable = (err: unknown) => {
    if (!transient(err)) return false;
    if (err instanceof ApiError && err.code === 'request.csrf_failed')
      qc.removeQueries({ queryKey: sessionKey, exact: true });
    return true;
  };

  const invalidText = (err: ApiError) => {
    const d = details(err);
    const q = byKey.get(String(d.key ?? ''));
    const reason = String(d.reason ?? '');
    if (reason === 'too_long' && q?.maxLength) return t('respond.invalid.too_long', { max: q.maxLength });
    if (reason === 'too_many' && q?.maxSelected) return t('respond.invalid.too_many', { count: q.maxSelected });
    if (reason === 'range' && q?.max) return t('respond.invalid.range', { max: q.max });
    return t('errors.survey.answer_invalid', { question: String(d.question ?? q?.number ?? '') });
  };

  // What is not yet on the server stays on the device until the server has it (src/web/pages/surveys/autosave.ts).
  const { queue, state } = useAutosave<AnswerValue | null>(token, {
    pending: stored.current.pending,
    persist: (pending) => saveStored(token, { ...stored.current!, pending }),
    send: async (changes) => {
      await ensureCsrf();
      return respondApi.save(token, changes);
    },
    classify: (err): Failure => {
      if (retryable(err)) return 'offline';
      if (err instanceof ApiError && fatalCodes.has(err.code)) return 'stop';
      // The refused answer stays on screen, marked; the others are saved on the next try.
      if (err instanceof ApiError && err.code === 'survey.answer_invalid')
        return { drop: String(details(err).key ?? '') };
      return 'error';
    },
    onFailure: (err, failure) => {
      if (!(err instanceof ApiError)) return;
      if (failure === 'stop') setFatal(err);
      else if (typeof failure === 'object') setErrors((e) => ({ ...e, [failure.drop]: invalidText(err) }));
    },
  });
  const status = state.status;

  // First load: the server's saved answers, with anything this device kept but could not save on top.
  useEffect(() => {
    if (view.data && answers === null) setAnswers({ ...view.data.answers, ...queue.waiting() });
  }, [view.data, answers, queue]);

  const setAnswer = (key: string, v: AnswerValue | null) => {
    queue.set(key, v);
    setAnswers((a) => ({ ...a, [key]: v }));
    setErrors((e) => {
      if (!e[key]) return e;
      const { [key]: _, ...rest } = e;
      return rest;
    });
    setSubmitError(null);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!answers || state.submitting) return;
    setSubmitError(null);
    const missing = questions.filter((q) => q.required && isEmpty(q, answers[q.key]));
    if (missing.length) {
      setErrors((er) => ({ ...er, ...Object.fromEntries(missing.map((q) => [q.key, t('respond.requiredMissing')])) }));
      setSubmitError(t('errors.survey.answer_required', { question: missing.map((q) => q.number).join(', ') }));
      focusQuestion(missing[0].key);
      return;
    }
    try {
      const all = Object.fromEntries(Object.entries(answers).filter(([, v]) => v != null));
      const r = await queue.submit(async () => {
        await ensureCsrf();
        return respondApi.submit(token, { submissionId: stored.current!.submissionId, answers: all });
      });
      forgetStored(token);
      setDone(r.submittedAt ?? new Date().toISOString());
    } catch (err) {
      if (retryable(err)) {
        setSubmitError(t('respond.submitOffline'));
      } else if (err instanceof ApiError && fatalCodes.has(err.code)) {
        setFatal(err);
      } else if (err instanceof ApiError && err.code === 'survey.answer_required') {
        const d = details(err);
        const keys = Array.isArray(d.keys) ? d.keys.map(String) : [];
        setErrors((er) => ({ ...er, ...Object.fromEntries(keys.map((k) => [k, t('respond.requiredMissing')])) }));
        setSubmitError(t('errors.survey.answer_required', { question: String(d.question ?? '') }));
        if (keys[0]) focusQuestion(keys[0]);
      } else if (err instanceof ApiError && err.code === 'survey.answer_invalid') {
        const key = String(details(err).key ?? '');
        setErrors((er) => ({ ...er, [key]: invalidText(err) }));
        setSubmitError(invalidText(err));
        focusQuestion(key);
      } else {
        setSubmitError(
          err instanceof ApiError ? t(`errors.${err.code}`, { defaultValue: err.message }) : t('errors.unknown'),
        );
      }
    }
  };

  const data = view.data;
  const loadError = view.error instanceof ApiError && fatalCodes.has(view.error.code) ? view.error : null;
  useDocumentTitle(data?.title ?? t('respond.pageTitle'));

  let content: ReactNode;
  if (done)
    content = (
      <Message title={t('respond.thanksTitle')}>
        <Text>{t('respond.thanksText', { date: formatDateTime(done) })}</Text>
        <Text>{t('respond.thanksClose')}</Text>
      </Message>
    );
  else if (fatal || loadError) content = <FatalMessage error={(fatal ?? loadError)!} />;
  else if (view.error)
    content = (
      <>
        <Title order={1} size="h2">
          {t('respond.pageTitle')}
        </Title>
        <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />
      </>
    );
  else if (!data || !answers) content = <Loading />;
  else
    content = (
      <form onSubmit={submit} noValidate aria-labelledby="respond-title">
        <Stack gap="lg">
          <Stack gap="xs">
            <Title order={1} size="h2" id="respond-title">
              {data.title}
            </Title>
            {data.intro && <Text>{data.intro}</Text>}
            <Text size="sm">
              {data.respondent.bodyName
                ? t('respond.answeringFor', { body: data.respondent.bodyName })
                : t('respond.answeringAs', { name: data.respondent.name })}{' '}
              {t('respond.closesAt', { date: formatDate(data.closesAt) })}
            </Text>
            {data.anonymous && <Text size="sm">{t('respond.anonymous')}</Text>}
            <Text size="sm">{t('respond.requiredNote')}</Text>
            <Text size="sm">{t('respond.autosaveNote')}</Text>
          </Stack>
          {data.sections.map((s) => (
            <Paper key={s.key} component="section" aria-labelledby={`s-${s.key}`} withBorder p="md" radius="md">
              <Title order={2} size="h3" id={`s-${s.key}`} mb="md">
                {s.title}
              </Title>
              <Stack gap="xl">
                {s.questions.map((q) => (
                  <div key={q.key} id={`q-${q.key}`}>
                    <QuestionField
                      q={q}
                      value={answers[q.key]}
                      onChange={(v) => setAnswer(q.key, v)}
                      error={errors[q.key]}
                    />
                  </div>
                ))}
              </Stack>
            </Paper>
          ))}
          {submitError && (
            <Alert color="red.9" variant="outline" role="alert" title={t('respond.submitFailedTitle')}>
              {submitError}
            </Alert>
          )}
          <Group justify="space-between" align="center" gap="sm">
            <Text
              size="sm"
              role="status"
              aria-live="polite"
              fw={status === 'offline' || status === 'error' ? 600 : 400}
              c={status === 'offline' || status === 'error' ? 'red.9' : undefined}
            >
              {status === 'saving' && t('respond.status.saving')}
              {status === 'pending' && t('respond.status.pending')}
              {status === 'saved' &&
                t('respond.status.saved', {
                  time: state.savedAt
                    ? state.savedAt.toLocaleTimeString(lang === 'en' ? 'en-GB' : 'sv-SE', {
                        hour: '2-digit',
                        minute: '2-digit',
                      })
                    : '',
                })}
              {status === 'offline' && t('respond.status.offline')}
              {status === 'error' && t('respond.status.error')}
            </Text>
            <Button type="submit" size="md" loading={state.submitting}>
              {t('respond.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    );

  return <RespondLayout>{content}</RespondLayout>;
}
