import { PasswordInput, Select, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../people/contract';
import { useEnum } from '../../i18n/useEnum';
import { ChoiceField, RecordForm, useCreateForm } from '../../kit';
import { personKeys, usePeople } from '../people/queries';
import { CreateUserInput, localeChoices, newUser, roleChoices } from './fields';
import { userKeys, usersApi } from './queries';

/** An account for a person who has none yet, with a role and a first password. */
export function CreateUserForm({
  personId,
  cancelTo,
  onSaved,
}: {
  personId: string;
  cancelTo: string;
  onSaved: (created: User) => void;
}) {
  const { t } = useTranslation();
  const label = useEnum();
  const people = usePeople({ status: 'active' });
  const candidates = (people.data?.items ?? []).filter((p) => !p.hasAccount);
  const emailOf = (id: string) => candidates.find((p) => p.id === id)?.email ?? '';
  const { form, frame } = useCreateForm({
    initial: newUser(personId),
    schema: CreateUserInput,
    // The person's own address is the sign-in address unless another is typed.
    toInput: (v) => ({ ...v, personId: v.personId || undefined, email: v.email || emailOf(v.personId) }),
    send: usersApi.create,
    invalidate: [userKeys.all, personKeys.all],
    onSaved,
    cancelTo,
  });
  const chosenEmail = emailOf(form.values.personId);
  // A person chosen before the list loaded (from the person's page) brings their address along.
  useEffect(() => {
    if (chosenEmail && !form.values.email) form.set('email', chosenEmail);
  }, [chosenEmail]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <RecordForm
      {...frame}
      label={t('users.new')}
      fields={
        <>
          <Select
            label={t('users.fields.person')}
            required
            searchable
            nothingFoundMessage={t('common.noResults')}
            data={candidates.map((p) => ({ value: p.id, label: `${p.name} (${p.organisationName})` }))}
            {...form.select('personId')}
          />
          <TextInput
            label={t('users.fields.email')}
            type="email"
            required
            autoComplete="off"
            placeholder={chosenEmail || undefined}
            {...form.text('email')}
          />
          <ChoiceField
            label={t('users.fields.role')}
            required
            empty={false}
            choices={roleChoices(label)}
            {...form.text('role')}
          />
          <ChoiceField
            label={t('users.fields.locale')}
            empty={false}
            choices={localeChoices(t)}
            {...form.text('locale')}
          />
          <PasswordInput
            label={t('users.fields.password')}
            description={t('users.passwordHint')}
            required
            autoComplete="new-password"
            {...form.text('password')}
          />
        </>
      }
    />
  );
}
