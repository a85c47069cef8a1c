import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { organisationTypes } from '../../../organisations/contract';
import { useEnum } from '../../i18n/useEnum';
import { ChoiceField, ContactFields, NoteField, RecordForm, type RecordFormProps } from '../../kit';
import type { OrganisationFormValues } from './fields';

/** The organisation's own fields; create and edit pages add the submit logic. */
export function OrganisationForm({ form, ...frame }: RecordFormProps<OrganisationFormValues>) {
  const { t } = useTranslation();
  const label = useEnum();
  const isMunicipality = form.values.type === 'municipality';
  return (
    <RecordForm
      {...frame}
      fields={
        <>
          <ChoiceField
            label={t('organisations.fields.type')}
            required
            choices={organisationTypes.map((c) => ({ value: c, label: label('organisationType', c) }))}
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
          <ContactFields form={form} ns="organisations" />
          <TextInput label={t('organisations.fields.website')} type="url" {...form.text('website')} />
        </>
      }
      wide={<NoteField label={t('organisations.fields.address')} maxLength={500} {...form.text('address')} />}
    />
  );
}
