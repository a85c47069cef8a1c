import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { bodyTypes } from '../../../bodies/contract';
import { useEnum } from '../../i18n/useEnum';
import { ChoiceField, NoteField, RecordForm, type RecordFormProps } from '../../kit';
import { useOrganisationOptions } from '../organisations/queries';
import type { BodyFormValues } from './fields';
import { useBodies } from './queries';

export function BodyForm({ form, selfId, ...frame }: RecordFormProps<BodyFormValues> & { selfId?: string }) {
  const { t } = useTranslation();
  const label = useEnum();
  const organisations = useOrganisationOptions();
  const bodies = useBodies({ status: 'active' });
  const others = (bodies.data?.items ?? []).filter((b) => b.id !== selfId).map((b) => ({ value: b.id, label: b.name }));
  return (
    <RecordForm
      {...frame}
      fields={
        <>
          <TextInput label={t('bodies.fields.name')} required maxLength={200} {...form.text('name')} />
          <TextInput label={t('bodies.fields.shortName')} maxLength={60} {...form.text('shortName')} />
          <ChoiceField
            label={t('bodies.fields.type')}
            required
            choices={bodyTypes.map((c) => ({ value: c, label: label('bodyType', c) }))}
            {...form.text('type')}
          />
          <ChoiceField
            label={t('bodies.fields.organisation')}
            required
            choices={organisations}
            {...form.text('organisationId')}
          />
          <ChoiceField
            label={t('bodies.fields.reportsTo')}
            empty={t('bodies.noReportsTo')}
            choices={others}
            {...form.text('reportsToId')}
          />
        </>
      }
      wide={
        <NoteField label={t('bodies.fields.description')} rows={3} maxLength={4000} {...form.text('description')} />
      }
    />
  );
}
