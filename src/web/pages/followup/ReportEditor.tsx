import { Box, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, Title, Toolbar } from '@mantine/core';
import { useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateReport, limits, UpdateReport } from '../../../followup/contract';
import { StaleNotice } from '../../components/StaleNotice';
import { useForm } from '../../components/useForm';
import { FollowupErrorAlert } from './errors';
import { applyFormat, type Format } from './markdown';
import { useCycleMutation, useStale, type ActivityReport, type Cycle } from './queries';
import { RichText } from './RichText';

const formats: Format[] = ['heading', 'bullets', 'numbered', 'bold'];

/**
 * Writing an activity report: a plain textarea with a toolbar that writes the restricted Markdown at the
 * cursor, and a preview drawn from the same blocks as the published report. A new report chooses its
 * area (given) and, optionally, the municipality it is specified for.
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
  const textareaId = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  // A report per area, and per municipality where specified: offer only what is not written yet.
  const taken = new Set(c.reports.filter((r) => r.areaCode === areaCode).map((r) => r.municipalityId ?? ''));
  const forOptions = [
    { value: '', label: t('followup.reports.wholeArea') },
    ...c.municipalities.map((m) => ({ value: m.organisationId, label: m.organisationName })),
  ].filter((o) => !taken.has(o.value));
  const form = useForm({ body: report?.body ?? '', municipalityId: forOptions[0]?.value ?? '' });
  const [version, setVersion] = useState(report?.version ?? 0);
  const [stale, setStale] = useState<ActivityReport | null>(null);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
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
  // Put the cursor back where the toolbar's edit left it, after React has written the new text.
  useLayoutEffect(() => {
    if (!selection || !ref.current) return;
    ref.current.focus();
    ref.current.setSelectionRange(selection.start, selection.end);
    setSelection(null);
  }, [selection]);
  const format = (f: Format) => {
    const el = ref.current;
    const start = el?.selectionStart ?? form.values.body.length;
    const end = el?.selectionEnd ?? start;
    const next = applyFormat(form.values.body, start, end, f);
    form.set('body', next.text);
    setSelection({ start: next.start, end: next.end });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (report) {
      const body = form.validate(UpdateReport, { body: form.values.body, version });
      if (body) save.mutate({ method: 'PATCH', path: `/reports/${report.id}`, body });
    } else {
      const body = form.validate(CreateReport, {
        areaCode,
        municipalityId: form.values.municipalityId || null,
        body: form.values.body,
      });
      if (body) save.mutate({ method: 'POST', path: '/reports', body });
    }
  };
  const toolbar = (
    <Toolbar
      aria-label={t('followup.reports.toolbar')}
      aria-controls={textareaId}
      mb={6}
      mt={4}
      size="sm"
      style={{ flexWrap: 'wrap' }}
    >
      {formats.map((f) => (
        <Toolbar.Toggle
          key={f}
          autoWidth
          aria-label={t(`followup.reports.format.${f}Label`)}
          onClick={() => format(f)}
          px="xs"
        >
          {t(`followup.reports.format.${f}`)}
        </Toolbar.Toggle>
      ))}
    </Toolbar>
  );
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
            fields={[{ key: 'body', label: t('followup.reports.body'), theirs: stale.body, yours: form.values.body }]}
            onUseTheirs={() => {
              form.set('body', stale.body);
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
        <Box
          style={{
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 320px), 1fr))',
            gap: 'var(--mantine-spacing-md)',
          }}
        >
          <div>
            <Textarea
              id={textareaId}
              ref={ref}
              label={t('followup.reports.body')}
              description={t('followup.reports.bodyHint')}
              required
              autosize
              minRows={10}
              maxRows={30}
              maxLength={limits.report}
              inputContainer={(input) => (
                <>
                  {toolbar}
                  {input}
                </>
              )}
              {...form.text('body')}
            />
          </div>
          <Paper withBorder p="sm" component="section" aria-label={t('followup.reports.preview')}>
            <Title order={4} size="h6" mb="xs">
              {t('followup.reports.preview')}
            </Title>
            {form.values.body.trim() ? (
              <RichText source={form.values.body} headingLevel={5} />
            ) : (
              <Text size="sm">{t('followup.reports.previewEmpty')}</Text>
            )}
          </Paper>
        </Box>
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
