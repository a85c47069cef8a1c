import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { UpdateAgreement } from '../../../agreements/contract';
import { FieldList } from '../../components/FieldList';
import { useForm } from '../../components/useForm';
import { formatDate, formatMoney } from '../../format';
import { useEnum } from '../../i18n/useEnum';
import { InlineForm, Reveal, StaleChanges, useSave } from '../../kit';
import { AgreementErrorAlert, failForm, markFields } from './errors';
import { kronorToOre, oreToKronorInput } from './money';
import { agreementKeys, agreementsApi, type Agreement } from './queries';
import { DecimalInput } from './shared';
import { useSeriesName } from './TermsView';

/** The yearly amount, where it came from, the index that adjusts it and this year's amount; editing the amount. */
export function CompensationSection({ agreement: a, canEdit }: { agreement: Agreement; canEdit: boolean }) {
  const { t } = useTranslation();
  const label = useEnum();
  const seriesName = useSeriesName();
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
      <Reveal can={canEdit} label={t('agreements.compensation.edit')}>
        {(close) => <AmountForm agreement={a} onDone={close} />}
      </Reveal>
    </>
  );
}

function AmountForm({ agreement: a, onDone }: { agreement: Agreement; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ yearlyAmountOre: oreToKronorInput(a.yearlyAmountOre) });
  const save = useSave({
    from: a,
    send: (input: { yearlyAmountOre: number }, version) =>
      agreementsApi.update(a.id, { ...input, version: version ?? a.version }),
    invalidate: [agreementKeys.all],
    onSaved: onDone,
    onError: (err) => failForm(form, err, t),
  });
  const submit = () => {
    const ore = kronorToOre(form.values.yearlyAmountOre);
    if (ore === null) {
      markFields(form, { yearlyAmountOre: t('agreements.validation.amount') });
      return;
    }
    const input = form.validate(UpdateAgreement, { yearlyAmountOre: ore, version: save.version });
    if (input?.yearlyAmountOre !== undefined) save.submit({ yearlyAmountOre: input.yearlyAmountOre });
  };
  const amountLabel = t('agreements.compensation.amountLabel');
  const stale = save.stale;
  return (
    <InlineForm
      title={t('agreements.compensation.edit')}
      onSubmit={submit}
      submitLabel={t('agreements.compensation.save')}
      busy={save.pending}
      onCancel={onDone}
      maw={480}
      error={
        <>
          {stale && (
            <StaleChanges
              what={t('agreements.fields.yearlyAmount').toLowerCase()}
              fields={[
                {
                  key: 'yearlyAmountOre',
                  label: amountLabel,
                  theirs: formatMoney(stale.yearlyAmountOre),
                  yours: form.values.yearlyAmountOre ? formatMoney(kronorToOre(form.values.yearlyAmountOre)) : '',
                },
              ]}
              onReapply={save.reapply}
              busy={save.pending}
              onUseTheirs={() => {
                save.discard();
                form.setValues({ yearlyAmountOre: oreToKronorInput(stale.yearlyAmountOre) });
              }}
            />
          )}
          <AgreementErrorAlert error={form.error} />
        </>
      }
    >
      <DecimalInput
        label={amountLabel}
        description={t('agreements.compensation.amountHint')}
        {...form.text('yearlyAmountOre')}
      />
    </InlineForm>
  );
}
