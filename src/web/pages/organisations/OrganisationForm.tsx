import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { organisationTypes } from '../../../organisations/contract';
import { useEnum } from '../../i18n/useEnum';
import type { useForm } from '../../components/useForm';
import type { OrganisationFormValues } from './fields';

type Form = ReturnType<typeof useForm<OrganisationFormValues>>;

/** The organisation's own fields; create and edit pages add the submit logic. */
export function OrganisationForm({
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
  const label = useEnum();
  const isMunicipality = form.values.type === 'municipality';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={760}>
        {children}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('organisations.fields.type')}
            required
            data={[
              { value: '', label: t('common.select') },
              ...organisationTypes.map((c) => ({ value: c, label: label('organisationType', c) })),
            ]}
            {...form.text('type')}
          />
          <TextInput label={t('organisations.fields.name')} required maxLength={200} {...form.text('name')} />
          <TextInput label={t('organisations.fields.shortName')} maxLength={60} {...form.text('shortName')} />
          <TextInput
            label={t('organisations.fields.orgNumber')}
            description={t('organisations.hints.orgNumber')}
            {...form.text('orgNumber')}
          />
          {(isMunicipality || form.values.municipalityCode) && (
            <TextInput
              label={t('organisations.fields.municipalityCode')}
              description={t('organisations.hints.municipalityCode')}
              required={isMunicipality}
              inputMode="numeric"
              maxLength={4}
              {...form.text('municipalityCode')}
            />
          )}
          <TextInput label={t('organisations.fields.email')} type="email" {...form.text('email')} />
          <TextInput label={t('organisations.fields.phone')} type="tel" {...form.text('phone')} />
          <TextInput label={t('organisations.fields.website')} type="url" {...form.text('website')} />
        </SimpleGrid>
        <Textarea
          label={t('organisations.fields.address')}
          autosize
          minRows={2}
          maxLength={500}
          {...form.text('address')}
        />
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
