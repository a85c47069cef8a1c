import { Badge, Button, Checkbox, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SetIndexValue } from '../../../agreements/contract';
import { ApiError } from '../../api/client';
import { Section } from '../../components/Section';
import { toInt, useForm } from '../../components/useForm';
import { DataTable, DetailPage, History, InlineForm, useSave, type Column, type RecordQuery } from '../../kit';
import { AgreementErrorAlert, failForm, markFields } from './errors';
import { agreementFieldLabel } from './fields';
import { bpToPercent, percentToBp } from './money';
import { agreementKeys, agreementsApi, historyPath, seriesKeys, useIndexSeriesPage, type Series } from './queries';
import { badgeStyles } from './shared';

type Value = Series['values'][number];

/** One series out of the county's list (there is no answer for one series alone). */
function useOneSeries(id: string): RecordQuery<Series> {
  const q = useIndexSeriesPage();
  const s = q.data?.items.find((x) => x.id === id);
  return {
    data: s,
    isPending: q.isPending,
    error: q.error ?? (q.data && !s ? new ApiError(404, 'record.not_found', '', null) : null),
    refetch: q.refetch,
  };
}

/** One index series: its yearly values with source and whether each is preliminary or final; adding or changing a year. */
export function IndexSeriesDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <DetailPage
      query={useOneSeries(id)}
      title={(s) => s.name}
      description={(s) => s.description ?? undefined}
      back={{ to: '/index-series', label: t('indexSeries.title') }}
    >
      {(s) => <SeriesBody s={s} />}
    </DetailPage>
  );
}

function SeriesBody({ s }: { s: Series }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Value | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const canEdit = s.abilities.update;
  const edit = (v: Value | null) => {
    setEditing(v);
    setFormKey((k) => k + 1);
    window.setTimeout(() => formRef.current?.querySelector<HTMLInputElement>('input:not([disabled])')?.focus(), 0);
  };
  const values = [...s.values].sort((a, b) => a.year - b.year);
  const columns: Column<Value>[] = [
    { id: 'year', header: t('indexSeries.year'), rowHeader: true, sortValue: (v) => v.year, cell: (v) => v.year },
    {
      id: 'percent',
      header: t('indexSeries.percent'),
      align: 'right',
      cell: (v) => `${bpToPercent(v.basisPoints, { fixed: true })} %`,
    },
    { id: 'source', header: t('indexSeries.source'), cell: (v) => v.source },
    {
      id: 'state',
      header: t('indexSeries.state'),
      cell: (v) => (
        <Badge color={v.preliminary ? '#8f3900' : '#1d6b34'} variant="outline" styles={badgeStyles}>
          {v.preliminary ? t('indexSeries.preliminary') : t('indexSeries.final')}
        </Badge>
      ),
    },
    {
      id: 'actions',
      header: t('common.actions'),
      hidden: !canEdit,
      cell: (v) => (
        <Button variant="outline" size="xs" onClick={() => edit(v)}>
          {t('indexSeries.editValue', { year: v.year })}
        </Button>
      ),
    },
  ];
  return (
    <>
      <Section title={t('indexSeries.values')}>
        <DataTable
          caption={t('indexSeries.valuesCaption', { name: s.name })}
          captionHidden={false}
          showCount={false}
          columns={columns}
          rows={values}
          rowKey={(v) => String(v.year)}
          initialSort={{ id: 'year' }}
          empty={t('indexSeries.noValues')}
        />
      </Section>
      {canEdit && (
        <Section title={editing ? t('indexSeries.formEditTitle', { year: editing.year }) : t('indexSeries.formTitle')}>
          <div ref={formRef}>
            {saved && (
              <Text role="status" fw={600} mb="sm">
                {saved}
              </Text>
            )}
            <ValueForm
              key={formKey}
              series={s}
              value={editing}
              next={values.length ? values[values.length - 1].year + 1 : new Date().getFullYear()}
              onSaved={(year) => {
                setSaved(t('indexSeries.saved', { year }));
                if (editing) edit(null);
              }}
              onCancel={() => edit(null)}
            />
          </div>
        </Section>
      )}
      <History path={historyPath.series(s.id)} queryKey={seriesKeys.one(s.id)} fieldLabel={agreementFieldLabel(t)} />
    </>
  );
}

function ValueForm({
  series: s,
  value,
  next,
  onSaved,
  onCancel,
}: {
  series: Series;
  value: Value | null;
  next: number;
  onSaved: (year: number) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({
    year: String(value?.year ?? next),
    percent: value ? bpToPercent(value.basisPoints) : '',
    source: value?.source ?? '',
    preliminary: value?.preliminary ?? true,
  });
  const save = useSave({
    send: ({ year, body }: { year: number; body: SetIndexValue }) => agreementsApi.setIndexValue(s.id, year, body),
    invalidate: [seriesKeys.all, agreementKeys.all],
    onSaved: () => {
      const year = Number(form.values.year);
      onSaved(year);
      if (!value) form.setValues({ ...form.values, year: String(year + 1), percent: '' });
    },
    onError: (err) => failForm(form, err, t, { basisPoints: 'percent' }),
  });
  const submit = () => {
    const year = toInt(form.values.year);
    const bp = percentToBp(String(form.values.percent), { signed: true });
    const problems: Record<string, string> = {};
    if (typeof year !== 'number' || !Number.isInteger(year) || year < 1990 || year > 2100)
      problems.year = t('indexSeries.yearInvalid');
    if (bp === null) problems.percent = t('agreements.validation.percent');
    if (markFields(form, problems)) return;
    const body = form.validate(SetIndexValue, {
      basisPoints: bp,
      source: form.values.source,
      preliminary: form.values.preliminary,
    });
    if (body) save.submit({ year: year as number, body });
  };
  return (
    <InlineForm
      title={value ? t('indexSeries.formEditTitle', { year: value.year }) : t('indexSeries.formTitle')}
      onSubmit={submit}
      submitLabel={t('indexSeries.submit')}
      busy={save.pending}
      onCancel={value ? onCancel : undefined}
      maw={640}
      mt={0}
      error={<AgreementErrorAlert error={form.error} />}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('indexSeries.year')}
          required
          inputMode="numeric"
          disabled={!!value}
          {...form.text('year')}
        />
        <TextInput
          label={t('indexSeries.percent')}
          description={t('indexSeries.percentHint')}
          required
          inputMode="decimal"
          {...form.text('percent')}
        />
      </SimpleGrid>
      <TextInput
        label={t('indexSeries.source')}
        description={t('indexSeries.sourceHint')}
        required
        maxLength={500}
        {...form.text('source')}
      />
      <Checkbox label={t('indexSeries.preliminaryLabel')} {...form.checkbox('preliminary')} />
    </InlineForm>
  );
}
