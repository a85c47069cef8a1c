import type { TFunction } from 'i18next';

/** Names of a framework's fields in its change history. */
export const frameworkFieldLabel = (t: TFunction) => (field: string) => {
  switch (field) {
    case 'draft':
      return t('enums.versionStatus.draft');
    case 'versions':
      return t('frameworks.versions.title');
    case 'builtin':
      return t('frameworks.builtin');
    case 'archived':
      return t('common.status');
    case 'ownerOrganisationName':
      return t('frameworks.owner');
    case 'items':
      return t('frameworks.hierarchy');
    default:
      return t(`frameworks.fields.${field}`, { defaultValue: field });
  }
};
