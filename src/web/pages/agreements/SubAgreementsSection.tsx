import { Anchor, List, Text, TextInput } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SubAgreementInput } from '../../../agreements/contract';
import { useForm } from '../../components/useForm';
import { InlineForm } from '../../kit';
import { RevealForm, useAgreementForm, type PartFormProps } from './agreementForm';
import { markFields } from './errors';
import { kronorToOre } from './money';
import { agreementLinks, agreementsApi, type Agreement } from './queries';
import { DecimalInput } from './shared';

/** Further agreements linked to this one (§4), each with its own compensation. */
export function SubAgreementsSection({ agreement: a, canEdit }: { agreement: Agreement; canEdit: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm" mb="sm">
        {t('agreements.sub.hint')}
      </Text>
      {a.subAgreements.length === 0 ? (
        <Text>{t('agreements.sub.none')}</Text>
      ) : (
        <List>
          {a.subAgreements.map((s) => (
            <List.Item key={s.id}>
              <Anchor component={Link} to={agreementLinks.agreement(s.id)}>
                {s.title}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
      <RevealForm can={canEdit} label={t('agreements.sub.add')} agreement={a} form={SubForm} />
    </>
  );
}

function SubForm({ agreement: a, onDone }: PartFormProps) {
  const { t } = useTranslation();
  const form = useForm({ title: '', yearlyAmountOre: '' });
  const toInput = () => {
    const ore = kronorToOre(form.values.yearlyAmountOre);
    if (ore === null && markFields(form, { yearlyAmountOre: t('agreements.validation.amount') })) return null;
    return form.validate(SubAgreementInput, { title: form.values.title, yearlyAmountOre: ore });
  };
  const send = (input: SubAgreementInput) => agreementsApi.addSubAgreement(a.id, input);
  const title = t('agreements.sub.addTitle');
  const { frame } = useAgreementForm(form, { title, submitLabel: t('agreements.sub.submit'), toInput, send, onDone });
  return (
    <InlineForm {...frame} heading="title">
      <TextInput label={t('agreements.sub.title')} required maxLength={300} {...form.text('title')} />
      <DecimalInput
        label={t('agreements.sub.yearlyAmount')}
        description={t('agreements.compensation.amountHint')}
        {...form.text('yearlyAmountOre')}
      />
    </InlineForm>
  );
}
