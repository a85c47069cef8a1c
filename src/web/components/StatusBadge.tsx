import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Archived or active, in words (never colour alone). */
export function StatusBadge({ archived }: { archived: boolean }) {
  const { t } = useTranslation();
  return archived ? (
    <Badge color="gray.8" variant="outline">
      {t('common.archived')}
    </Badge>
  ) : (
    <Badge color="#1d6b34" variant="outline">
      {t('common.active')}
    </Badge>
  );
}
