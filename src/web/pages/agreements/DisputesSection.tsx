import { Checkbox, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OpenDispute, SettleDispute, settlements } from '../../../agreements/contract';
import {
  combinedWithheldOre,
  MAX_WITHHOLD_BASIS_POINTS,
  withheldBasisPointsByArea,
} from '../../../agreements/rules/disputes';
import { FieldList } from '../../components/FieldList';
import { useForm } from '../../components/useForm';
import { formatDate, formatMoney, today } from '../../format';
import { useEnum } from '../../i18n/useEnum';
import { InlineForm, NoteField, Reveal } from '../../kit';
import { RevealForm, useAgreementForm, type PartFormProps } from './agreementForm';
import { AgreementErrorAlert, markFields } from './errors';
import { bpToPercent, kronorToOre, percentToBp } from './money';
import { agreementsApi, type Agreement } from './queries';
import { DateInput, DecimalInput } from './shared';

type Dispute = Agreement['disputes'][number];

const monthOre = (a: Agreement) => Math.floor((a.thisYear.amountOre ?? a.yearlyAmountOre) / 12);
const shares = (a: Agreement) => a.terms.areas.map((x) => ({ area: x.code, basisPoints: x.basisPoints }));

/** Disputes on areas of the agreement: what is withheld while they last, and how each was settled. */
export function DisputesSection({ agreement: a, canEdit }: { agreement: Agreement; canEdit: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {a.disputes.length === 0 && <Text>{t('agreements.disputes.none')}</Text>}
      <Stack gap="md">
        {[...a.disputes].reverse().map((d) => (
          <DisputeItem key={d.id} agreement={a} dispute={d} canEdit={canEdit} />
        ))}
      </Stack>
      <RevealForm can={canEdit} label={t('agreements.disputes.open')} agreement={a} form={OpenDisputeForm} />
    </>
  );
}

