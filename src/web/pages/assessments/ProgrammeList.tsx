import { Anchor, Button, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { TableScroll } from '../../components/TableScroll';
import { useCan } from '../../permissions';
import { useMe } from '../../session';
import { useLocalText } from '../frameworks/queries';
import { useProgrammes } from './queries';

export function ProgrammeList() {
  const { t } = useTranslation();
  const can = useCan();
  const me = useMe();
  const local = useLocalText();
  const q = useProgrammes();
  const caption = t('programmes.tableCaption');
  return (
    <>
      <PageHeader
        title={t('programmes.title')}
        description={t('programmes.intro')}
        actions={
          can('create', 'assessment', { countyId: me.countyId, organisationId: me.organisationId }) && (
            <Button component={Link} to="/programmes/new">
              {t('programmes.new')}
            </Button>
          )
        }
      />
      <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      {q.isPending && <Loading />}
      {q.data && q.data.length === 0 && <Text>{t('programmes.empty')}</Text>}
      {q.data && q.data.length > 0 && (
        <TableScroll minWidth={760} label={caption}>
          <Table striped highlightOnHover>
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
              {t('programmes.tableCaptionCount', { count: q.data.length })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('programmes.fields.name')}</Table.Th>
                <Table.Th scope="col">{t('programmes.fields.organisation')}</Table.Th>
                <Table.Th scope="col">{t('programmes.fields.rus')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('programmes.fields.initiativeCount')}
                </Table.Th>
                <Table.Th scope="col">{t('programmes.fields.shared')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={`/programmes/${p.id}`}>
                      {p.name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{p.organisationName}</Table.Td>
                  <Table.Td>
                    {p.rusName
                      ? t('programmes.rusOption', { name: local(p.rusName), number: p.rusVersionNumber ?? '' })
                      : t('programmes.noRus')}
                  </Table.Td>
                  <Table.Td ta="right">{p.initiativeCount}</Table.Td>
                  <Table.Td>{p.shared ? t('programmes.shared') : t('programmes.notShared')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </>
  );
}
