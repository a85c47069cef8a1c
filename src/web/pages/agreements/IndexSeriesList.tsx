import { TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CreateIndexSeries } from '../../../agreements/contract';
import { Section } from '../../components/Section';
import { useForm } from '../../components/useForm';
import { col, columnSet, CountedListPage, InlineForm, NoteField } from '../../kit';
import { useAgreementForm } from './agreementForm';
import { bpToPercent } from './money';
import { agreementLinks, agreementsApi, seriesKeys, useIndexSeriesPage, type Series } from './queries';

/** The county's price index series (e.g. LPIX): yearly percentages with their source. */
export function IndexSeriesList() {
  const { t } = useTranslation();
  const q = useIndexSeriesPage();
  const [creating, setCreating] = useState(false);
  const header = (id: string) => t(`indexSeries.${id}`);
  const columns = [
    col.link<Series>(
      'name',
      header('name'),
      (s) => s.name,
      (s) => agreementLinks.series(s.id),
    ),
    ...columnSet<Series>(header, {
      description: (s) => s.description ?? '–',
      years: (s) => (s.values.length ? `${s.values[0].year}–${s.values[s.values.length - 1].year}` : '–'),
      latest: (s) => latest(s, t),
    }),
  ];
  const create = {
    label: t('indexSeries.new'),
    can: q.data?.abilities.create && !creating,
    onClick: () => setCreating(true),
  };
  return (
    <CountedListPage ns="indexSeries" query={q} columns={columns} actions={[create]}>
      {creating && (
        <Section title={t('indexSeries.createTitle')}>
          <CreateSeriesForm onDone={() => setCreating(false)} />
        </Section>
      )}
    </CountedListPage>
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
  const { frame } = useAgreementForm(form, {
    title: t('indexSeries.createTitle'),
    submitLabel: t('indexSeries.create'),
    toInput: () => form.validate(CreateIndexSeries, form.values),
    send: (input: CreateIndexSeries) => agreementsApi.createSeries(input),
    invalidate: [seriesKeys.all],
    onSaved: (s) => {
      onDone();
      void navigate(agreementLinks.series(s.id));
    },
    onCancel: onDone,
  });
  return (
    <InlineForm {...frame} mt={0}>
      <TextInput label={t('indexSeries.name')} required maxLength={100} {...form.text('name')} />
      <NoteField label={t('indexSeries.description')} maxLength={2000} {...form.text('description')} />
    </InlineForm>
  );
}
