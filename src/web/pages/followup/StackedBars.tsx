import { Box, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll';
import { formatNumber } from '../../format';

export interface Category {
  code: string;
  label: string;
  color: string;
}
export interface BarRow {
  key: string;
  label: string;
  answered: number;
  counts: { code: string; count: number; percent: number }[];
}

const LABEL = 20;
const BAR = 26;
const GAP = 12;
const pct = (n: number) => `${formatNumber(Math.round(n * 10) / 10)} %`;

/**
 * Answers on a scale as horizontal stacked bars, one per row (a year, a body), with the row's name
 * and the counts written on the chart. Percent positions keep the text its real size on a phone.
 * The image has a text alternative, and the same figures follow in a table.
 */
export function StackedBars({
  title,
  rowHeader,
  categories,
  rows,
}: {
  title: string;
  rowHeader: string;
  categories: Category[];
  rows: BarRow[];
}) {
  const { t } = useTranslation();
  const of = (r: BarRow, code: string) => r.counts.find((c) => c.code === code) ?? { code, count: 0, percent: 0 };
  const summary = `${title}. ${rows
    .map((r) =>
      r.answered === 0
        ? t('followup.chart.rowEmpty', { label: r.label })
        : t('followup.chart.row', {
            label: r.label,
            answered: r.answered,
            parts: categories.map((c) => `${c.label} ${of(r, c.code).count}`).join(', '),
          }),
    )
    .join(' ')}`;
  const height = rows.length * (LABEL + BAR + GAP);
  return (
    <Box mb="md">
      <svg
        role="img"
        aria-label={summary}
        width="100%"
        height={height}
        style={{ display: 'block', maxWidth: 720, overflow: 'visible' }}
      >
        {rows.map((r, i) => {
          const y = i * (LABEL + BAR + GAP);
          let x = 0;
          return (
            <g key={r.key}>
              <text x={0} y={y + 14} fontSize={14} fontWeight={600} fill="#1f1f1f">
                {t('followup.chart.rowLabel', { label: r.label, count: r.answered })}
              </text>
              {r.answered === 0 ? (
                <>
                  <rect x={0} y={y + LABEL} width="100%" height={BAR} fill="#f1f3f5" stroke="#868e96" />
                  <text x={8} y={y + LABEL + 18} fontSize={13} fill="#1f1f1f">
                    {t('followup.chart.noAnswers')}
                  </text>
                </>
              ) : (
                categories.map((c) => {
                  const v = of(r, c.code);
                  const share = r.answered > 0 ? (v.count / r.answered) * 100 : 0;
                  const from = x;
                  x += share;
                  if (share <= 0) return null;
                  return (
                    <g key={c.code}>
                      <rect
                        x={`${from}%`}
                        y={y + LABEL}
                        width={`${share}%`}
                        height={BAR}
                        fill={c.color}
                        stroke="#fff"
                        strokeWidth={2}
                      />
                      {share >= 6 && (
                        <text
                          x={`${from + share / 2}%`}
                          y={y + LABEL + 18}
                          fontSize={13}
                          fontWeight={700}
                          fill="#fff"
                          textAnchor="middle"
                        >
                          {v.count}
                        </text>
                      )}
                    </g>
                  );
                })
              )}
            </g>
          );
        })}
      </svg>
      <Group gap="md" mt={6} aria-hidden="true">
        {categories.map((c) => (
          <Group key={c.code} gap={6} wrap="nowrap">
            <span style={{ width: 14, height: 14, background: c.color, display: 'inline-block', borderRadius: 2 }} />
            <Text size="sm">{c.label}</Text>
          </Group>
        ))}
      </Group>
      <TableScroll minWidth={Math.max(420, 160 + categories.length * 120)} label={title}>
        <Table withTableBorder fz="sm" mt="sm">
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
            {t('followup.chart.tableCaption', { title })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{rowHeader}</Table.Th>
              {categories.map((c) => (
                <Table.Th key={c.code} scope="col" ta="right">
                  {c.label}
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="right">
                {t('followup.chart.answered')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.key}>
                <Table.Th scope="row" fw={500}>
                  {r.label}
                </Table.Th>
                {categories.map((c) => {
                  const v = of(r, c.code);
                  return (
                    <Table.Td key={c.code} ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {r.answered === 0 ? '–' : `${v.count} (${pct(v.percent)})`}
                    </Table.Td>
                  );
                })}
                <Table.Td ta="right">{r.answered}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Box>
  );
}
