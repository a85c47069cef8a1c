import { Anchor, List, Text, TextInput } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SubAgreementInput } from '../../../agreements/contract';
import { useForm } from '../../components/useForm';
import { InlineForm, Reveal } from '../../kit';
import { AgreementErrorAlert, markFields } from './errors';
import { kronorToOre } from './money';
import { agreementsApi, type Agreement } from './queries';
import { DecimalInput, useAgreementSave } from './shared';

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
              <Anchor component={Link} to={`/agreements/${s.id}`}>
                {s.title}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
      <Reveal can={canEdit} label={t('agreements.sub.add')}>
        {(close) => <SubForm agreement={a} onDone={close} />}
      </Reveal>
    </>
  );
}

function SubForm({ agreement: a, onDone }: { agreement: Agreement; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ title: '', yearlyAmountOre: '' });
  const save = useAgreementSave((input: SubAgreementInput) => agreementsApi.addSubAgreement(a.id, input), form, onDone);
  const submit = () => {
    const ore = kronorToOre(form.values.yearlyAmountOre);
    if (ore === null && markFields(form, { yearlyAmountOre: t('agreements.validation.amount') })) return;
    const input = form.validate(SubAgreementInput, { title: form.values.title, yearlyAmountOre: ore });
    if (input) save.submit(input);
  };
  return (
    <InlineForm
      title={t('agreements.sub.addTitle')}
      heading="title"
      onSubmit={submit}
      submitLabel={t('agreements.sub.submit')}
      busy={save.pending}
      onCancel={onDone}
      error={<AgreementErrorAlert error={form.error} />}
    >
      <TextInput label={t('agreements.sub.title')} required maxLength={300} {...form.text('title')} />
      <DecimalInput
        label={t('agreements.sub.yearlyAmount')}
        description={t('agreements.compensation.amountHint')}
        {...form.text('yearlyAmountOre')}
      />
    </InlineForm>
  );
}
