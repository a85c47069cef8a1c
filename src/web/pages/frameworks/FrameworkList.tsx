import { Anchor } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { frameworkKinds, type Framework } from '../../../goals/contract';
import { StatusFilter } from '../../components/FilterBar';
import { useSearchState } from '../../components/useSearchState';
import { useEnum } from '../../i18n/useEnum';
import { ChoiceFilter, DataTable, ListPage, pageOf, type Column } from '../../kit';
import { ImportDialog } from './ImportDialog';
import { useFrameworks, useLocalText } from './queries';

/** The version a list row speaks of: the published one, else the draft. */
const shownVersion = (fw: Framework) => fw.versions.find((v) => v.id === (fw.currentVersionId ?? fw.draftVersionId));

export function FrameworkList() {
  const { t } = useTranslation();
  const label = useEnum();
  const local = useLocalText();
  const [importing, { open, close }] = useDisclosure(false);
  const [f, setF] = useSearchState({ q: '', kind: '', status: 'active' });
  const q = useFrameworks(f);
  const mayCreate = q.data?.abilities.create;

  const columns: Column<Framework>[] = [
    {
      id: 'name',
      header: t('frameworks.fields.name'),
      rowHeader: true,
      sortValue: (fw) => local(fw.name),
      cell: (fw) => (
        <Anchor component={Link} to={`/frameworks/${fw.id}`}>
          {local(fw.name)}
        </Anchor>
      ),
    },
    {
      id: 'kind',
      header: t('frameworks.fields.kind'),
      sortValue: (fw) => label('frameworkKind', fw.kind),
      cell: (fw) => label('frameworkKind', fw.kind),
    },
    {
      id: 'owner',
      header: t('frameworks.owner'),
      cell: (fw) => (fw.builtin ? t('frameworks.builtin') : (fw.ownerOrganisationName ?? t('frameworks.userDefined'))),
    },
    {
      id: 'version',
      header: t('frameworks.fields.currentVersion'),
      cell: (fw) => {
        const v = shownVersion(fw);
        return v ? `${v.number} (${label('versionStatus', v.status)})` : t('common.none');
      },
    },
    {
      id: 'items',
      header: t('frameworks.fields.items'),
      align: 'right',
      sortValue: (fw) => shownVersion(fw)?.itemCount ?? 0,
      cell: (fw) => shownVersion(fw)?.itemCount ?? 0,
    },
  ];

  return (
    <ListPage
      title={t('frameworks.title')}
      description={t('frameworks.intro')}
      actions={[
        { label: t('frameworks.new'), to: '/frameworks/new', can: mayCreate },
        { label: t('frameworks.import'), onClick: open, variant: 'outline', can: mayCreate },
      ]}
      search={{ label: t('common.search'), value: f.q, onChange: (v) => setF('q', v) }}
      filters={
        <>
          <ChoiceFilter
            label={t('frameworks.fields.kind')}
            value={f.kind}
            onChange={(v) => setF('kind', v)}
            all={t('common.allTypes')}
            choices={frameworkKinds.map((k) => ({ value: k, label: label('frameworkKind', k) }))}
          />
          <StatusFilter value={f.status} onChange={(v) => setF('status', v)} />
        </>
      }
    >
      <ImportDialog opened={importing} onClose={close} />
      <DataTable caption={t('frameworks.tableCaption')} columns={columns} {...pageOf(q)} rowKey={(fw) => fw.id} />
    </ListPage>
  );
}
