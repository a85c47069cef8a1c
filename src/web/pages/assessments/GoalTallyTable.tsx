import { Grid, Image, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../assessments/contract';
import { TableScroll } from '../../components/TableScroll';
import { useLocalText } from '../frameworks/queries';
import { currentLocale } from '../../i18n';
import { useSdgGoals } from './goals';
import { netText } from './tally';

/** The impact wheel as a picture, and the same numbers as a table next to it. */
export function WheelAndTally({ assessment, stamp }: { assessment: Assessment; stamp: number }) {
  const { t } = useTranslation();
  const local = useLocalText();
  const goals = useSdgGoals();
  const rated = assessment.goals.filter((g) => g.positive + g.negative + g.unknown > 0);
  const pos = assessment.goals.filter((g) => g.positive > 0).length;
  const neg = assessment.goals.filter((g) => g.negative > 0).length;
  const unk = assessment.goals.filter((g) => g.unknown > 0).length;
  const alt = t('assessments.wheel.alt', { rated: rated.length, positive: pos, negative: neg, unknown: unk });
  const caption = t('assessments.wheel.caption');
  return (
    <Grid gap="lg" mb="lg">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <figure style={{ margin: 0 }}>
          <Image
            src={`/api/assessments/${assessment.id}/wheel.svg?lang=${currentLocale()}&r=${stamp}`}
            alt={alt}
            maw={440}
            w="100%"
          />
          <Text component="figcaption" size="sm" mt={4}>
            {t('assessments.wheel.figcaption')}
          </Text>
        </figure>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <TableScroll minWidth={420} label={caption}>
          <Table striped withTableBorder fz="sm">
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('assessments.wheel.goal')}</Table.Th>
                <Table.Th scope="col">{t('assessments.wheel.positive')}</Table.Th>
                <Table.Th scope="col">{t('assessments.wheel.negative')}</Table.Th>
                <Table.Th scope="col">{t('assessments.wheel.unknown')}</Table.Th>
                <Table.Th scope="col">{t('assessments.wheel.net')}</Table.Th>
                <Table.Th scope="col">{t('assessments.wheel.directIndirect')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rated.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={6}>{t('assessments.wheel.empty')}</Table.Td>
                </Table.Tr>
              )}
              {rated.map((g) => (
                <Table.Tr key={g.goal}>
                  <Table.Th scope="row" fw={500}>
                    {g.goal} {local(goals.get(g.goal)?.name)}
                  </Table.Th>
                  <Table.Td>{g.positive}</Table.Td>
                  <Table.Td>{g.negative}</Table.Td>
                  <Table.Td>{g.unknown}</Table.Td>
                  <Table.Td>{netText(g.net)}</Table.Td>
                  <Table.Td>
                    {g.direct} / {g.indirect}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </Grid.Col>
    </Grid>
  );
}
