import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { UpdateAgreement } from '../../../agreements/contract';
import { FieldList } from '../../components/FieldList';
import { useForm } from '../../components/useForm';
import { formatDate, formatMoney } from '../../format';
import { useEnum } from '../../i18n/useEnum';
import { InlineForm } from '../../kit';
import { RevealForm, useAgreementForm, type PartFormProps } from './agreementForm';
import { markFields } from './errors';
import { kronorToOre, oreToKronorInput } from './money';
import { agreementLinks, agreementsApi, type Agreement } from './queries';
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
                <Anchor component={Link} to={agreementLinks.series(a.terms.indexSeriesId ?? '')} size="sm">
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
      <RevealForm can={canEdit} label={t('agreements.compensation.edit')} agreement={a} form={AmountForm} />
    </>
  );
}

function AmountForm({ agreement: a, onDone }: PartFormProps) {
  const { t } = useTranslation();
  const toForm = (x: Agreement) => ({ yearlyAmountOre: oreToKronorInput(x.yearlyAmountOre) });
  const form = useForm(toForm(a));
  const toInput = (version: number | undefined) => {
    const ore = kronorToOre(form.values.yearlyAmountOre);
    if (ore === null) {
      markFields(form, { yearlyAmountOre: t('agreements.validation.amount') });
      return null;
    }
    const input = form.validate(UpdateAgreement, { yearlyAmountOre: ore, version });
    return input?.yearlyAmountOre === undefined ? null : { yearlyAmountOre: input.yearlyAmountOre };
  };
  const amountLabel = t('agreements.compensation.amountLabel');
  const { frame } = useAgreementForm(form, {
    title: t('agreements.compensation.edit'),
    submitLabel: t('agreements.compensation.save'),
    from: a,
    toInput,
    send: (input: { yearlyAmountOre: number }, version) =>
      agreementsApi.update(a.id, { ...input, version: version ?? a.version }),
    onDone,
    stale: {
      what: () => t('agreements.fields.yearlyAmount').toLowerCase(),
      values: toForm,
      label: () => amountLabel,
      // Both as amounts: theirs as saved, mine as typed.
      show: (_k, typed) => (typed ? formatMoney(kronorToOre(String(typed))) : ''),
    },
  });
  return (
    <InlineForm {...frame} maw={480}>
      <DecimalInput
        label={amountLabel}
        description={t('agreements.compensation.amountHint')}
        {...form.text('yearlyAmountOre')}
      />
    </InlineForm>
  );
}
