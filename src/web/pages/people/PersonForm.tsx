import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChoiceField, ContactFields, RecordForm, type RecordFormProps } from '../../kit';
import { useOrganisationOptions } from '../organisations/queries';
import type { PersonFormValues } from './fields';

export function PersonForm({ form, ...frame }: RecordFormProps<PersonFormValues>) {
  const { t } = useTranslation();
  const organisations = useOrganisationOptions();
  const name = (k: 'givenName' | 'familyName') => (
    <TextInput label={t(`people.fields.${k}`)} required maxLength={100} autoComplete="off" {...form.text(k)} />
  );
  return (
    <RecordForm
      {...frame}
      fields={
        <>
          {name('givenName')}
          {name('familyName')}
          <ChoiceField
            label={t('people.fields.organisation')}
            required
            choices={organisations}
            {...form.text('organisationId')}
          />
          <TextInput label={t('people.fields.title')} maxLength={150} {...form.text('title')} />
          <ContactFields form={form} ns="people" />
        </>
      }
    />
  );
}
