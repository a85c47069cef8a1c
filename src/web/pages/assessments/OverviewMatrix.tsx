import { Text } from '@mantine/core';

import { useTranslation } from 'react-i18next';
import { useEnum } from '../../i18n/useEnum';
import { DataTable, col, type Column, RecordLink } from '../../kit';
import { GOAL_CODES } from './goals';
import type { Overview } from './queries';
import { tallyText } from './tally';

type Row = Overview['rows'][number];
const initiativePath = (r: Row) => `/initiatives/${r.initiativeId}`;

/**
 * The initiatives of a programme: assessment status, open conflicts, overdue actions and the impact on
 * each Agenda 2030 goal it rated (one column, "Mål 7 +1 · Mål 11 −1"), so the table fits a desktop
 * without scrolling and becomes cards on a phone (issue 10 item 10).
 */
export function OverviewMatrix({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const label = useEnum();
  const columns: Column<Row>[] = [
    col.link('name', t('initiatives.one'), (r) => r.name, initiativePath),
    {
      id: 'status',
      header: t('programmes.overview.status'),
      cell: (r) =>
        r.assessment ? (
          <RecordLink to={`/assessments/${r.assessment.id}`}>
            {t('programmes.overview.round', {
              number: r.assessment.number,
              status: label('assessmentStatus', r.assessment.status),
            })}
          </RecordLink>
        ) : (
          t('programmes.overview.notAssessed')
        ),
    },
    {
      id: 'conflicts',
      header: t('programmes.overview.openConflicts'),
      align: 'right',
      sortValue: (r) => r.openConflicts,
      cell: (r) => r.openConflicts,
    },
    {
      id: 'overdue',
      header: t('programmes.overview.overdueActions'),
      align: 'right',
      sortValue: (r) => r.overdueActions,
      cell: (r) =>
        r.overdueActions > 0 ? (
          <Text span fw={700} c="red.9" size="sm" style={{ whiteSpace: 'nowrap' }}>
            <span aria-hidden="true">⚠ </span>
            {t('programmes.overview.overdueCount', { count: r.overdueActions })}
          </Text>
        ) : (
          '0'
        ),
    },
    {
      id: 'goals',
      header: t('programmes.overview.goals'),
      cell: (r) => {
        const rated = GOAL_CODES.flatMap((g) => {
          const tally = r.goals.find((x) => x.goal === g);
          return tally && tally.positive + tally.negative + tally.unknown > 0
            ? [`${t('programmes.overview.goalShort', { code: g })} ${tallyText(tally)}`]
            : [];
        });
        return rated.length ? rated.join(' · ') : '–';
      },
    },
  ];
  return (
    <>
      <Text size="sm" mb="xs">
        {t('programmes.overview.goalsLegend')}
      </Text>
      <DataTable
        caption={t('programmes.overview.caption', { name: overview.programme.name })}
        columns={columns}
        rows={overview.rows}
        rowKey={(r) => r.initiativeId}
        empty={t('initiatives.empty')}
      />
    </>
  );
}
