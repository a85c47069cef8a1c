import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { col, columnSet, CountedListPage } from '../../kit';
import { agreementLinks, useTemplatePage, type Template } from './queries';

/** The county's agreement templates; "new" when the list's abilities allow. */
export function TemplateList() {
  const { t } = useTranslation();
  const q = useTemplatePage();
  const header = (id: string) => t(`agreementTemplates.cols.${id}`);
  const columns = [
    col.link<Template>(
      'title',
      header('title'),
      (x) => x.terms.title,
      (x) => agreementLinks.template(x.id),
    ),
    ...columnSet<Template>(header, {
      organisation: { sortValue: (x) => x.organisationName, cell: (x) => x.organisationName },
      validity: {
        sortValue: (x) => x.terms.validFrom,
        cell: (x) => `${formatDate(x.terms.validFrom)} – ${formatDate(x.terms.validTo)}`,
      },
      versions: {
        align: 'right',
        sortValue: (x) => x.versions.length,
        cell: (x) => (x.versions.length === 0 ? t('agreementTemplates.notIssued') : x.versions.length),
      },
      agreements: { align: 'right', sortValue: (x) => x.agreementCount, cell: (x) => x.agreementCount },
    }),
  ];
  const create = { label: t('agreementTemplates.new'), to: agreementLinks.newTemplate, can: q.data?.abilities.create };
  return <CountedListPage ns="agreementTemplates" query={q} columns={columns} actions={[create]} />;
}
