import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { useForm } from '../../components/useForm';
import { useOrganisationOptions } from '../organisations/queries';
import type { PersonFormValues } from './fields';

type Form = ReturnType<typeof useForm<PersonFormValues>>;

export function PersonForm({
  form,
  onSubmit,
  busy,
  submitLabel,
  cancelTo,
  children,
}: {
  form: Form;
  onSubmit: () => void;
  busy: boolean;
  submitLabel: string;
  cancelTo: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const organisations = useOrganisationOptions();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={760}>
        {children}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('people.fields.givenName')}
            required
            maxLength={100}
            autoComplete="off"
            {...form.text('givenName')}
          />
          <TextInput
            label={t('people.fields.familyName')}
            required
            maxLength={100}
            autoComplete="off"
            {...form.text('familyName')}
          />
          <NativeSelect
            label={t('people.fields.organisation')}
            required
            data={[{ value: '', label: t('common.select') }, ...organisations]}
            {...form.text('organisationId')}
          />
          <TextInput label={t('people.fields.title')} maxLength={150} {...form.text('title')} />
          <TextInput label={t('people.fields.email')} type="email" autoComplete="off" {...form.text('email')} />
          <TextInput label={t('people.fields.phone')} type="tel" maxLength={40} {...form.text('phone')} />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
          <Button component={Link} to={cancelTo} variant="default">
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