function DisputeItem({
  agreement: a,
  dispute: d,
  canEdit,
}: {
  agreement: Agreement;
  dispute: Dispute;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const label = useEnum();
  const areaName = (code: string) => a.terms.areas.find((x) => x.code === code)?.name ?? code;
  const title = t('agreements.disputes.itemTitle', { date: formatDate(d.openedOn) });
  return (
    <Paper withBorder p="sm" component="article" aria-label={title}>
      <Title order={3} size="h5" mb="xs" style={{ overflowWrap: 'anywhere' }}>
        {title} –{' '}
        {d.settledOn
          ? t('agreements.disputes.settledOn', { date: formatDate(d.settledOn) })
          : t('agreements.disputes.ongoing')}
      </Title>
      <FieldList
        items={[
          { label: t('agreements.disputes.areas'), value: d.areas.map(areaName).join(', ') },
          {
            label: t('agreements.disputes.withheld'),
            value: t('agreements.disputes.withheldValue', {
              percent: bpToPercent(d.withholdBasisPoints),
              amount: formatMoney(d.withheldPerMonthOre),
            }),
          },
          { label: t('agreements.disputes.description'), value: d.description },
          ...(d.settledOn
            ? [
                { label: t('agreements.disputes.settlement'), value: label('settlement', d.settlement) },
                ...(d.settlement === 'partly'
                  ? [{ label: t('agreements.disputes.paidAmount'), value: formatMoney(d.settledPaidOre) }]
                  : []),
                { label: t('agreements.disputes.note'), value: d.settlementNote },
              ]
            : []),
        ]}
      />
      <Reveal
        can={canEdit && !d.settledOn}
        label={t('agreements.disputes.settle')}
        ariaLabel={t('agreements.disputes.settleNamed', { date: formatDate(d.openedOn) })}
        size="sm"
        mt="sm"
      >
        {(close) => <SettleForm agreement={a} dispute={d} onDone={close} />}
      </Reveal>
    </Paper>
  );
}

function OpenDisputeForm({ agreement: a, onDone }: PartFormProps) {
  const { t } = useTranslation();
  const form = useForm({ withholdPercent: '', openedOn: today(), description: '' });
  const [areas, setAreas] = useState<string[]>([]);
  const bp = percentToBp(form.values.withholdPercent);
  // §11 caps each area at 50 % whatever the number of disputes: what the open ones already withhold.
  const open = a.disputes.filter((d) => !d.settledOn);
  const already = withheldBasisPointsByArea(open);
  const areaName = (code: string) => a.terms.areas.find((x) => x.code === code)?.name ?? code;
  const overCap = bp === null ? [] : areas.filter((x) => (already.get(x) ?? 0) + bp > MAX_WITHHOLD_BASIS_POINTS);
  let preview: string | null = null;
  if (bp !== null && bp <= 5000 && areas.length && !overCap.length) {
    try {
      const month = monthOre(a);
      const more =
        combinedWithheldOre(month, shares(a), [...open, { areas, withholdBasisPoints: bp }]) -
        combinedWithheldOre(month, shares(a), open);
      preview = formatMoney(more);
    } catch {
      preview = null;
    }
  }
  const capText = (codes: string[]) =>
    t('agreements.disputes.capReached', {
      areas: codes
        .map((x) =>
          t('agreements.disputes.capArea', {
            name: areaName(x),
            already: bpToPercent(already.get(x) ?? 0),
            available: bpToPercent(MAX_WITHHOLD_BASIS_POINTS - (already.get(x) ?? 0)),
          }),
        )
        .join('; '),
    });
  const toInput = () => {
    const problems: Record<string, string> = {};
    if (bp === null) problems.withholdPercent = t('agreements.validation.percent');
    else if (bp > 5000) problems.withholdPercent = t('errors.agreement.withholding_above_half');
    else if (overCap.length) problems.withholdPercent = capText(overCap);
    if (!areas.length) problems.areas = t('errors.agreement.area_unknown');
    if (markFields(form, problems)) return null;
    const { openedOn, description } = form.values;
    return form.validate(OpenDispute, { areas, withholdBasisPoints: bp, openedOn, description });
  };
  const { frame } = useAgreementForm(form, {
    title: t('agreements.disputes.openTitle'),
    submitLabel: t('agreements.disputes.submit'),
    toInput,
    send: (input: OpenDispute) => agreementsApi.openDispute(a.id, input),
    onDone,
    fieldMap: { withholdBasisPoints: 'withholdPercent', withheldOre: 'withholdPercent' },
  });
  return (
    <InlineForm
      {...frame}
      heading="title"
      maw={640}
      error={<AgreementErrorAlert error={form.error} areaName={areaName} />}
    >
      <Checkbox.Group
        label={t('agreements.disputes.areas')}
        required
        value={areas}
        onChange={(v) => {
          setAreas(v);
          form.setErrors(({ areas: _, ...rest }) => rest);
        }}
        error={form.errors.areas}
      >
        <Stack gap={6} mt={6}>
          {a.terms.areas.map((x) => (
            <Checkbox
              key={x.code}
              value={x.code}
              label={
                already.get(x.code)
                  ? t('agreements.disputes.areaOptionWithheld', {
                      name: x.name,
                      share: bpToPercent(x.basisPoints),
                      already: bpToPercent(already.get(x.code) ?? 0),
                    })
                  : t('agreements.disputes.areaOption', { name: x.name, share: bpToPercent(x.basisPoints) })
              }
            />
          ))}
        </Stack>
      </Checkbox.Group>
      <DecimalInput
        label={t('agreements.disputes.withholdPercent')}
        description={t('agreements.disputes.withholdHint')}
        {...form.text('withholdPercent')}
      />
      {preview && (
        <Text size="sm" role="status">
          {t('agreements.disputes.preview', { amount: preview })}
        </Text>
      )}
      <DateInput label={t('agreements.disputes.openedOn')} {...form.text('openedOn')} />
      <NoteField label={t('agreements.disputes.description')} maxLength={4000} {...form.text('description')} />
    </InlineForm>
  );
}

function SettleForm({ agreement: a, dispute: d, onDone }: PartFormProps & { dispute: Dispute }) {
  const { t } = useTranslation();
  const label = useEnum();
  const form = useForm({ settledOn: today(), settlement: '', settledPaidOre: '', note: '' });
  const v = form.values;
  const toInput = () => {
    let paid: number | null = null;
    if (v.settlement === 'partly') {
      paid = kronorToOre(v.settledPaidOre);
      if (paid === null && markFields(form, { settledPaidOre: t('agreements.validation.amount') })) return null;
    }
    const { settledOn, note } = v;
    const settlement = v.settlement || undefined;
    return form.validate(SettleDispute, { settledOn, settlement, settledPaidOre: paid, note, version: d.version });
  };
  const { frame } = useAgreementForm(form, {
    title: t('agreements.disputes.settleTitle', { date: formatDate(d.openedOn) }),
    submitLabel: t('agreements.disputes.settleSubmit'),
    toInput,
    send: (input: SettleDispute) => agreementsApi.settleDispute(a.id, d.id, input),
    onDone,
  });
  return (
    <InlineForm {...frame} heading="bold">
      <DateInput label={t('agreements.disputes.settledOnLabel')} {...form.text('settledOn')} />
      <Radio.Group
        label={t('agreements.disputes.settlementLabel')}
        required
        {...form.select('settlement')}
        value={v.settlement}
      >
        <Stack gap={6} mt={6}>
          {settlements.map((s) => (
            <Radio key={s} value={s} label={label('settlement', s)} />
          ))}
        </Stack>
      </Radio.Group>
      {v.settlement === 'partly' && (
        <DecimalInput
          label={t('agreements.disputes.paidAmountLabel')}
          description={t('agreements.disputes.paidHint')}
          {...form.text('settledPaidOre')}
        />
      )}
      <NoteField label={t('agreements.disputes.note')} maxLength={4000} {...form.text('note')} />
    </InlineForm>
  );
}
