import { Anchor, Button, NativeSelect, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { frameworkKinds } from '../../../goals/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FilterBar, StatusFilter } from '../../components/FilterBar';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { TableScroll } from '../../components/TableScroll';
import { useSearchState } from '../../components/useSearchState';
import { useEnum } from '../../i18n/useEnum';
import { useCan } from '../../permissions';
import { ImportDialog } from './ImportDialog';
import { useFrameworks, useLocalText } from './queries';

export function FrameworkList() {
  const { t } = useTranslation();
  const label = useEnum();
  const local = useLocalText();
  const can = useCan();
  const [importing, { open, close }] = useDisclosure(false);
  const [f, setF] = useSearchState({ q: '', kind: '', status: 'active' });
  const q = useFrameworks(f);

  return (
    <>
      <PageHeader
        title={t('frameworks.title')}
        description={t('frameworks.intro')}
        actions={
          can('create', 'framework') && (
            <>
              <Button component={Link} to="/frameworks/new">
                {t('frameworks.new')}
              </Button>
              <Button variant="outline" onClick={open}>
                {t('frameworks.import')}
              </Button>
            </>
          )
        }
      />
      <ImportDialog opened={importing} onClose={close} />
      <FilterBar searchLabel={t('common.search')} q={f.q} onSearch={(v) => setF('q', v)}>
        <NativeSelect
          label={t('frameworks.fields.kind')}
          value={f.kind}
          onChange={(e) => setF('kind', e.currentTarget.value)}
          data={[
            { value: '', label: t('common.allTypes') },
            ...frameworkKinds.map((k) => ({ value: k, label: label('frameworkKind', k) })),
          ]}
          style={{ flex: '0 1 240px' }}
        />
        <StatusFilter value={f.status} onChange={(v) => setF('status', v)} />
      </FilterBar>
      <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      {q.isPending && <Loading />}
      {q.data && (
        <>
          <Text role="status" mb="xs" size="sm">
            {t('common.results', { count: q.data.length })}
          </Text>
          <TableScroll minWidth={640} label={t('frameworks.tableCaption')}>
            <Table striped highlightOnHover aria-label={t('frameworks.tableCaption')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('frameworks.fields.name')}</Table.Th>
                  <Table.Th scope="col">{t('frameworks.fields.kind')}</Table.Th>
                  <Table.Th scope="col">{t('frameworks.owner')}</Table.Th>
                  <Table.Th scope="col">{t('frameworks.fields.currentVersion')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('frameworks.fields.items')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {q.data.map((fw) => {
                  const current = fw.versions.find((v) => v.id === (fw.currentVersionId ?? fw.draftVersionId));
                  return (
                    <Table.Tr key={fw.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/frameworks/${fw.id}`}>
                          {local(fw.name)}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{label('frameworkKind', fw.kind)}</Table.Td>
                      <Table.Td>
                        {fw.builtin
                          ? t('frameworks.builtin')
                          : (fw.ownerOrganisationName ?? t('frameworks.userDefined'))}
                      </Table.Td>
                      <Table.Td>
                        {current ? `${current.number} (${label('versionStatus', current.status)})` : t('common.none')}
                      </Table.Td>
                      <Table.Td ta="right">{current?.itemCount ?? 0}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </TableScroll>
          {q.data.length === 0 && <Text mt="sm">{t('common.noResults')}</Text>}
        </>
      )}
    </>
  );
}
