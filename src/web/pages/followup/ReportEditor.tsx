import { NativeSelect, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyDoc, richPlainText, type RichDoc } from '../../../documents/richtext/index';
import { CreateReport, UpdateReport } from '../../../followup/contract';
import { Loading } from '../../components/Loading';
import { useForm } from '../../components/useForm';
import { FollowupErrorAlert } from './errors';
import { FormButtons, StaleChanges, SubmitForm } from '../../kit';
import { followupApi, usePartSave, type ActivityReport, type Cycle } from './queries';

// The editor (Tiptap and ProseMirror) loads only when someone writes, not with every follow-up page.
const RichTextEditor = lazy(() => import('./RichTextEditor').then((m) => ({ default: m.RichTextEditor })));

/**
 * Writing an activity report in the rich-text editor (what you see is what Word, PDF and the page show).
 * A new report chooses its area (given) and, optionally, the municipality it is specified for.
 */
export function ReportEditor({
  cycle: c,
  areaCode,
  report,
  onDone,
}: {
  cycle: Cycle;
  areaCode: string;
  report?: ActivityReport;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const labelId = useId();
  const hintId = useId();
  const errorId = useId();
  // A report per area, and per municipality where specified: offer only what is not written yet.
  const taken = new Set(c.reports.filter((r) => r.areaCode === areaCode).map((r) => r.municipalityId ?? ''));
  const forOptions = [
    { value: '', label: t('followup.reports.wholeArea') },
    ...c.municipalities.map((m) => ({ value: m.organisationId, label: m.organisationName })),
  ].filter((o) => !taken.has(o.value));
  const form = useForm({ municipalityId: forOptions[0]?.value ?? '' });
  const [body, setBody] = useState<RichDoc>(report?.body ?? emptyDoc());
  // A new report has no version yet; an existing one keeps its own.
  const save = usePartSave(c, {
    part: (x) => (report ? x.reports.find((r) => r.id === report.id) : undefined),
    send: (input: UpdateReport | CreateReport, version) =>
      report
        ? followupApi.updateReport(c.id, report.id, { ...(input as UpdateReport), version: version ?? 0 })
        : followupApi.createReport(c.id, input as CreateReport),
    onSaved: onDone,
    onError: form.fail,
  });
  const stale = save.stale;
  const submit = () => {
    const input = report
      ? form.validate(UpdateReport, { body, version: save.version ?? 0 })
      : form.validate(CreateReport, { areaCode, municipalityId: form.values.municipalityId || null, body });
    if (input) save.submit(input);
  };
  const bodyError = Object.entries(form.errors).find(([k]) => k === 'body' || k.startsWith('body.'))?.[1];
  const area = c.areas.find((a) => a.code === areaCode)?.name ?? areaCode;
  const forWhom = report?.municipalityName ?? null;
  const title = report
    ? t('followup.reports.editTitle', { area, who: forWhom ?? t('followup.reports.wholeArea') })
    : t('followup.reports.newTitle', { area });
  return (
    // As wide as the page: the editor's lines are the report's.
    <SubmitForm onSubmit={submit} aria-label={title}>
      <Stack gap="sm">
        <Text fw={600}>{title}</Text>
        {stale && (
          <StaleChanges
            what={title}
            onReapply={save.reapply}
            busy={save.pending}
            fields={[
              {
                key: 'body',
                label: t('followup.reports.body'),
                theirs: richPlainText(stale.body),
                yours: richPlainText(body),
              },
            ]}
            onUseTheirs={() => setBody((save.discard() ?? stale).body)}
          />
        )}
        <FollowupErrorAlert error={form.error} />
        {!report && (
          <NativeSelect
            label={t('followup.reports.municipality')}
            description={t('followup.reports.municipalityHint')}
            data={forOptions}
            maw={420}
            {...form.text('municipalityId')}
          />
        )}
        <div>
          <Text id={labelId} component="div" fw={500} size="sm">
            {t('followup.reports.body')}{' '}
            <Text span c="red.8" aria-hidden>
              *
            </Text>
          </Text>
          <Text id={hintId} size="xs" c="dimmed" mb={4}>
            {t('followup.reports.bodyHint')}
          </Text>
          <Suspense fallback={<Loading />}>
            <RichTextEditor
              value={body}
              onChange={setBody}
              labelId={labelId}
              hintId={bodyError ? `${hintId} ${errorId}` : hintId}
              invalid={Boolean(bodyError)}
            />
          </Suspense>
          {bodyError && (
            <Text id={errorId} size="sm" c="red.8" mt={4}>
              {bodyError}
            </Text>
          )}
        </div>
        <FormButtons
          submitLabel={report ? t('followup.reports.save') : t('followup.reports.create')}
          busy={save.pending}
          onCancel={onDone}
        />
      </Stack>
    </SubmitForm>
  );
}
