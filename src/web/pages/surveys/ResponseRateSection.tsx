import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { TableScroll } from '../../components/TableScroll';
import { useResponseRate } from './queries';
import { percent } from './shared';

type Row = { key: string; name: string; invited: number; started: number; completed: number; rate: number };

function RateTable({ caption, rows, total }: { caption: string; rows: Row[]; total?: Row }) {
  const { t } = useTranslation();
  const head = (
    <Table.Tr>
      <Table.Th scope="col">{t('questionnaires.rate.name')}</Table.Th>
      <Table.Th scope="col" ta="right">
        {t('questionnaires.rate.invited')}
      </Table.Th>
      <Table.Th scope="col" ta="right">
        {t('questionnaires.rate.started')}
      </Table.Th>
      <Table.Th scope="col" ta="right">
        {t('questionnaires.rate.completed')}
      </Table.Th>
      <Table.Th scope="col" ta="right">
        {t('questionnaires.rate.rate')}
      </Table.Th>
    </Table.Tr>
  );
  const row = (r: Row, bold = false) => (
    <Table.Tr key={r.key} fw={bold ? 600 : undefined}>
      <Table.Th scope="row" fw={bold ? 600 : 500}>
        {r.name}
      </Table.Th>
      <Table.Td ta="right">{r.invited}</Table.Td>
      <Table.Td ta="right">{r.started}</Table.Td>
      <Table.Td ta="right">{r.completed}</Table.Td>
      <Table.Td ta="right">{percent(r.rate)}</Table.Td>
    </Table.Tr>
  );
  return (
    <TableScroll minWidth={560} label={caption}>
      <Table striped>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>{caption}</Table.Caption>
        <Table.Thead>{head}</Table.Thead>
        <Table.Tbody>{rows.map((r) => row(r))}</Table.Tbody>
        {total && <Table.Tfoot>{row(total, true)}</Table.Tfoot>}
      </Table>
    </TableScroll>
  );
}

/** Invited, started and completed: in total, per body and per organisation. */
export function ResponseRateSection({ id }: { id: string }) {
  const { t } = useTranslation();
  const q = useResponseRate(id);
  if (q.isPending) return <Loading />;
  if (q.error || !q.data) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  const r = q.data;
  if (r.total.invited === 0) return <Text>{t('questionnaires.rate.none')}</Text>;
  const total = { key: 'total', name: t('questionnaires.rate.total'), ...r.total };
  return (
    <Stack gap="lg">
      <Text>
        {t('questionnaires.rate.summary', {
          completed: r.total.completed,
          invited: r.total.invited,
          rate: percent(r.total.rate),
        })}
      </Text>
      {r.byBody.length > 0 && (
        <RateTable
          caption={t('questionnaires.rate.byBody')}
          rows={r.byBody.map((b) => ({ key: b.bodyId, name: b.bodyName, ...b }))}
        />
      )}
      {r.byOrganisation.length > 0 && (
        <RateTable
          caption={t('questionnaires.rate.byOrganisation')}
          rows={r.byOrganisation.map((o) => ({ key: o.organisationId, name: o.organisationName, ...o }))}
          total={total}
        />
      )}
    </Stack>
  );
}
