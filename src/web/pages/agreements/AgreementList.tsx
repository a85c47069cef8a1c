import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { TableScroll } from '../../components/TableScroll';
import { formatMoney } from '../../format';
import { useAgreements } from './queries';
import { AgreementStatusBadge, Deadline, periodText, SOON_DAYS } from './shared';

/** All the county's agreements in one table, the next notice deadline first (the server sorts). */
export function AgreementList() {
  const { t } = useTranslation();
  const q = useAgreements();
  const year = q.data?.[0]?.thisYear.year ?? new Date().getFullYear();
  const caption = t('agreements.tableCaption', { count: q.data?.length ?? 0 });
  return (
    <>
      <PageHeader title={t('agreements.title')} description={t('agreements.intro', { days: SOON_DAYS })} />
      <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      {q.isPending && <Loading />}
      {q.data && q.data.length === 0 && <Text>{t('agreements.empty')}</Text>}
      {q.data && q.data.length > 0 && (
        <TableScroll minWidth={960} label={t('agreements.title')}>
          <Table striped highlightOnHover>
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('agreements.cols.party')}</Table.Th>
                <Table.Th scope="col">{t('agreements.cols.status')}</Table.Th>
                <Table.Th scope="col">{t('agreements.cols.currentPeriod')}</Table.Th>
                <Table.Th scope="col">{t('agreements.cols.noticeDeadline')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('agreements.cols.thisYear', { year })}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('agreements.cols.openDisputes')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={`/agreements/${a.id}`}>
                      {a.party.name}
                    </Anchor>
                    <Text size="sm" fw={400}>
                      {a.title}
                    </Text>
                  </Table.Th>
                  <Table.Td>
                    <AgreementStatusBadge status={a.status} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{periodText(a.currentPeriod)}</Table.Td>
                  <Table.Td>
                    <Deadline date={a.nextNoticeDeadline} />
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {a.thisYear.amountOre != null ? formatMoney(a.thisYear.amountOre) : t('agreements.cannotCompute')}
                  </Table.Td>
                  <Table.Td ta="right">{a.openDisputes}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </>
  );
}
