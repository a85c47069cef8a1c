import { List, Paper, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Sign } from '../../../agreements/contract';
import { useForm } from '../../components/useForm';
import { formatDate, today } from '../../format';
import { InlineForm, NoteField, Reveal } from '../../kit';
import { fieldsOf, useAgreementForm, type PartFormProps } from './agreementForm';
import { agreementsApi, type Agreement } from './queries';
import { partyNamer, type Party } from './shared';

/** Who signed for each party, where and when; signing (or correcting a signature). */
export function SignaturesSection({ agreement: a, canEdit }: { agreement: Agreement; canEdit: boolean }) {
  const { t } = useTranslation();
  const partyName = partyNamer(a);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {(['issuer', 'party'] as const).map((p) => {
        const s = a.signatures.find((x) => x.party === p);
        return (
          <Paper key={p} withBorder p="sm" miw={0}>
            <Title order={3} size="h5" mb="xs" style={{ overflowWrap: 'anywhere' }}>
              {partyName(p)}
            </Title>
            {s ? (
              <>
                <Text size="sm" fw={600}>
                  {t('agreements.signatures.signatories')}
                </Text>
                <List size="sm" mb="xs">
                  {s.signatories.map((n, i) => (
                    <List.Item key={i}>{n}</List.Item>
                  ))}
                </List>
                <Text size="sm">
                  {t('agreements.signatures.signedText', { place: s.place, date: formatDate(s.signedOn) })}
                </Text>
              </>
            ) : (
              <Text size="sm">{t('agreements.signatures.notSigned')}</Text>
            )}
            <Reveal can={canEdit} label={t('agreements.signatures.sign', { party: partyName(p) })} size="sm" mt="sm">
              {(close) => <SignForm agreement={a} party={p} partyName={partyName(p)} onDone={close} />}
            </Reveal>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}

function SignForm({ agreement: a, party, partyName, onDone }: PartFormProps & { party: Party; partyName: string }) {
  const { t } = useTranslation();
  const current = a.signatures.find((x) => x.party === party);
  const form = useForm({
    signatories: current?.signatories.join('\n') ?? '',
    place: current?.place ?? '',
    signedOn: current?.signedOn ?? today(),
  });
  const signatories = () =>
    form.values.signatories
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
  const { frame } = useAgreementForm(form, {
    title: t('agreements.signatures.signTitle', { party: partyName }),
    submitLabel: t('agreements.signatures.submit'),
    toInput: () => form.validate(Sign, { ...form.values, signatories: signatories() }),
    send: (input: Sign) => agreementsApi.sign(a.id, party, input),
    onDone,
  });
  const errors = form.errors;
  const signatoriesError =
    errors.signatories ?? Object.entries(errors).find(([k]) => k.startsWith('signatories.'))?.[1];
  const field = fieldsOf(form, t, 'agreements.signatures');
  return (
    <InlineForm {...frame} mt="sm">
      <NoteField {...field('signatories', { hint: 'signatoriesHint' })} required error={signatoriesError} />
      <TextInput {...field('place')} required maxLength={100} />
      <TextInput {...field('signedOn')} type="date" required />
    </InlineForm>
  );
}
