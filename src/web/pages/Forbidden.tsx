import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/PageHeader';

export function Forbidden() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('forbidden.title')} />
      <Text>{t('forbidden.text')}</Text>
    </>
  );
}
