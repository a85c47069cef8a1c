import { Alert, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { recordRoute } from '../../../kit';
import { FieldList } from '../../../components/FieldList';
import { formatDate, formatDateTime, formatNumber } from '../../../format';
import { importLinks, useImport, type Import } from './queries';
import { ImportProgress, ImportStatusBadge, useImportError } from './shared';

function ImportBody({ record: i }: { record: Import }) {
  const { t } = useTranslation();
  const errorText = useImportError();
  const running = i.status === 'queued' || i.status === 'running';
  const none = t('statisticsImports.none');
  return (
    <Stack gap="md">
      <Group gap="sm" aria-live="polite">
        <ImportStatusBadge status={i.status} />
        <ImportProgress i={i} />
      </Group>
      {running && <Text size="sm">{t('statisticsImports.detail.polling')}</Text>}
      {i.demo && <Text size="sm">{t('statisticsImports.detail.demo')}</Text>}
      {i.error && (
        <Alert color="red.9" variant="outline" title={t('statisticsImports.detail.failedTitle')} role="alert">
          <Text size="sm">{errorText(i.error)}</Text>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {i.error.message}
          </Text>
          {i.status === 'failed' && <Text size="sm">{t('statisticsImports.detail.failedRetry')}</Text>}
        </Alert>
      )}
      <FieldList
        items={[
          { label: t('statisticsImports.cols.source'), value: t(`statisticsImports.sources.${i.kind}`) },
          { label: t('statisticsImports.detail.kpis'), value: i.kpiIds.join(', ') },
          { label: t('statisticsImports.detail.years'), value: i.years.join(', ') || none },
          {
            label: t('statisticsImports.detail.areas'),
            value: i.areas === 'county' ? t('statisticsImports.detail.county') : i.areaCodes.join(', '),
          },
          { label: t('statisticsImports.detail.fromDate'), value: i.fromDate ? formatDate(i.fromDate) : none },
          { label: t('statisticsImports.detail.rowsWritten'), value: formatNumber(i.rowsWritten) },
          { label: t('statisticsImports.detail.rowsDeleted'), value: formatNumber(i.rowsDeleted) },
          { label: t('statisticsImports.detail.attempts'), value: formatNumber(i.attempts) },
          { label: t('statisticsImports.detail.created'), value: formatDateTime(i.createdAt) },
          { label: t('statisticsImports.cols.started'), value: i.startedAt ? formatDateTime(i.startedAt) : none },
          { label: t('statisticsImports.cols.finished'), value: i.finishedAt ? formatDateTime(i.finishedAt) : none },
        ]}
      />
    </Stack>
  );
}

/** One import: what was asked, how far it got (polled while queued or running), and how it ended. */
export const ImportPage = recordRoute(useImport, ImportBody, {
  title: (i, t) =>
    t('statisticsImports.detail.title', { source: t(`statisticsImports.sources.${i.kind}`), what: i.what }),
  back: { to: importLinks.list(), label: 'statisticsImports.detail.back' },
});
