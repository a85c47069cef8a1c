import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../format';
import { columnSet, CountedListPage } from '../../kit';
import { agreementLinks, useAgreementPage, type Overview } from './queries';
import { AgreementStatusBadge, Deadline, periodText, SOON_DAYS } from './shared';

/** All the county's agreements in one table, the next notice deadline first (the server sorts). */
export function AgreementList() {
  const { t } = useTranslation();
  const q = useAgreementPage();
  const year = q.data?.items[0]?.thisYear.year ?? new Date().getFullYear();
  const columns = columnSet<Overview>((id) => t(`agreements.cols.${id}`), {
    party: {
      rowHeader: true,
      sortValue: (a) => a.party.name,
      cell: (a) => (
        <>
          <Anchor component={Link} to={agreementLinks.agreement(a.id)} fw={500}>
            {a.party.name}
          </Anchor>
          <Text size="sm" fw={400}>
            {a.title}
          </Text>
        </>
      ),
    },
    status: (a) => <AgreementStatusBadge status={a.status} />,
    currentPeriod: { sortValue: (a) => a.currentPeriod?.start, cell: (a) => periodText(a.currentPeriod) },
    noticeDeadline: { sortValue: (a) => a.nextNoticeDeadline, cell: (a) => <Deadline date={a.nextNoticeDeadline} /> },
    thisYear: {
      header: t('agreements.cols.thisYear', { year }),
      align: 'right',
      sortValue: (a) => a.thisYear.amountOre,
      cell: (a) =>
        a.thisYear.amountOre == null ? (
          t('agreements.cannotCompute')
        ) : (
          <span style={{ whiteSpace: 'nowrap' }}>{formatMoney(a.thisYear.amountOre)}</span>
        ),
    },
    openDisputes: { align: 'right', sortValue: (a) => a.openDisputes, cell: (a) => a.openDisputes },
  });
  return (
    <CountedListPage
      ns="agreements"
      query={q}
      columns={columns}
      description={t('agreements.intro', { days: SOON_DAYS })}
    />
  );
}
