import { Badge, Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Import } from './queries';

const COLOURS: Record<Import['status'], string> = {
  queued: 'gray.8',
  running: 'blue.9',
  done: '#1d6b34',
  failed: 'red.9',
};

/** The import's status in words (never colour alone). */
export function ImportStatusBadge({ status }: { status: Import['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[status]} variant="outline">
      {t(`statisticsImports.statuses.${status}`)}
    </Badge>
  );
}

/** How far it got: "3 av 10" with a bar (the bar is decoration; the words say it). */
export function ImportProgress({ i }: { i: Import }) {
  const { t } = useTranslation();
  const { done, total } = i.progress;
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress value={total ? (100 * done) / total : 0} w={60} aria-hidden />
      <Text size="sm">{t('statisticsImports.progressOf', { done, total })}</Text>
    </Group>
  );
}

/** An import's error in words, by its code (e.g. "finns inte i Kolada"); the server's message otherwise. */
export function useImportError() {
  const { t, i18n } = useTranslation();
  return (error: NonNullable<Import['error']>) => {
    const key = `errors.${error.code}`;
    return i18n.exists(key) && typeof t(key, { returnObjects: true }) === 'string' ? t(key) : error.message;
  };
}
