import { Anchor, Button, Group, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { UpdateAgreement } from '../../../agreements/contract';
import { ApiError } from '../../api';
import { FieldList } from '../../components/FieldList';
import { StaleNotice } from '../../components/StaleNotice';
import { useForm } from '../../components/useForm';
import { formatDate, formatMoney } from '../../format';
import { useEnum } from '../../i18n/useEnum';
import { AgreementErrorAlert, failForm, markFields } from './errors';
import { kronorToOre, oreToKronorInput } from './money';
import type { Agreement } from './queries';
import { useAgreementMutation } from './shared';
import { useSeriesName } from './TermsView';

/** The yearly amount, where it came from, the index that adjusts it and this year's amount; editing the amount. */
export function CompensationSection({ agreement: a, canEdit }: { agreement: Agreement; canEdit: boolean }) {
  const { t } = useTranslation();
  const label = useEnum();
  const seriesName = useSeriesName();
  const [editing, setEditing] = useState(false);
  const series = seriesName(a.terms.indexSeriesId);
  return (
    <>
      <FieldList
        items={[
          {
            label: t('agreements.fields.yearlyAmount'),
            value: t('agreements.compensation.perYear', { amount: formatMoney(a.yearlyAmountOre) }),
          },
          { label: t('agreements.fields.amountSource'), value: label('amountSource', a.amountSource) },
          { label: t('agreements.fields.compensationStart'), value: formatDate(a.terms.compensationStart) },
          {
            label: t('agreements.fields.indexSeries'),
            value: series ? (
              <>
                {t('agreements.terms.indexFrom', { series, year: a.terms.indexFromYear ?? '' })}{' '}
                <Anchor component={Link} to={`/index-series/${a.terms.indexSeriesId}`} size="sm">
                  {t('agreements.compensation.seeSeries', { series })}
                </Anchor>
              </>
            ) : (
              t('agreements.terms.noIndex')
            ),
          },
          {
            label: t('agreements.fields.thisYear', { year: a.thisYear.year }),
            value:
              a.thisYear.amountOre != null
                ? formatMoney(a.thisYear.amountOre)
                : `${t('agreements.cannotCompute')} (${a.thisYear.error ? t(`errors.${a.thisYear.error.code}`, a.thisYear.error.details as Record<string, unknown>) : ''})`,
          },
          { label: t('agreements.fields.bankgiro'), value: a.terms.bankgiro },
        ]}
      />
      {canEdit && !editing && (
        <Button variant="outline" mt="md" onClick={() => setEditing(true)}>
          {t('agreements.compensation.edit')}
        </Button>
      )}
      {canEdit && editing && <AmountForm agreement={a} onDone={() => setEditing(false)} />}
    </>
  );
}

function AmountForm({ agreement: a, onDone }: { agreement: Agreement; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ yearlyAmountOre: oreToKronorInput(a.yearlyAmountOre) });
  const [version, setVersion] = useState(a.version);
  const [stale, setStale] = useState<Agreement | null>(null);
  const save = useAgreementMutation(a.id, {
    onSaved: onDone,
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'record.stale' && err.current) {
        const current = err.current as Agreement;
        setStale(current);
        setVersion(current.version);
        form.setError(null);
        return;
      }
      failForm(form, err, t);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const ore = kronorToOre(form.values.yearlyAmountOre);
    if (ore === null) {
      markFields(form, { yearlyAmountOre: t('agreements.validation.amount') });
      return;
    }
    const input = form.validate(UpdateAgreement, { yearlyAmountOre: ore, version });
    if (input) save.mutate({ method: 'PATCH', path: '', body: input });
  };
  const title = t('agreements.compensation.edit');
  const amountLabel = t('agreements.compensation.amountLabel');
  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack gap="sm" mt="md" maw={480}>
        {stale && (
          <StaleNotice
            what={t('agreements.fields.yearlyAmount').toLowerCase()}
            fields={[
              {
                key: 'yearlyAmountOre',
                label: amountLabel,
                theirs: formatMoney(stale.yearlyAmountOre),
                yours: form.values.yearlyAmountOre ? formatMoney(kronorToOre(form.values.yearlyAmountOre)) : '',
              },
            ]}
            onUseTheirs={() => {
              form.setValues({ yearlyAmountOre: oreToKronorInput(stale.yearlyAmountOre) });
              setStale(null);
            }}
          />
        )}
        <AgreementErrorAlert error={form.error} />
        <TextInput
          label={amountLabel}
          description={t('agreements.compensation.amountHint')}
          required
          inputMode="decimal"
          {...form.text('yearlyAmountOre')}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('agreements.compensation.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
