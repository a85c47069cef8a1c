import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { DataTable, ListPage, pageOf, type Column } from '../../kit';
import { useTemplatePage, type Template } from './queries';

/** The county's agreement templates; "new" when the list's abilities allow. */
export function TemplateList() {
  const { t } = useTranslation();
  const q = useTemplatePage();
  const columns: Column<Template>[] = [
    {
      id: 'title',
      header: t('agreementTemplates.cols.title'),
      rowHeader: true,
      sortValue: (x) => x.terms.title,
      cell: (x) => (
        <Anchor component={Link} to={`/agreement-templates/${x.id}`}>
          {x.terms.title}
        </Anchor>
      ),
    },
    {
      id: 'organisation',
      header: t('agreementTemplates.cols.organisation'),
      sortValue: (x) => x.organisationName,
      cell: (x) => x.organisationName,
    },
    {
      id: 'validity',
      header: t('agreementTemplates.cols.validity'),
      sortValue: (x) => x.terms.validFrom,
      cell: (x) => `${formatDate(x.terms.validFrom)} – ${formatDate(x.terms.validTo)}`,
    },
    {
      id: 'versions',
      header: t('agreementTemplates.cols.versions'),
      align: 'right',
      sortValue: (x) => x.versions.length,
      cell: (x) => (x.versions.length === 0 ? t('agreementTemplates.notIssued') : x.versions.length),
    },
    {
      id: 'agreements',
      header: t('agreementTemplates.cols.agreements'),
      align: 'right',
      sortValue: (x) => x.agreementCount,
      cell: (x) => x.agreementCount,
    },
  ];
  return (
    <ListPage
      title={t('agreementTemplates.title')}
      description={t('agreementTemplates.intro')}
      actions={[{ label: t('agreementTemplates.new'), to: '/agreement-templates/new', can: q.data?.abilities.create }]}
    >
      <DataTable
        {...pageOf(q)}
        caption={t('agreementTemplates.tableCaption', { count: q.data?.total ?? 0 })}
        captionHidden={false}
        showCount={false}
        columns={columns}
        rowKey={(x) => x.id}
        empty={t('agreementTemplates.empty')}
      />
    </ListPage>
  );
}
