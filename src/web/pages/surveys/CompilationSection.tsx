import { List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../surveys/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { TableScroll } from '../../components/TableScroll';
import { formatNumber } from '../../format';
import { useCompilation, type Questionnaire } from './queries';
import { percent, useBi } from './shared';

type Count = { code: string; count: number; percent: number };

/** Counts and percentages as a table; the bar only repeats the percentage (hidden from screen readers). */
function DistributionTable({
  caption,
  answered,
  rows,
  label,
}: {
  caption: string;
  answered: number;
  rows: Count[];
  label: (code: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <TableScroll minWidth={480} label={caption}>
      <Table>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          {caption} {t('questionnaires.compilation.answered', { count: answered })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('questionnaires.compilation.option')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('questionnaires.compilation.count')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('questionnaires.compilation.percent')}
            </Table.Th>
            <Table.Th scope="col" w="40%">
              {t('questionnaires.compilation.bar')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.code}>
              <Table.Th scope="row" fw={400}>
                {label(r.code)}
              </Table.Th>
              <Table.Td ta="right">{r.count}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {percent(r.percent)}
              </Table.Td>
              <Table.Td>
                <div
                  aria-hidden="true"
                  style={{ background: 'var(--mantine-color-gray-2)', height: 14, borderRadius: 2 }}
                >
                  <div
                    style={{
                      width: `${Math.min(100, Math.max(0, r.percent))}%`,
                      height: '100%',
                      background: '#1c5d99',
                      borderRadius: 2,
                    }}
                  />
                </div>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

/** The answers compiled per question: distributions, means and the free-text suggestions. */
export function CompilationSection({ q }: { q: Questionnaire }) {
  const { t } = useTranslation();
  const text = useBi();
  const c = useCompilation(q.id);
  if (c.isPending) return <Loading />;
  if (c.error || !c.data) return <ErrorAlert error={c.error} onRetry={() => void c.refetch()} />;
  const byKey = new Map(c.data.questions.map((s) => [s.key, s]));
  const questions: Question[] = q.sections.flatMap((s) => s.questions);
  return (
    <Stack gap="lg">
      <Text>
        {t('questionnaires.rate.summary', {
          completed: c.data.completed,
          invited: c.data.invited,
          rate: percent(c.data.responseRate),
        })}
      </Text>
      {c.data.minGroup != null && <Text>{t('questionnaires.compilation.groupRule', { count: c.data.minGroup })}</Text>}
      {c.data.waiting > 0 && <Text>{t('questionnaires.compilation.waiting', { count: c.data.waiting })}</Text>}
      {c.data.completed === 0 && <Text>{t('questionnaires.compilation.none')}</Text>}
      {c.data.completed > 0 &&
        questions.map((x, i) => {
          const s = byKey.get(x.key);
          if (!s) return null;
          const title = `${i + 1}. ${text(x.text)}`;
          const optionLabel = (code: string) =>
            'options' in x ? text(x.options.find((o) => o.code === code)?.label) || code : code;
          return (
            <div key={x.key}>
              <Title order={3} size="h4" mb="xs">
                {title}
              </Title>
              {(x.type === 'single_choice' || x.type === 'multiple_choice' || x.type === 'rating') && (
                <DistributionTable
                  caption={t('questionnaires.compilation.distribution')}
                  answered={s.answered}
                  rows={s.distribution}
                  label={optionLabel}
                />
              )}
              {x.type === 'rating' && s.mean != null && (
                <Text size="sm">
                  {t('questionnaires.compilation.mean', { mean: formatNumber(s.mean), max: x.max })}
                </Text>
              )}
              {x.type === 'matrix' &&
                s.statements.map((st) => (
                  <DistributionTable
                    key={st.key}
                    caption={text(x.statements.find((y) => y.key === st.key)?.text) || st.key}
                    answered={st.answered}
                    rows={st.distribution}
                    label={optionLabel}
                  />
                ))}
              {(x.type === 'short_text' || x.type === 'long_text') &&
                (s.texts.length === 0 ? (
                  <Text size="sm">{t('questionnaires.compilation.noTexts')}</Text>
                ) : (
                  <List spacing="xs">
                    {s.texts.map((tx, j) => (
                      <List.Item key={j}>
                        {tx.text}
                        {tx.bodyName && (
                          <Text span size="sm">
                            {' '}
                            – {tx.bodyName}
                          </Text>
                        )}
                      </List.Item>
                    ))}
                  </List>
                ))}
            </div>
          );
        })}
    </Stack>
  );
}
