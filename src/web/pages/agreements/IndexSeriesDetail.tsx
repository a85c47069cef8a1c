import type { z } from 'zod';
import { Badge, Button, Checkbox, Group, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SetIndexValue } from '../../../agreements/contract';
import { api, ApiError } from '../../api';
import { BackLink } from '../../components/BackLink';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { TableScroll } from '../../components/TableScroll';
import { toInt, useForm } from '../../components/useForm';
import { useCan } from '../../permissions';
import { AgreementErrorAlert, failForm, markFields } from './errors';
import { badgeStyles } from './shared';
import { bpToPercent, percentToBp } from './money';
import { agreementKeys, seriesKeys, useIndexSeries, type Series } from './queries';

type Value = Series['values'][number];

/** One index series: its yearly values with source and whether each is preliminary or final; adding or changing a year. */
export function IndexSeriesDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const q = useIndexSeries();
  const [editing, setEditing] = useState<Value | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const formRef = useRef<HTMLDivElement>(null);
  if (q.isPending) return <Loading />;
  const s = q.data?.find((x) => x.id === id);
  if (q.error || !s)
    return (
      <LoadFailed error={q.error ?? new ApiError(404, 'record.not_found', '', null)} onRetry={() => void q.refetch()} />
    );
  const canEdit = can('update', 'agreement', { countyId: s.countyId });
  const edit = (v: Value | null) => {
    setEditing(v);
    setFormKey((k) => k + 1);
    window.setTimeout(() => formRef.current?.querySelector<HTMLInputElement>('input:not([disabled])')?.focus(), 0);
  };
  const caption = t('indexSeries.valuesCaption', { name: s.name });
  const values = [...s.values].sort((a, b) => a.year - b.year);
  return (
    <>
      <PageHeader
        title={s.name}
        description={s.description ?? undefined}
        above={<BackLink to="/index-series" label={t('indexSeries.title')} />}
      />
      <Section title={t('indexSeries.values')}>
        {values.length === 0 ? (
          <Text>{t('indexSeries.noValues')}</Text>
        ) : (
          <TableScroll minWidth={600} label={caption}>
            <Table striped withTableBorder>
              <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('indexSeries.year')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('indexSeries.percent')}
                  </Table.Th>
                  <Table.Th scope="col">{t('indexSeries.source')}</Table.Th>
                  <Table.Th scope="col">{t('indexSeries.state')}</Table.Th>
                  {canEdit && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {values.map((v) => (
                  <Table.Tr key={v.year}>
                    <Table.Th scope="row">{v.year}</Table.Th>
                    <Table.Td ta="right">{bpToPercent(v.basisPoints, { fixed: true })} %</Table.Td>
                    <Table.Td>{v.source}</Table.Td>
                    <Table.Td>
                      <Badge color={v.preliminary ? '#8f3900' : '#1d6b34'} variant="outline" styles={badgeStyles}>
                        {v.preliminary ? t('indexSeries.preliminary') : t('indexSeries.final')}
                      </Badge>
                    </Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <Button variant="outline" size="xs" onClick={() => edit(v)}>
                          {t('indexSeries.editValue', { year: v.year })}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
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
  const qc = useQueryClient();
  const form = useForm({
    year: String(value?.year ?? next),
    percent: value ? bpToPercent(value.basisPoints) : '',
    source: value?.source ?? '',
    preliminary: value?.preliminary ?? true,
  });
  const save = useMutation({
    mutationFn: ({ year, body }: { year: number; body: z.infer<typeof SetIndexValue> }) =>
      api.put<Series>(`/api/index-series/${s.id}/values/${year}`, body),
    onSuccess: async (_x, { year }) => {
      await qc.invalidateQueries({ queryKey: seriesKeys.all });
      await qc.invalidateQueries({ queryKey: agreementKeys.all });
      onSaved(year);
      if (!value)
        form.setValues({
          year: String(year + 1),
          percent: '',
          source: form.values.source,
          preliminary: form.values.preliminary,
        });
    },
    onError: (err) => failForm(form, err, t, { basisPoints: 'percent' }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
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
    if (body) save.mutate({ year: year as number, body });
  };
  const title = value ? t('indexSeries.formEditTitle', { year: value.year }) : t('indexSeries.formTitle');
  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack gap="sm" maw={640}>
        <AgreementErrorAlert error={form.error} />
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
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('indexSeries.submit')}
          </Button>
          {value && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
