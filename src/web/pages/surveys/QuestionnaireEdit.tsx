import { Alert, Anchor, Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { UpdateQuestionnaire } from '../../../surveys/contract';
import { BackLink } from '../../components/BackLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { NotAllowed, StaleChanges, staleFields, useSave, type StaleField } from '../../kit';
import { duplicateKeys, fromSections, sameSections, toInput, type SectionDraft } from './editor/draft';
import { duplicateErrors } from './editor/errors';
import { ErrorSummary } from './editor/ErrorSummary';
import { SectionEditor } from './editor/SectionEditor';
import { settingsInput, settingsOf, SettingsFields, type Settings } from './editor/SettingsFields';
import { useEditorErrors } from './editor/useErrors';
import { useSections } from './editor/useSections';
import { questionnaireKeys, surveysApi, useQuestionnaire, useScales, type Questionnaire, type Scale } from './queries';
import { useBi } from './shared';

/** Build a draft questionnaire: its details, sections and questions, saved together with the version seen. */
export function QuestionnaireEdit() {
  const { id = '' } = useParams();
  const q = useQuestionnaire(id);
  const scales = useScales();
  if (q.isPending || scales.isPending) return <Loading />;
  if (q.error || !q.data) return <LoadFailed error={q.error} onRetry={() => void q.refetch()} />;
  if (scales.error || !scales.data) return <LoadFailed error={scales.error} onRetry={() => void scales.refetch()} />;
  const x = q.data;
  if (!x.abilities.update) return <EditRefused questionnaire={x} />;
  return <EditForm key={x.id} questionnaire={x} scales={scales.data.items} />;
}

/** Someone who may not change the questionnaire gets why, not a form (issue 10 item 8). */
function EditRefused({ questionnaire }: { questionnaire: Questionnaire }) {
  const { t } = useTranslation();
  const text = useBi();
  const name = text(questionnaire.title);
  return (
    <NotAllowed
      title={t('questionnaireEditor.title')}
      back={{ to: `/questionnaires/${questionnaire.id}`, label: name }}
      reason="update"
      name={name}
    />
  );
}

function EditForm({ questionnaire, scales }: { questionnaire: Questionnaire; scales: Scale[] }) {
  const { t } = useTranslation();
  const text = useBi();
  const qc = useQueryClient();
  const [settings, setSettings] = useState<Settings>(() => settingsOf(questionnaire));
  const [settingsDirty, setSettingsDirty] = useState(false);
  const errs = useEditorErrors();
  const [announcement, setAnnouncement] = useState('');
  const [saved, setSaved] = useState(false);
  const staleRef = useRef<HTMLDivElement>(null);
  const announce = (s: string) => setAnnouncement(s);
  const ops = useSections(fromSections(questionnaire.sections), errs.setErrors, announce);
  const dirty = settingsDirty || ops.dirty;
  // Once people may answer, only the details change (the server refuses questions and anonymity).
  const draft = questionnaire.status === 'draft';

  // Leaving the page with unsaved work asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const setSetting = (k: keyof Settings & string, v: string | boolean) => {
    setSettings((s) => ({ ...s, [k]: v }));
    setSettingsDirty(true);
    setSaved(false);
  };
  const load = (x: Questionnaire) => {
    setSettings(settingsOf(x));
    setSettingsDirty(false);
    ops.reset(fromSections(x.sections));
  };

  // A stale save keeps what the other person saved (save.stale) beside my input; the keyboard goes there.
  const save = useSave({
    from: questionnaire,
    send: (body: UpdateQuestionnaire, version) =>
      surveysApi.update(questionnaire.id, { ...body, version: version ?? body.version }),
    invalidate: [questionnaireKeys.list],
    onSaved: (x) => {
      qc.setQueryData(questionnaireKeys.one(x.id), x);
      load(x);
      setSaved(true);
      errs.reset();
    },
    onError: errs.fail,
  });

  useEffect(() => {
    if (save.stale) staleRef.current?.focus();
  }, [save.stale]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const { anonymous, ...details } = settingsInput(settings);
    const version = save.version ?? questionnaire.version;
    const body = draft ? { ...details, anonymous, sections: toInput(ops.sections), version } : { ...details, version };
    const input = errs.validate(
      UpdateQuestionnaire,
      body,
      draft ? duplicateErrors(duplicateKeys(ops.sections), t) : {},
    );
    if (input) save.submit(input);
  };

  const title = t('questionnaireEditor.title');
  const count = (s: SectionDraft[]) => ({
    sections: s.length,
    questions: s.reduce((n, x) => n + x.questions.length, 0),
  });
  const staleRows = (theirs: Questionnaire): StaleField[] => {
    const yesNo = (_k: string, v: string | boolean) =>
      typeof v === 'boolean' ? (v ? t('common.yes') : t('common.no')) : v;
    const rows = staleFields(settingsOf(theirs), settings, (k) => t(`questionnaires.form.${k}`), yesNo);
    const theirSections = fromSections(theirs.sections);
    const same = sameSections(theirSections, ops.sections);
    const c = count(theirSections);
    rows.push({
      key: 'sections',
      label: t('questionnaireEditor.stale.questions'),
      theirs: t(same ? 'questionnaireEditor.stale.summary' : 'questionnaireEditor.stale.differs', c),
      yours: t('questionnaireEditor.stale.summary', count(ops.sections)),
    });
    return rows;
  };

  return (
    <>
      <PageHeader
        title={title}
        description={draft ? t('questionnaireEditor.intro') : t('questionnaireEditor.notDraft')}
        above={<BackLink to={`/questionnaires/${questionnaire.id}`} label={text(questionnaire.title)} />}
      />
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      <form onSubmit={submit} noValidate aria-label={title}>
        <Stack gap={0}>
          <Section title={t('questionnaireEditor.details')}>
            <SettingsFields
              values={settings}
              set={setSetting}
              errors={errs.errors}
              clear={errs.clear}
              anonymousLocked={!draft}
            />
          </Section>
          {draft && (
            <Section title={t('questionnaireEditor.sectionsTitle')}>
              <Stack gap="lg">
                {ops.sections.length === 0 && <Text>{t('questionnaireEditor.noSections')}</Text>}
                {ops.sections.map((s, si) => (
                  <SectionEditor
                    key={s.id}
                    ops={ops}
                    si={si}
                    scales={scales}
                    errors={errs.errors}
                    clear={errs.clear}
                    announce={announce}
                  />
                ))}
                <div>
                  <Button
                    id="add-section"
                    variant="outline"
                    onClick={() => ops.addSection()}
                    disabled={ops.sections.length >= 30}
                  >
                    {t('questionnaireEditor.section.add')}
                  </Button>
                </div>
              </Stack>
            </Section>
          )}
          <Stack gap="sm">
            {/* Beside the save button, where the person is when it happens; the keyboard goes there too. */}
            <div ref={staleRef} tabIndex={-1}>
              {save.stale && (
                <StaleChanges
                  what={text(save.stale.title)}
                  fields={staleRows(save.stale)}
                  onReapply={save.reapply}
                  busy={save.pending}
                  onUseTheirs={() => {
                    const theirs = save.discard();
                    if (theirs) load(theirs);
                    errs.setErrors({});
                  }}
                />
              )}
            </div>
            <ErrorAlert error={errs.error} />
            <ErrorSummary errors={errs.errors} numberOf={ops.numberOf} />
            {saved && !dirty && (
              <Alert color="#1d6b34" variant="outline" role="status">
                {t('questionnaireEditor.saved')}
              </Alert>
            )}
            {dirty && <Text size="sm">{t('questionnaireEditor.unsaved')}</Text>}
            <Group>
              <Button type="submit" loading={save.pending}>
                {t('questionnaireEditor.save')}
              </Button>
              <Anchor component={Link} to={`/questionnaires/${questionnaire.id}`}>
                {t('questionnaireEditor.view')}
              </Anchor>
            </Group>
          </Stack>
        </Stack>
      </form>
    </>
  );
}
