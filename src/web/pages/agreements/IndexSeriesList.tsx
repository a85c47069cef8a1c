import { Anchor, TextInput, Textarea } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CreateIndexSeries } from '../../../agreements/contract';
import { Section } from '../../components/Section';
import { useForm } from '../../components/useForm';
import { InlineForm, DataTable, ListPage, pageOf, useSave, type Column } from '../../kit';
import { AgreementErrorAlert, failForm } from './errors';
import { bpToPercent } from './money';
import { agreementsApi, seriesKeys, useIndexSeriesPage, type Series } from './queries';

/** The county's price index series (e.g. LPIX): yearly percentages with their source. */
export function IndexSeriesList() {
  const { t } = useTranslation();
  const q = useIndexSeriesPage();
  const [creating, setCreating] = useState(false);
  const columns: Column<Series>[] = [
    {
      id: 'name',
      header: t('indexSeries.name'),
      rowHeader: true,
      sortValue: (s) => s.name,
      cell: (s) => (
        <Anchor component={Link} to={`/index-series/${s.id}`}>
          {s.name}
        </Anchor>
      ),
    },
    { id: 'description', header: t('indexSeries.description'), cell: (s) => s.description ?? '–' },
    {
      id: 'years',
      header: t('indexSeries.years'),
      cell: (s) => (s.values.length ? `${s.values[0].year}–${s.values[s.values.length - 1].year}` : '–'),
    },
    { id: 'latest', header: t('indexSeries.latest'), cell: (s) => latest(s, t) },
  ];
  return (
    <ListPage
      title={t('indexSeries.title')}
      description={t('indexSeries.intro')}
      actions={[
        { label: t('indexSeries.new'), can: q.data?.abilities.create && !creating, onClick: () => setCreating(true) },
      ]}
    >
      {creating && (
        <Section title={t('indexSeries.createTitle')}>
          <CreateSeriesForm onDone={() => setCreating(false)} />
        </Section>
      )}
      <DataTable
        {...pageOf(q)}
        caption={t('indexSeries.tableCaption', { count: q.data?.total ?? 0 })}
        captionHidden={false}
        showCount={false}
        columns={columns}
        rowKey={(s) => s.id}
        empty={t('indexSeries.empty')}
      />
    </ListPage>
  );
}

function latest(s: Series, t: TFunction) {
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
  const navigate = useNavigate();
  const form = useForm({ name: '', description: '' });
  const create = useSave({
    send: (input: CreateIndexSeries) => agreementsApi.createSeries(input),
    invalidate: [seriesKeys.all],
    onSaved: (s) => {
      onDone();
      void navigate(`/index-series/${s.id}`);
    },
    onError: (err) => failForm(form, err, t),
  });
  const submit = () => {
    const input = form.validate(CreateIndexSeries, form.values);
    if (input) create.submit(input);
  };
  return (
    <InlineForm
      title={t('indexSeries.createTitle')}
      onSubmit={submit}
      submitLabel={t('indexSeries.create')}
      busy={create.pending}
      onCancel={onDone}
      mt={0}
      error={<AgreementErrorAlert error={form.error} />}
    >
      <TextInput label={t('indexSeries.name')} required maxLength={100} {...form.text('name')} />
      <Textarea
        label={t('indexSeries.description')}
        autosize
        minRows={2}
        maxLength={2000}
        {...form.text('description')}
      />
    </InlineForm>
  );
}
