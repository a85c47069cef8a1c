import { Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { formatDateTime } from '../../format';
import { FollowupErrorAlert } from './errors';
import { useSave } from '../../kit';
import { followupApi, followupKeys, type ActivityReport, type Cycle } from './queries';
import { ReportEditor } from './ReportEditor';
import { RichText } from './RichText';
import { FollowupStatusBadge, DoneNote } from './shared';

const order = (a: ActivityReport, b: ActivityReport) =>
  (a.municipalityName ?? '').localeCompare(b.municipalityName ?? '', 'sv');

/** The activity reports per area of the agreements, written as drafts and published to the municipalities together. */
export function ReportsTab({ cycle: c }: { cycle: Cycle }) {
  const { t } = useTranslation();
  const idBase = useId();
  const [editing, setEditing] = useState<string | null>(null);
  const [published, setPublished] = useState<number | null>(null);
  const mayWrite = c.abilities.update && c.status !== 'decided';
  const drafts = c.reports.filter((r) => r.status === 'draft').length;
  const publish = useSave({
    send: (x: Cycle) => followupApi.publishReports(x),
    invalidate: [followupKeys.all],
    onSaved: () => setPublished(drafts),
  });
  return (
    <>
      {mayWrite && (
        <Paper withBorder p="sm" mb="md">
          <Text size="sm" mb="xs">
            {drafts > 0 ? t('followup.reports.draftsWaiting', { count: drafts }) : t('followup.reports.noDrafts')}
          </Text>
          <Group gap="sm">
            <ConfirmButton
              label={t('followup.reports.publish')}
              title={t('followup.reports.publishTitle')}
              message={t('followup.reports.publishMessage', { count: drafts })}
              disabled={drafts === 0}
              loading={publish.pending}
              onConfirm={() => publish.submit(c)}
            />
            <DoneNote text={published !== null && t('followup.reports.publishedNow', { count: published })} />
          </Group>
          <FollowupErrorAlert error={publish.error} />
        </Paper>
      )}
      <Stack gap="md">
        {c.areas.map((area, i) => {
          const reports = c.reports.filter((r) => r.areaCode === area.code).sort(order);
          return (
            <Paper key={area.code} withBorder p="md" component="section" aria-labelledby={`${idBase}-area-${i}`}>
              <Title order={3} size="h4" id={`${idBase}-area-${i}`} mb="sm">
                {area.name}
              </Title>
              {reports.length === 0 && editing !== `new:${area.code}` && (
                <Text mb="sm">{t('followup.reports.none')}</Text>
              )}
              <Stack gap="md">
                {reports.map((r) =>
                  editing === r.id ? (
                    <ReportEditor
                      key={r.id}
                      cycle={c}
                      areaCode={area.code}
                      report={r}
                      onDone={() => setEditing(null)}
                    />
                  ) : (
                    <ReportView
                      key={r.id}
                      report={r}
                      mayEdit={mayWrite && r.status === 'draft'}
                      onEdit={() => setEditing(r.id)}
                    />
                  ),
                )}
                {editing === `new:${area.code}` && (
                  <ReportEditor cycle={c} areaCode={area.code} onDone={() => setEditing(null)} />
                )}
              </Stack>
              {mayWrite && editing !== `new:${area.code}` && reports.length < c.municipalities.length + 1 && (
                <Button
                  variant="outline"
                  mt="sm"
                  onClick={() => setEditing(`new:${area.code}`)}
                  aria-label={t('followup.reports.writeNamed', { area: area.name })}
                >
                  {t('followup.reports.write')}
                </Button>
              )}
            </Paper>
          );
        })}
      </Stack>
    </>
  );
}

function ReportView({ report: r, mayEdit, onEdit }: { report: ActivityReport; mayEdit: boolean; onEdit: () => void }) {
  const { t } = useTranslation();
  const who = r.municipalityName ?? t('followup.reports.wholeArea');
  return (
    <article aria-label={t('followup.reports.articleLabel', { area: r.areaName, who })}>
      <Group gap="xs" mb={4} justify="space-between" align="flex-start">
        <Group gap="xs">
          <Title order={4} size="h5">
            {who}
          </Title>
          <FollowupStatusBadge status={r.status} />
          {r.publishedAt && (
            <Text size="sm">{t('followup.reports.publishedAt', { date: formatDateTime(r.publishedAt) })}</Text>
          )}
        </Group>
        {mayEdit && (
          <Button
            variant="outline"
            size="xs"
            onClick={onEdit}
            aria-label={t('followup.reports.editNamed', { area: r.areaName, who })}
          >
            {t('common.edit')}
          </Button>
        )}
      </Group>
      <Box pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-4)' }}>
        <RichText source={r.body} headingLevel={5} />
      </Box>
    </article>
  );
}
