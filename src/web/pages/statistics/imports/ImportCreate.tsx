import { Tabs } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ListPage } from '../../../kit';
import { KoladaForm } from './KoladaForm';
import { ScbForm } from './ScbForm';
import { UploadForm } from './UploadForm';
import { importKeys, importLinks, type Import } from './queries';

/** Start an import three ways: Kolada (search and pick KPIs), SCB (a table and its variables), a file. */
export function ImportCreate() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const started = async (i: Import) => {
    await qc.invalidateQueries({ queryKey: importKeys.all });
    void navigate(importLinks.one(i.id));
  };
  return (
    <ListPage title={t('statisticsImports.create.title')} description={t('statisticsImports.create.intro')}>
      <Tabs defaultValue="kolada" keepMounted={false}>
        <Tabs.List aria-label={t('statisticsImports.create.method')}>
          <Tabs.Tab value="kolada">{t('statisticsImports.create.kolada')}</Tabs.Tab>
          <Tabs.Tab value="scb">{t('statisticsImports.create.scb')}</Tabs.Tab>
          <Tabs.Tab value="upload">{t('statisticsImports.create.upload')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="kolada" pt="md">
          <KoladaForm onStarted={started} />
        </Tabs.Panel>
        <Tabs.Panel value="scb" pt="md">
          <ScbForm onStarted={started} />
        </Tabs.Panel>
        <Tabs.Panel value="upload" pt="md">
          <UploadForm onStarted={started} />
        </Tabs.Panel>
      </Tabs>
    </ListPage>
  );
}
