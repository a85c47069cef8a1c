import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../format';
import { DataTable, ListPage, pageOf, type Column } from '../../kit';
import { useAgreementPage, type Overview } from './queries';
import { AgreementStatusBadge, Deadline, periodText, SOON_DAYS } from './shared';

/** All the county's agreements in one table, the next notice deadline first (the server sorts). */
export function AgreementList() {
  const { t } = useTranslation();
  const q = useAgreementPage();
  const rows = q.data?.items;
  const year = rows?.[0]?.thisYear.year ?? new Date().getFullYear();
  const columns: Column<Overview>[] = [
    {
      id: 'party',
      header: t('agreements.cols.party'),
      rowHeader: true,
      sortValue: (a) => a.party.name,
      cell: (a) => (
        <>
          <Anchor component={Link} to={`/agreements/${a.id}`} fw={500}>
            {a.party.name}
          </Anchor>
          <Text size="sm" fw={400}>
            {a.title}
          </Text>
        </>
      ),
    },
    { id: 'status', header: t('agreements.cols.status'), cell: (a) => <AgreementStatusBadge status={a.status} /> },
    {
      id: 'period',
      header: t('agreements.cols.currentPeriod'),
      sortValue: (a) => a.currentPeriod?.start,
      cell: (a) => periodText(a.currentPeriod),
    },
    {
      id: 'deadline',
      header: t('agreements.cols.noticeDeadline'),
      sortValue: (a) => a.nextNoticeDeadline,
      cell: (a) => <Deadline date={a.nextNoticeDeadline} />,
    },
    {
      id: 'thisYear',
      header: t('agreements.cols.thisYear', { year }),
      align: 'right',
      sortValue: (a) => a.thisYear.amountOre,
      cell: (a) =>
        a.thisYear.amountOre != null ? (
          <span style={{ whiteSpace: 'nowrap' }}>{formatMoney(a.thisYear.amountOre)}</span>
        ) : (
          t('agreements.cannotCompute')
        ),
    },
    {
      id: 'disputes',
      header: t('agreements.cols.openDisputes'),
      align: 'right',
      sortValue: (a) => a.openDisputes,
      cell: (a) => a.openDisputes,
    },
  ];
  return (
    <ListPage title={t('agreements.title')} description={t('agreements.intro', { days: SOON_DAYS })}>
      <DataTable
        {...pageOf(q)}
        caption={t('agreements.tableCaption', { count: rows?.length ?? 0 })}
        captionHidden={false}
        showCount={false}
        columns={columns}
        rowKey={(a) => a.id}
        empty={t('agreements.empty')}
      />
    </ListPage>
  );
}
