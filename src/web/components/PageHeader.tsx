import { Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The page's one h1; it also names the browser tab. */
export function PageHeader({
  title,
  description,
  actions,
  above,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  above?: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <Stack gap="xs" mb="lg">
      {above}
      <Group justify="space-between" align="flex-start" gap="sm">
        <Title
          order={1}
          tabIndex={-1}
          id="page-title"
          style={{ outlineOffset: 4, overflowWrap: 'anywhere', hyphens: 'auto', minWidth: 0 }}
        >
          {title}
        </Title>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
      {description && <Text maw={760}>{description}</Text>}
    </Stack>
  );
}

export function useDocumentTitle(title: string) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} – ${t('app.titleSuffix')}` : t('app.titleSuffix');
  }, [title, t]);
}
