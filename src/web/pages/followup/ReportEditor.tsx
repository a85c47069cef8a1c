import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyDoc, richPlainText, type RichDoc } from '../../../documents/richtext/index';
import { CreateReport, UpdateReport } from '../../../followup/contract';
import { StaleNotice } from '../../components/StaleNotice';
import { Loading } from '../../components/Loading';
import { useForm } from '../../components/useForm';
import { FollowupErrorAlert } from './errors';
import { useCycleMutation, useStale, type ActivityReport, type Cycle } from './queries';

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
  const [version, setVersion] = useState(report?.version ?? 0);
  const [stale, setStale] = useState<ActivityReport | null>(null);
  const findStale = useStale(c.id);
  const save = useCycleMutation(c.id, {
    onSaved: onDone,
    onError: async (err) => {
      const current = report ? await findStale(err, (x) => x.reports.find((r) => r.id === report.id)) : null;
      if (current) {
        setStale(current);
        setVersion(current.version);
        form.setError(null);
        return;
      }
      form.fail(err);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (report) {
      const input = form.validate(UpdateReport, { body, version });
      if (input) save.mutate({ method: 'PATCH', path: `/reports/${report.id}`, body: input });
    } else {
      const input = form.validate(CreateReport, {
        areaCode,
        municipalityId: form.values.municipalityId || null,
        body,
      });
      if (input) save.mutate({ method: 'POST', path: '/reports', body: input });
    }
  };
  const bodyError = Object.entries(form.errors).find(([k]) => k === 'body' || k.startsWith('body.'))?.[1];
  const area = c.areas.find((a) => a.code === areaCode)?.name ?? areaCode;
  const forWhom = report?.municipalityName ?? null;
  const title = report
    ? t('followup.reports.editTitle', { area, who: forWhom ?? t('followup.reports.wholeArea') })
    : t('followup.reports.newTitle', { area });
  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack gap="sm">
        <Text fw={600}>{title}</Text>
        {stale && (
          <StaleNotice
            what={title}
            fields={[
              {
                key: 'body',
                label: t('followup.reports.body'),
                theirs: richPlainText(stale.body),
                yours: richPlainText(body),
              },
            ]}
            onUseTheirs={() => {
              setBody(stale.body);
              setStale(null);
            }}
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
        <Group>
          <Button type="submit" loading={save.isPending}>
            {report ? t('followup.reports.save') : t('followup.reports.create')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
