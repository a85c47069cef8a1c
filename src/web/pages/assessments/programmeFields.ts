import type { TFunction } from 'i18next';
import { DEFAULT_STAKEHOLDER_GROUPS, type Programme } from '../../../assessments/contract';

export type ProgrammeFormValues = {
  organisationId: string;
  name: string;
  description: string;
  rusVersionId: string;
  shared: boolean;
};

export const emptyProgramme = (organisationId: string): ProgrammeFormValues => ({
  organisationId,
  name: '',
  description: '',
  rusVersionId: '',
  shared: false,
});
export const defaultGroups = () => [...DEFAULT_STAKEHOLDER_GROUPS];

export const programmeToForm = (p: Programme): ProgrammeFormValues => ({
  organisationId: p.organisationId,
  name: p.name,
  description: p.description ?? '',
  rusVersionId: p.rusVersionId ?? '',
  shared: p.shared,
});

export function programmeFormToInput(v: ProgrammeFormValues, groups: string[]) {
  return {
    name: v.name,
    description: v.description,
    rusVersionId: v.rusVersionId || null,
    stakeholderGroups: groups.map((g) => g.trim()).filter(Boolean),
    shared: v.shared,
  };
}

export const programmeFieldLabel = (t: TFunction) => (field: string) => {
  switch (field) {
    case 'organisationId':
    case 'organisationName':
      return t('programmes.fields.organisation');
    case 'rusVersionId':
    case 'rusName':
      return t('programmes.fields.rus');
    case 'rusVersionNumber':
      return t('programmes.fields.rusVersionNumber');
    default:
      return t(`programmes.fields.${field}`, { defaultValue: field });
  }
};

export type InitiativeFormValues = { name: string; description: string; startDate: string; shared: boolean };
export const initiativeFieldLabel = (t: TFunction) => (field: string) => {
  if (field === 'assessments') return t('initiatives.rounds.title');
  if (field === 'programmeName' || field === 'programmeId') return t('initiatives.fields.programme');
  return t(`initiatives.fields.${field}`, { defaultValue: field });
};
