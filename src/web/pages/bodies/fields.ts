import type { TFunction } from 'i18next';
import type { Body } from '../../../bodies/contract';

export type BodyFormValues = {
  organisationId: string;
  type: string;
  name: string;
  shortName: string;
  description: string;
  reportsToId: string;
};

export const emptyBody = (organisationId = ''): BodyFormValues => ({
  organisationId,
  type: '',
  name: '',
  shortName: '',
  description: '',
  reportsToId: '',
});

export function bodyToForm(b: Body): BodyFormValues {
  return {
    organisationId: b.organisationId,
    type: b.type,
    name: b.name,
    shortName: b.shortName ?? '',
    description: b.description ?? '',
    reportsToId: b.reportsTo?.id ?? '',
  };
}

export function bodyFormToInput(v: BodyFormValues) {
  return {
    ...v,
    type: v.type || undefined,
    organisationId: v.organisationId || undefined,
    reportsToId: v.reportsToId || null,
  };
}

export const bodyFieldLabel = (t: TFunction) => (field: string) => {
  switch (field) {
    case 'organisationId':
    case 'organisationName':
      return t('bodies.fields.organisation');
    case 'reportsToId':
    case 'reportsTo':
      return t('bodies.fields.reportsTo');
    case 'members':
      return t('bodies.members.title');
    case 'added':
      return t('bodies.members.addTitle');
    case 'membership':
      return t('bodies.members.title');
    case 'reportingBodies':
      return t('bodies.reportingBodies');
    case 'archived':
    case 'archivedAt':
      return t('common.status');
    default:
      return t(`bodies.fields.${field}`, { defaultValue: field });
  }
};
