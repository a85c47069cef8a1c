import { Button, Group, NativeSelect, PasswordInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateUser, Role, type User } from '../../../people/contract';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useForm } from '../../components/useForm';
import { useEnum } from '../../i18n/useEnum';
import { usePeople } from '../people/queries';

const MIN_PASSWORD = 10;

/** An account for a person who has none yet, with a role and a first password. */
export function CreateUserForm({ personId, onDone }: { personId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const label = useEnum();
  const qc = useQueryClient();
  const people = usePeople({ status: 'active' });
  const candidates = (people.data?.items ?? []).filter((p) => !p.hasAccount);
  const form = useForm({ personId, email: '', role: 'member', password: '', locale: 'sv' });
  const chosen = candidates.find((p) => p.id === form.values.personId);
  // A person chosen before the list loaded (from the person's page) brings their email along.
  useEffect(() => {
    if (chosen?.email && !form.values.email) form.set('email', chosen.email);
  }, [chosen?.id]); // eslint-disable-line react-hooks/exhaustive-deps

  const create = useMutation({
    mutationFn: (input: CreateUser) => api.post<User>('/api/users', input),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['users'] });
      await qc.invalidateQueries({ queryKey: ['people'] });
      onDone();
    },
    onError: form.fail,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = form.values;
    if (v.password.length < MIN_PASSWORD) {
      form.setErrors({ password: t('validation.passwordLength', { min: MIN_PASSWORD }) });
      return;
    }
    const input = form.validate(CreateUser, {
      ...v,
      personId: v.personId || undefined,
      email: v.email || chosen?.email || '',
    });
    if (input) create.mutate(input);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('users.new')}>
      <Stack maw={760}>
        <ErrorAlert error={form.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('users.fields.person')}
            required
            searchable
            nothingFoundMessage={t('common.noResults')}
            data={candidates.map((p) => ({ value: p.id, label: `${p.name} (${p.organisationName})` }))}
            {...form.select('personId')}
            onChange={(v) => {
              form.set('personId', v ?? '');
              const p = candidates.find((c) => c.id === v);
              if (p?.email && !form.values.email) form.set('email', p.email);
            }}
          />
          <TextInput
            label={t('users.fields.email')}
            type="email"
            required
            autoComplete="off"
            placeholder={chosen?.email ?? undefined}
            {...form.text('email')}
          />
          <NativeSelect
            label={t('users.fields.role')}
            required
            data={Role.options.map((r) => ({ value: r, label: label('role', r) }))}
            {...form.text('role')}
          />
          <NativeSelect
            label={t('users.fields.locale')}
            data={[
              { value: 'sv', label: t('lang.sv') },
              { value: 'en', label: t('lang.en') },
            ]}
            {...form.text('locale')}
          />
          <PasswordInput
            label={t('users.fields.password')}
            description={t('users.passwordHint')}
            required
            autoComplete="new-password"
            {...form.text('password')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('common.create')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
