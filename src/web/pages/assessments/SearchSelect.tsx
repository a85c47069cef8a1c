import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A choice among many (organisations, people, bodies, goals): type to search, clear, at most 50 shown. */
export function SearchSelect(props: SelectProps) {
  const { t } = useTranslation();
  return <Select searchable clearable limit={50} nothingFoundMessage={t('common.noResults')} {...props} />;
}
