import type { TFunction } from 'i18next';
import type { Person } from '../../../people/contract';

export type PersonFormValues = {
  organisationId: string;
  givenName: string;
  familyName: string;
  title: string;
  email: string;
  phone: string;
};

export const emptyPerson = (organisationId = ''): PersonFormValues => ({
  organisationId,
  givenName: '',
  familyName: '',
  title: '',
  email: '',
  phone: '',
});

export function personToForm(p: Person): PersonFormValues {
  return {
    organisationId: p.organisationId,
    givenName: p.givenName,
    familyName: p.familyName,
    title: p.title ?? '',
    email: p.email ?? '',
    phone: p.phone ?? '',
  };
}

export const personFormToInput = (v: PersonFormValues) => ({ ...v, organisationId: v.organisationId || undefined });

export const personFieldLabel = (t: TFunction) => (field: string) => {
  if (field === 'organisationId' || field === 'organisationName') return t('people.fields.organisation');
  if (field === 'archived' || field === 'archivedAt') return t('common.status');
  if (field === 'hasAccount') return t('people.fields.account');
  return t(`people.fields.${field}`, { defaultValue: field });
};
