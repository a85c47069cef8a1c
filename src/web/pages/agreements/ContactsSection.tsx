import { Button, Group, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ContactInput } from '../../../agreements/contract';
import { TableScroll } from '../../components/TableScroll';
import { useForm } from '../../components/useForm';
import { formatDate, today } from '../../format';
import { AgreementErrorAlert, failForm } from './errors';
import type { Agreement } from './queries';
import { useAgreementMutation } from './shared';

type Contact = Agreement['contacts'][number];

/** The current contact person of each party, every earlier one with the date it was notified in writing, and a change. */
export function ContactsSection({ agreement: a, canEdit }: { agreement: Agreement; canEdit: boolean }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const partyName = (p: 'issuer' | 'party') => (p === 'issuer' ? a.issuer.name : a.party.name);
  return (
    <>
      <Text size="sm" mb="sm">
        {t('agreements.contacts.rule')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mb="md">
        {(['issuer', 'party'] as const).map((p) => {
          const c = a.contacts.find((x) => x.party === p);
          return (
            <div key={p}>
              <Title order={3} size="h5">
                {t('agreements.contacts.currentFor', { party: partyName(p) })}
              </Title>
              {c ? (
                <Text style={{ whiteSpace: 'pre-line' }}>
                  {[c.name, c.title, c.email, c.phone, c.address].filter(Boolean).join('\n')}
                  {'\n'}
                  {t('agreements.contacts.since', { date: formatDate(c.validFrom) })}
                </Text>
              ) : (
                <Text>{t('agreements.contacts.none')}</Text>
              )}
            </div>
          );
        })}
      </SimpleGrid>
      {a.contactHistory.length > 0 && <History contacts={a.contactHistory} partyName={partyName} />}
      {canEdit && !adding && (
        <Button variant="outline" mt="md" onClick={() => setAdding(true)}>
          {t('agreements.contacts.add')}
        </Button>
      )}
      {canEdit && adding && <ContactForm agreement={a} onDone={() => setAdding(false)} />}
    </>
  );
}

function History({ contacts, partyName }: { contacts: Contact[]; partyName: (p: 'issuer' | 'party') => string }) {
  const { t } = useTranslation();
  const caption = t('agreements.contacts.historyCaption');
  return (
    <TableScroll minWidth={720} label={caption}>
      <Table striped withTableBorder fz="sm">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600, color: 'inherit' }}>
          {caption}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('agreements.contacts.validFrom')}</Table.Th>
            <Table.Th scope="col">{t('agreements.contacts.party')}</Table.Th>
            <Table.Th scope="col">{t('agreements.contacts.name')}</Table.Th>
            <Table.Th scope="col">{t('agreements.contacts.titleField')}</Table.Th>
            <Table.Th scope="col">{t('agreements.contacts.reach')}</Table.Th>
            <Table.Th scope="col">{t('agreements.contacts.notifiedOn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contacts.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(c.validFrom)}</Table.Td>
              <Table.Td>{partyName(c.party)}</Table.Td>
              <Table.Th scope="row" fw={500}>
                {c.name}
              </Table.Th>
              <Table.Td>{c.title ?? '–'}</Table.Td>
              <Table.Td style={{ wordBreak: 'break-word' }}>
                {[c.email, c.phone].filter(Boolean).join(', ') || '–'}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {c.notifiedOn ? formatDate(c.notifiedOn) : t('agreements.contacts.notNotified')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

function ContactForm({ agreement: a, onDone }: { agreement: Agreement; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm({
    party: 'party',
    name: '',
    title: '',
    email: '',
    phone: '',
    address: '',
    validFrom: today(),
    notifiedOn: '',
  });
  const save = useAgreementMutation(a.id, { onSaved: onDone, onError: (err) => failForm(form, err, t) });
  const v = form.values;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = form.validate(ContactInput, {
      ...v,
      email: v.email.trim() || null,
      notifiedOn: v.notifiedOn || null,
    });
    if (input) save.mutate({ method: 'POST', path: '/contacts', body: input });
  };
  const title = t('agreements.contacts.addTitle');
  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack gap="sm" mt="md" maw={760}>
        <Title order={3} size="h4">
          {title}
        </Title>
        <AgreementErrorAlert error={form.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('agreements.contacts.party')}
            required
            data={[
              { value: 'issuer', label: a.issuer.name },
              { value: 'party', label: a.party.name },
            ]}
            {...form.text('party')}
          />
          <TextInput label={t('agreements.contacts.name')} required maxLength={200} {...form.text('name')} />
          <TextInput label={t('agreements.contacts.titleField')} maxLength={200} {...form.text('title')} />
          <TextInput label={t('agreements.contacts.email')} type="email" maxLength={254} {...form.text('email')} />
          <TextInput label={t('agreements.contacts.phone')} type="tel" maxLength={40} {...form.text('phone')} />
          <TextInput type="date" label={t('agreements.contacts.validFrom')} required {...form.text('validFrom')} />
          <TextInput
            type="date"
            label={t('agreements.contacts.notifiedOn')}
            description={t('agreements.contacts.notifiedHint')}
            {...form.text('notifiedOn')}
          />
        </SimpleGrid>
        <Textarea
          label={t('agreements.contacts.address')}
          autosize
          minRows={2}
          maxLength={500}
          {...form.text('address')}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('agreements.contacts.submit')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
