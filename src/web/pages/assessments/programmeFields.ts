import type { TFunction } from 'i18next';
import { DEFAULT_STAKEHOLDER_GROUPS, type Initiative, type Programme } from '../../../assessments/contract';

/**
 * The stakeholder groups travel in the form as one value (a JSON list), so the form holds the whole
 * record and the stale notice compares the groups too.
 */
export const groupsToForm = (groups: string[]) => JSON.stringify(groups);
export const groupsFromForm = (v: string | boolean): string[] => JSON.parse(String(v || '[]')) as string[];
const cleanGroups = (v: string | boolean) =>
  groupsFromForm(v)
    .map((g) => g.trim())
    .filter(Boolean);

export type ProgrammeFormValues = {
  organisationId: string;
  name: string;
  description: string;
  rusVersionId: string;
  stakeholderGroups: string;
  shared: boolean;
};

export const emptyProgramme = (organisationId: string): ProgrammeFormValues => ({
  organisationId,
  name: '',
  description: '',
  rusVersionId: '',
  stakeholderGroups: groupsToForm([...DEFAULT_STAKEHOLDER_GROUPS]),
  shared: false,
});

export const programmeToForm = (p: Programme): ProgrammeFormValues => ({
  organisationId: p.organisationId,
  name: p.name,
  description: p.description ?? '',
  rusVersionId: p.rusVersionId ?? '',
  stakeholderGroups: groupsToForm(p.stakeholderGroups),
  shared: p.shared,
});

export const programmeFormToInput = (v: ProgrammeFormValues) => ({
  name: v.name,
  description: v.description,
  rusVersionId: v.rusVersionId || null,
  stakeholderGroups: cleanGroups(v.stakeholderGroups),
  shared: v.shared,
});

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

export type InitiativeFormValues = {
  name: string;
  description: string;
  stakeholderGroups: string;
  startDate: string;
  shared: boolean;
};
export const emptyInitiative = (p: Programme, startDate: string): InitiativeFormValues => ({
  name: '',
  description: '',
  stakeholderGroups: groupsToForm([]),
  startDate,
  shared: p.shared,
});
export const initiativeToForm = (i: Initiative): InitiativeFormValues => ({
  name: i.name,
  description: i.description ?? '',
  stakeholderGroups: groupsToForm(i.stakeholderGroups),
  startDate: i.startDate.slice(0, 10),
  shared: i.shared,
});
export const initiativeFormToInput = (v: InitiativeFormValues) => ({
  name: v.name,
  description: v.description,
  stakeholderGroups: groupsFromForm(v.stakeholderGroups),
  startDate: v.startDate || undefined,
  shared: v.shared,
});

export const initiativeFieldLabel = (t: TFunction) => (field: string) => {
  if (field === 'assessments') return t('initiatives.rounds.title');
  if (field === 'programmeName' || field === 'programmeId') return t('initiatives.fields.programme');
  return t(`initiatives.fields.${field}`, { defaultValue: field });
};

/** A form value in words for the stale notice: yes/no, the groups as a list. */
export const showValue = (t: TFunction) => (k: string, v: string | boolean) => {
  if (k === 'shared') return String(v) === 'true' ? t('common.yes') : t('common.no');
  if (k === 'stakeholderGroups') return groupsFromForm(v).join(', ');
  return String(v);
};
