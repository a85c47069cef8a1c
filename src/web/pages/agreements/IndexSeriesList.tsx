import type { z } from 'zod';
import { Anchor, Button, Group, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CreateIndexSeries } from '../../../agreements/contract';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { TableScroll } from '../../components/TableScroll';
import { useForm } from '../../components/useForm';
import { useCan } from '../../permissions';
import { useMe } from '../../session';
import { AgreementErrorAlert, failForm } from './errors';
import { bpToPercent } from './money';
import { seriesKeys, useIndexSeries, type Series } from './queries';

/** The county's price index series (e.g. LPIX): yearly percentages with their source. */
export function IndexSeriesList() {
  const { t } = useTranslation();
  const can = useCan();
  const me = useMe();
  const q = useIndexSeries();
  const [creating, setCreating] = useState(false);
  const canCreate = can('create', 'agreement', { countyId: me.countyId, organisationId: me.organisationId });
  return (
    <>
      <PageHeader
        title={t('indexSeries.title')}
        description={t('indexSeries.intro')}
        actions={
          canCreate &&
          !creating && (
            <Button variant="filled" onClick={() => setCreating(true)}>
              {t('indexSeries.new')}
            </Button>
          )
        }
      />
      {creating && (
        <Section title={t('indexSeries.createTitle')}>
          <CreateSeriesForm onDone={() => setCreating(false)} />
        </Section>
      )}
      <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      {q.isPending && <Loading />}
      {q.data && q.data.length === 0 && <Text>{t('indexSeries.empty')}</Text>}
      {q.data && q.data.length > 0 && (
        <TableScroll minWidth={640} label={t('indexSeries.title')}>
          <Table striped highlightOnHover>
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
              {t('indexSeries.tableCaption', { count: q.data.length })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('indexSeries.name')}</Table.Th>
                <Table.Th scope="col">{t('indexSeries.description')}</Table.Th>
                <Table.Th scope="col">{t('indexSeries.years')}</Table.Th>
                <Table.Th scope="col">{t('indexSeries.latest')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={`/index-series/${s.id}`}>
                      {s.name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{s.description ?? '–'}</Table.Td>
                  <Table.Td>
                    {s.values.length ? `${s.values[0].year}–${s.values[s.values.length - 1].year}` : '–'}
                  </Table.Td>
                  <Table.Td>{latest(s, t)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </>
  );
}

function latest(s: Series, t: (k: string, o?: Record<string, unknown>) => string) {
  const v = [...s.values].sort((a, b) => b.year - a.year)[0];
  return v
    ? t('indexSeries.latestValue', {
        year: v.year,
        percent: bpToPercent(v.basisPoints, { fixed: true }),
        state: v.preliminary ? t('indexSeries.preliminary') : t('indexSeries.final'),
      })
    : '–';
}

function CreateSeriesForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const form = useForm({ name: '', description: '' });
  const create = useMutation({
    mutationFn: (input: z.infer<typeof CreateIndexSeries>) => api.post<Series>('/api/index-series', input),
    onSuccess: async (s) => {
      await qc.invalidateQueries({ queryKey: seriesKeys.all });
      onDone();
      navigate(`/index-series/${s.id}`);
    },
    onError: (err) => failForm(form, err, t),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = form.validate(CreateIndexSeries, form.values);
    if (input) create.mutate(input);
  };
  const title = t('indexSeries.createTitle');
  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack gap="sm" maw={560}>
        <AgreementErrorAlert error={form.error} />
        <TextInput label={t('indexSeries.name')} required maxLength={100} {...form.text('name')} />
        <Textarea
          label={t('indexSeries.description')}
          autosize
          minRows={2}
          maxLength={2000}
          {...form.text('description')}
        />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('indexSeries.create')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
