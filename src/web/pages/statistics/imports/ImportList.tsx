import { Anchor, Badge, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { columnSet, CountedListPage } from '../../../kit';
import { formatDateTime, formatNumber } from '../../../format';
import { importLinks, useImports, type Import } from './queries';
import { ImportProgress, ImportStatusBadge, useImportError } from './shared';

/** The county's imports of figures, newest first; polled while one of them is queued or running. */
export function ImportList() {
  const { t } = useTranslation();
  const errorText = useImportError();
  const q = useImports();
  const columns = columnSet<Import>((id) => t(`statisticsImports.cols.${id}`), {
    what: {
      rowHeader: true,
      cell: (i) => (
        <Stack gap={2} align="flex-start">
          <Anchor component={Link} to={importLinks.one(i.id)} fw={500} style={{ overflowWrap: 'anywhere' }}>
            {i.what}
          </Anchor>
          {i.demo && (
            <Badge variant="outline" color="gray.8" size="sm">
              {t('statisticsImports.demo')}
            </Badge>
          )}
          {i.scheduled && (
            <Badge variant="outline" color="gray.8" size="sm">
              {t('statisticsImports.scheduled')}
            </Badge>
          )}
        </Stack>
      ),
    },
    source: (i) => t(`statisticsImports.sources.${i.kind}`),
    status: (i) => <ImportStatusBadge status={i.status} />,
    progress: (i) => <ImportProgress i={i} />,
    rows: { align: 'right', cell: (i) => formatNumber(i.rowsWritten) },
    started: (i) => (i.startedAt ? formatDateTime(i.startedAt) : t('statisticsImports.none')),
    finished: (i) => (i.finishedAt ? formatDateTime(i.finishedAt) : t('statisticsImports.none')),
    error: (i) =>
      i.error ? (
        <Text size="sm" c="red.9" style={{ overflowWrap: 'anywhere' }}>
          {errorText(i.error)}
        </Text>
      ) : (
        t('statisticsImports.none')
      ),
  });
  return (
    <CountedListPage
      ns="statisticsImports"
      query={q}
      columns={columns}
      actions={[{ label: t('statisticsImports.new'), to: importLinks.create(), can: q.data?.abilities.create }]}
    />
  );
}
