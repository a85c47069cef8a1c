import type { TFunction } from 'i18next';
import type { Organisation } from '../../../organisations/contract';

export type OrganisationFormValues = {
  type: string;
  name: string;
  shortName: string;
  orgNumber: string;
  municipalityCode: string;
  email: string;
  phone: string;
  website: string;
  address: string;
};

export const emptyOrganisation: OrganisationFormValues = {
  type: '',
  name: '',
  shortName: '',
  orgNumber: '',
  municipalityCode: '',
  email: '',
  phone: '',
  website: '',
  address: '',
};

export function organisationToForm(o: Organisation): OrganisationFormValues {
  return {
    type: o.type,
    name: o.name,
    shortName: o.shortName ?? '',
    orgNumber: o.orgNumber ?? '',
    municipalityCode: o.municipalityCode ?? '',
    email: o.email ?? '',
    phone: o.phone ?? '',
    website: o.website ?? '',
    address: o.address ?? '',
  };
}

/** The form's values as the contract expects them ('' for "no type chosen" makes the contract complain). */
export function formToInput(v: OrganisationFormValues) {
  return { ...v, type: v.type || undefined };
}

export const organisationFieldLabel = (t: TFunction) => (field: string) => {
  if (field === 'populations') return t('organisations.populations.title');
  if (field === 'archived' || field === 'archivedAt') return t('common.status');
  return t(`organisations.fields.${field}`, { defaultValue: field });
};
