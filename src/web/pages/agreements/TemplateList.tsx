import { Anchor, Button, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { TableScroll } from '../../components/TableScroll';
import { formatDate } from '../../format';
import { useCan } from '../../permissions';
import { useMe } from '../../session';
import { useTemplates } from './queries';

export function TemplateList() {
  const { t } = useTranslation();
  const can = useCan();
  const me = useMe();
  const q = useTemplates();
  return (
    <>
      <PageHeader
        title={t('agreementTemplates.title')}
        description={t('agreementTemplates.intro')}
        actions={
          can('create', 'agreement', { countyId: me.countyId, organisationId: me.organisationId }) && (
            <Button component={Link} to="/agreement-templates/new">
              {t('agreementTemplates.new')}
            </Button>
          )
        }
      />
      <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      {q.isPending && <Loading />}
      {q.data && q.data.length === 0 && <Text>{t('agreementTemplates.empty')}</Text>}
      {q.data && q.data.length > 0 && (
        <TableScroll minWidth={760} label={t('agreementTemplates.title')}>
          <Table striped highlightOnHover>
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
              {t('agreementTemplates.tableCaption', { count: q.data.length })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('agreementTemplates.cols.title')}</Table.Th>
                <Table.Th scope="col">{t('agreementTemplates.cols.organisation')}</Table.Th>
                <Table.Th scope="col">{t('agreementTemplates.cols.validity')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('agreementTemplates.cols.versions')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('agreementTemplates.cols.agreements')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.map((x) => (
                <Table.Tr key={x.id}>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={`/agreement-templates/${x.id}`}>
                      {x.terms.title}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{x.organisationName}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(x.terms.validFrom)} – {formatDate(x.terms.validTo)}
                  </Table.Td>
                  <Table.Td ta="right">
                    {x.versions.length === 0 ? t('agreementTemplates.notIssued') : x.versions.length}
                  </Table.Td>
                  <Table.Td ta="right">{x.agreementCount}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </>
  );
}
