import { Button, Group, List, Paper, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Sign } from '../../../agreements/contract';
import { useForm } from '../../components/useForm';
import { formatDate, today } from '../../format';
import { AgreementErrorAlert, failForm } from './errors';
import type { Agreement } from './queries';
import { useAgreementMutation } from './shared';

/** Who signed for each party, where and when; signing (or correcting a signature). */
export function SignaturesSection({ agreement: a, canEdit }: { agreement: Agreement; canEdit: boolean }) {
  const { t } = useTranslation();
  const [signing, setSigning] = useState<'issuer' | 'party' | null>(null);
  const partyName = (p: 'issuer' | 'party') => (p === 'issuer' ? a.issuer.name : a.party.name);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {(['issuer', 'party'] as const).map((p) => {
        const s = a.signatures.find((x) => x.party === p);
        return (
          <Paper key={p} withBorder p="sm">
            <Title order={3} size="h5" mb="xs">
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
            {canEdit && signing !== p && (
              <Button variant="outline" size="sm" mt="sm" onClick={() => setSigning(p)}>
                {t('agreements.signatures.sign', { party: partyName(p) })}
              </Button>
            )}
            {canEdit && signing === p && (
              <SignForm agreement={a} party={p} partyName={partyName(p)} onDone={() => setSigning(null)} />
            )}
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
  const save = useAgreementMutation(a.id, { onSaved: onDone, onError: (err) => failForm(form, err, t) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const signatories = form.values.signatories
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
    const input = form.validate(Sign, { ...form.values, signatories });
    if (input) save.mutate({ method: 'PUT', path: `/signatures/${party}`, body: input });
  };
  const title = t('agreements.signatures.signTitle', { party: partyName });
  const errors = form.errors;
  const signatoriesError =
    errors.signatories ?? Object.entries(errors).find(([k]) => k.startsWith('signatories.'))?.[1];
  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack gap="sm" mt="sm">
        <AgreementErrorAlert error={form.error} />
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
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('agreements.signatures.submit')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
