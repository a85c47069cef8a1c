import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A choice among many (organisations, people, bodies, goals): type to search, clear, at most 50 shown.
 * `clearLabel` names the clear button for what it empties (e.g. "Ta bort ansvarig person").
 */
export function SearchSelect({ clearLabel, ...props }: SelectProps & { clearLabel?: string }) {
  const { t } = useTranslation();
  return (
    <Select
      searchable
      clearable
      limit={50}
      nothingFoundMessage={t('common.noResults')}
      clearButtonProps={clearLabel ? { 'aria-label': clearLabel } : undefined}
      {...props}
    />
  );
}
