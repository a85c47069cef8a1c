import { NativeSelect, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ContactInput } from '../../../agreements/contract';
import { useForm } from '../../components/useForm';
import { formatDate, today } from '../../format';
import { CaptionedTable, columnSet, InlineForm, NoteField } from '../../kit';
import { fieldsOf, RevealForm, useAgreementForm, type PartFormProps } from './agreementForm';
import { agreementsApi, type Agreement } from './queries';
import { partyNamer, partyOptions, type Party } from './shared';

type Contact = Agreement['contacts'][number];

/** The current contact person of each party, every earlier one with the date it was notified in writing, and a change. */
export function ContactsSection({ agreement: a, canEdit }: { agreement: Agreement; canEdit: boolean }) {
  const { t } = useTranslation();
  const partyName = partyNamer(a);
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
              <Title order={3} size="h5" style={{ overflowWrap: 'anywhere' }}>
                {t('agreements.contacts.currentFor', { party: partyName(p) })}
              </Title>
              {c ? (
                <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
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
      {a.contactHistory.length > 0 && <ContactHistory contacts={a.contactHistory} partyName={partyName} />}
      <RevealForm can={canEdit} label={t('agreements.contacts.add')} agreement={a} form={ContactForm} />
    </>
  );
}

function ContactHistory({ contacts, partyName }: { contacts: Contact[]; partyName: (p: Party) => string }) {
  const { t } = useTranslation();
  const columns = columnSet<Contact>((id) => t(`agreements.contacts.${id}`), {
    validFrom: { sortValue: (c) => c.validFrom, cell: (c) => formatDate(c.validFrom) },
    party: (c) => partyName(c.party),
    name: { rowHeader: true, sortValue: (c) => c.name, cell: (c) => c.name },
    titleField: (c) => c.title ?? '–',
    reach: (c) => [c.email, c.phone].filter(Boolean).join(', ') || '–',
    notifiedOn: (c) => (c.notifiedOn ? formatDate(c.notifiedOn) : t('agreements.contacts.notNotified')),
  });
  const caption = t('agreements.contacts.historyCaption');
  return <CaptionedTable caption={caption} columns={columns} rows={contacts} rowKey={(c) => c.id} />;
}

function ContactForm({ agreement: a, onDone }: PartFormProps) {
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
  const v = form.values;
  const label = (k: string) => t(`agreements.contacts.${k}`);
  const field = fieldsOf(form, t, 'agreements.contacts');
  const { frame } = useAgreementForm(form, {
    title: label('addTitle'),
    submitLabel: label('submit'),
    toInput: () =>
      form.validate(ContactInput, { ...v, email: v.email.trim() || null, notifiedOn: v.notifiedOn || null }),
    send: (input: ContactInput) => agreementsApi.addContact(a.id, input),
    onDone,
  });
  return (
    <InlineForm {...frame} heading="title" maw={760}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect {...field('party')} required data={partyOptions(a)} />
        <TextInput {...field('name')} required maxLength={200} />
        <TextInput {...field('title', { label: 'titleField' })} maxLength={200} />
        <TextInput {...field('email')} type="email" maxLength={254} />
        <TextInput {...field('phone')} type="tel" maxLength={40} />
        <TextInput {...field('validFrom')} type="date" required />
        <TextInput {...field('notifiedOn', { hint: 'notifiedHint' })} type="date" />
      </SimpleGrid>
      <NoteField {...field('address')} maxLength={500} />
    </InlineForm>
  );
}
