import { NativeSelect, SimpleGrid, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ContactInput } from '../../../agreements/contract';
import { useForm } from '../../components/useForm';
import { formatDate, today } from '../../format';
import { DataTable, InlineForm, Reveal, type Column } from '../../kit';
import { AgreementErrorAlert } from './errors';
import { agreementsApi, type Agreement } from './queries';
import { partyNamer, partyOptions, useAgreementSave } from './shared';

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
      <Reveal can={canEdit} label={t('agreements.contacts.add')}>
        {(close) => <ContactForm agreement={a} onDone={close} />}
      </Reveal>
    </>
  );
}

function ContactHistory({
  contacts,
  partyName,
}: {
  contacts: Contact[];
  partyName: (p: 'issuer' | 'party') => string;
}) {
  const { t } = useTranslation();
  const columns: Column<Contact>[] = [
    {
      id: 'validFrom',
      header: t('agreements.contacts.validFrom'),
      sortValue: (c) => c.validFrom,
      cell: (c) => formatDate(c.validFrom),
    },
    { id: 'party', header: t('agreements.contacts.party'), cell: (c) => partyName(c.party) },
    {
      id: 'name',
      header: t('agreements.contacts.name'),
      rowHeader: true,
      sortValue: (c) => c.name,
      cell: (c) => c.name,
    },
    { id: 'title', header: t('agreements.contacts.titleField'), cell: (c) => c.title ?? '–' },
    {
      id: 'reach',
      header: t('agreements.contacts.reach'),
      cell: (c) => [c.email, c.phone].filter(Boolean).join(', ') || '–',
    },
    {
      id: 'notifiedOn',
      header: t('agreements.contacts.notifiedOn'),
      cell: (c) => (c.notifiedOn ? formatDate(c.notifiedOn) : t('agreements.contacts.notNotified')),
    },
  ];
  return (
    <DataTable
      caption={t('agreements.contacts.historyCaption')}
      captionHidden={false}
      showCount={false}
      columns={columns}
      rows={contacts}
      rowKey={(c) => c.id}
    />
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
  const save = useAgreementSave((input: ContactInput) => agreementsApi.addContact(a.id, input), form, onDone);
  const v = form.values;
  const submit = () => {
    const input = form.validate(ContactInput, {
      ...v,
      email: v.email.trim() || null,
      notifiedOn: v.notifiedOn || null,
    });
    if (input) save.submit(input);
  };
  return (
    <InlineForm
      title={t('agreements.contacts.addTitle')}
      heading="title"
      onSubmit={submit}
      submitLabel={t('agreements.contacts.submit')}
      busy={save.pending}
      onCancel={onDone}
      maw={760}
      error={<AgreementErrorAlert error={form.error} />}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect label={t('agreements.contacts.party')} required data={partyOptions(a)} {...form.text('party')} />
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
    </InlineForm>
  );
}
