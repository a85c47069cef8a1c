import { Button, Checkbox, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SetIndexValue } from '../../../agreements/contract';
import { ApiError } from '../../api/error';
import { Section } from '../../components/Section';
import { toInt, useForm } from '../../components/useForm';
import { CaptionedTable, columnSet, InlineForm, recordRoute, WordBadge, type RecordQuery } from '../../kit';
import { fieldsOf, useAgreementForm } from './agreementForm';
import { markFields } from './errors';
import { bpToPercent, percentToBp } from './money';
import { agreementKeys, agreementLinks, agreementsApi, seriesKeys, useIndexSeriesPage, type Series } from './queries';
import { AgreementHistory } from './AgreementHistory';

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
export const IndexSeriesDetail = recordRoute(useOneSeries, SeriesBody, {
  title: (s) => s.name,
  description: (s) => s.description ?? undefined,
  back: { to: agreementLinks.seriesList, label: 'indexSeries.title' },
});

function SeriesBody({ record: s }: { record: Series }) {
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
  const columns = columnSet<Value>((id) => t(`indexSeries.${id}`), {
    year: { rowHeader: true, sortValue: (v) => v.year, cell: (v) => v.year },
    percent: { align: 'right', cell: (v) => `${bpToPercent(v.basisPoints, { fixed: true })} %` },
    source: (v) => v.source,
    state: (v) => (
      <WordBadge color={v.preliminary ? '#8f3900' : '#1d6b34'}>
        {t(v.preliminary ? 'indexSeries.preliminary' : 'indexSeries.final')}
      </WordBadge>
    ),
    actions: {
      header: t('common.actions'),
      hidden: !canEdit,
      cell: (v) => (
        <Button variant="outline" size="xs" onClick={() => edit(v)}>
          {t('indexSeries.editValue', { year: v.year })}
        </Button>
      ),
    },
  });
  const formTitle = editing ? t('indexSeries.formEditTitle', { year: editing.year }) : t('indexSeries.formTitle');
  return (
    <>
      <Section title={t('indexSeries.values')}>
        <CaptionedTable
          caption={t('indexSeries.valuesCaption', { name: s.name })}
          columns={columns}
          rows={values}
          rowKey={(v) => String(v.year)}
          initialSort={{ id: 'year' }}
          empty={t('indexSeries.noValues')}
        />
      </Section>
      {canEdit && (
        <Section title={formTitle}>
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
      <AgreementHistory of="series" id={s.id} />
    </>
  );
}

interface ValueFormProps {
  series: Series;
  value: Value | null;
  next: number;
  onSaved: (year: number) => void;
  onCancel: () => void;
}

function ValueForm({ series: s, value, next, onSaved, onCancel }: ValueFormProps) {
  const { t } = useTranslation();
  const form = useForm({
    year: String(value?.year ?? next),
    percent: value ? bpToPercent(value.basisPoints) : '',
    source: value?.source ?? '',
    preliminary: value?.preliminary ?? true,
  });
  const toInput = () => {
    const year = toInt(form.values.year);
    const bp = percentToBp(String(form.values.percent), { signed: true });
    const problems: Record<string, string> = {};
    if (typeof year !== 'number' || !Number.isInteger(year) || year < 1990 || year > 2100)
      problems.year = t('indexSeries.yearInvalid');
    if (bp === null) problems.percent = t('agreements.validation.percent');
    if (markFields(form, problems)) return null;
    const { source, preliminary } = form.values;
    const body = form.validate(SetIndexValue, { basisPoints: bp, source, preliminary });
    return body && { year: year as number, body };
  };
  const { frame } = useAgreementForm(form, {
    title: value ? t('indexSeries.formEditTitle', { year: value.year }) : t('indexSeries.formTitle'),
    submitLabel: t('indexSeries.submit'),
    toInput,
    send: ({ year, body }: { year: number; body: SetIndexValue }) => agreementsApi.setIndexValue(s.id, year, body),
    invalidate: [seriesKeys.all, agreementKeys.all],
    onSaved: () => {
      const year = Number(form.values.year);
      onSaved(year);
      if (!value) form.setValues({ ...form.values, year: String(year + 1), percent: '' });
    },
    onCancel: value ? onCancel : undefined,
    fieldMap: { basisPoints: 'percent' },
  });
  const field = fieldsOf(form, t, 'indexSeries');
  return (
    <InlineForm {...frame} maw={640} mt={0}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput {...field('year')} required inputMode="numeric" disabled={!!value} />
        <TextInput {...field('percent', { hint: 'percentHint' })} required inputMode="decimal" />
      </SimpleGrid>
      <TextInput {...field('source', { hint: 'sourceHint' })} required maxLength={500} />
      <Checkbox label={t('indexSeries.preliminaryLabel')} {...form.checkbox('preliminary')} />
    </InlineForm>
  );
}
