import { Anchor, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll';
import { useEnum } from '../../i18n/useEnum';
import { useLocalText } from '../frameworks/queries';
import { GOAL_CODES, SDG_COLORS, useSdgGoals } from './goals';
import type { Overview } from './queries';
import { tallyText } from './tally';

/** Initiatives × the 17 goals, open conflicts, overdue actions and assessment status. */
export function OverviewMatrix({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const label = useEnum();
  const local = useLocalText();
  const goals = useSdgGoals();
  const caption = t('programmes.overview.caption', { name: overview.programme.name });
  return (
    <>
      <Text size="sm" mb="xs">
        {t('programmes.overview.legend')}
      </Text>
      <TableScroll minWidth={1180} label={caption}>
        <Table withTableBorder withColumnBorders fz="sm" className="overview-matrix">
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('initiatives.one')}</Table.Th>
              {GOAL_CODES.map((g) => (
                <Table.Th
                  scope="col"
                  key={g}
                  ta="center"
                  style={{ borderTop: `6px solid ${SDG_COLORS[g]}`, minWidth: 44 }}
                  title={local(goals.get(g)?.name)}
                >
                  <span aria-hidden="true">{g}</span>
                  <VisuallyHidden>
                    {t('programmes.overview.goal', { code: g, name: local(goals.get(g)?.name) })}
                  </VisuallyHidden>
                </Table.Th>
              ))}
              <Table.Th scope="col">{t('programmes.overview.openConflicts')}</Table.Th>
              <Table.Th scope="col">{t('programmes.overview.overdueActions')}</Table.Th>
              <Table.Th scope="col">{t('programmes.overview.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {overview.rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={21}>{t('initiatives.empty')}</Table.Td>
              </Table.Tr>
            )}
            {overview.rows.map((r) => (
              <Table.Tr key={r.initiativeId}>
                <Table.Th scope="row" fw={500} style={{ minWidth: 200 }}>
                  <Anchor component={Link} to={`/initiatives/${r.initiativeId}`}>
                    {r.name}
                  </Anchor>
                </Table.Th>
                {GOAL_CODES.map((g) => (
                  <Table.Td key={g} ta="center" style={{ whiteSpace: 'nowrap' }}>
                    {tallyText(r.goals.find((x) => x.goal === g))}
                  </Table.Td>
                ))}
                <Table.Td ta="center">{r.openConflicts}</Table.Td>
                <Table.Td ta="center" style={{ whiteSpace: 'nowrap' }}>
                  {r.overdueActions > 0 ? (
                    <Text span fw={700} c="red.9" size="sm">
                      <span aria-hidden="true">⚠ </span>
                      {t('programmes.overview.overdueCount', { count: r.overdueActions })}
                    </Text>
                  ) : (
                    '0'
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {r.assessment ? (
                    <Anchor component={Link} to={`/assessments/${r.assessment.id}`}>
                      {t('programmes.overview.round', {
                        number: r.assessment.number,
                        status: label('assessmentStatus', r.assessment.status),
                      })}
                    </Anchor>
                  ) : (
                    t('programmes.overview.notAssessed')
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </>
  );
}
