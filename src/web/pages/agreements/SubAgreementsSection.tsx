import { Anchor, Button, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SubAgreementInput } from '../../../agreements/contract';
import { useForm } from '../../components/useForm';
import { AgreementErrorAlert, failForm, markFields } from './errors';
import { kronorToOre } from './money';
import type { Agreement } from './queries';
import { useAgreementMutation } from './shared';

/** Further agreements linked to this one (§4), each with its own compensation. */
export function SubAgreementsSection({ agreement: a, canEdit }: { agreement: Agreement; canEdit: boolean }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
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
      {canEdit && !adding && (
        <Button variant="outline" mt="md" onClick={() => setAdding(true)}>
          {t('agreements.sub.add')}
        </Button>
      )}
      {canEdit && adding && <SubForm agreement={a} onDone={() => setAdding(false)} />}
    </>
  );
}

function SubForm({ agreement: a, onDone }: { agreement: Agreement; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ title: '', yearlyAmountOre: '' });
  const save = useAgreementMutation(a.id, { onSaved: onDone, onError: (err) => failForm(form, err, t) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const ore = kronorToOre(form.values.yearlyAmountOre);
    if (ore === null && markFields(form, { yearlyAmountOre: t('agreements.validation.amount') })) return;
    const input = form.validate(SubAgreementInput, { title: form.values.title, yearlyAmountOre: ore });
    if (input) save.mutate({ method: 'POST', path: '/sub-agreements', body: input });
  };
  const title = t('agreements.sub.addTitle');
  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack gap="sm" mt="md" maw={560}>
        <Title order={3} size="h4">
          {title}
        </Title>
        <AgreementErrorAlert error={form.error} />
        <TextInput label={t('agreements.sub.title')} required maxLength={300} {...form.text('title')} />
        <TextInput
          label={t('agreements.sub.yearlyAmount')}
          description={t('agreements.compensation.amountHint')}
          required
          inputMode="decimal"
          {...form.text('yearlyAmountOre')}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('agreements.sub.submit')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
