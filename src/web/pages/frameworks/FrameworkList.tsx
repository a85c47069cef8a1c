import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { frameworkKinds, type Framework } from '../../../goals/contract';
import { useSearchState } from '../../components/useSearchState';
import { useEnum } from '../../i18n/useEnum';
import { col, RegisterList } from '../../kit';
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
  const kind = t('frameworks.fields.kind');
  const version = (fw: Framework) => {
    const v = shownVersion(fw);
    return v ? `${v.number} (${label('versionStatus', v.status)})` : t('common.none');
  };
  const owner = (fw: Framework) =>
    fw.builtin ? t('frameworks.builtin') : (fw.ownerOrganisationName ?? t('frameworks.userDefined'));
  return (
    <RegisterList<Framework, 'kind'>
      ns="frameworks"
      state={[f, setF]}
      query={q}
      description={t('frameworks.intro')}
      searchLabel={t('common.search')}
      actions={[{ label: t('frameworks.import'), onClick: open, variant: 'outline', can: q.data?.abilities.create }]}
      filter={{
        key: 'kind',
        label: kind,
        all: t('common.allTypes'),
        choices: frameworkKinds.map((k) => ({ value: k, label: label('frameworkKind', k) })),
      }}
      sortBy={null}
      statusColumn={false}
      columns={[
        col.link(
          'name',
          t('frameworks.fields.name'),
          (fw) => local(fw.name),
          (fw) => `/frameworks/${fw.id}`,
        ),
        col.value('kind', kind, (fw) => label('frameworkKind', fw.kind)),
        col.value('owner', t('frameworks.owner'), owner, { sort: false }),
        col.value('version', t('frameworks.fields.currentVersion'), version, { sort: false }),
        col.value('items', t('frameworks.fields.items'), (fw) => shownVersion(fw)?.itemCount ?? 0, { align: 'right' }),
      ]}
    >
      <ImportDialog opened={importing} onClose={close} />
    </RegisterList>
  );
}
