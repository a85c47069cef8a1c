import { List, Paper, SimpleGrid, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Sign } from '../../../agreements/contract';
import { useForm } from '../../components/useForm';
import { formatDate, today } from '../../format';
import { InlineForm, Reveal } from '../../kit';
import { AgreementErrorAlert } from './errors';
import { agreementsApi, type Agreement } from './queries';
import { partyNamer, useAgreementSave } from './shared';

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

function SignForm({
  agreement: a,
  party,
  partyName,
  onDone,
}: {
  agreement: Agreement;
  party: 'issuer' | 'party';
  partyName: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const current = a.signatures.find((x) => x.party === party);
  const form = useForm({
    signatories: current?.signatories.join('\n') ?? '',
    place: current?.place ?? '',
    signedOn: current?.signedOn ?? today(),
  });
  const save = useAgreementSave((input: Sign) => agreementsApi.sign(a.id, party, input), form, onDone);
  const submit = () => {
    const signatories = form.values.signatories
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
    const input = form.validate(Sign, { ...form.values, signatories });
    if (input) save.submit(input);
  };
  const errors = form.errors;
  const signatoriesError =
    errors.signatories ?? Object.entries(errors).find(([k]) => k.startsWith('signatories.'))?.[1];
  return (
    <InlineForm
      title={t('agreements.signatures.signTitle', { party: partyName })}
      onSubmit={submit}
      submitLabel={t('agreements.signatures.submit')}
      busy={save.pending}
      onCancel={onDone}
      mt="sm"
      error={<AgreementErrorAlert error={form.error} />}
    >
      <Textarea
        label={t('agreements.signatures.signatories')}
        description={t('agreements.signatures.signatoriesHint')}
        required
        autosize
        minRows={2}
        {...form.text('signatories')}
        error={signatoriesError}
      />
      <TextInput label={t('agreements.signatures.place')} required maxLength={100} {...form.text('place')} />
      <TextInput type="date" label={t('agreements.signatures.signedOn')} required {...form.text('signedOn')} />
    </InlineForm>
  );
}
