import { useTranslation } from 'react-i18next';

export type EnumGroup =
  | 'organisationType'
  | 'role'
  | 'bodyType'
  | 'memberRole'
  | 'frameworkKind'
  | 'itemLevel'
  | 'versionStatus'
  | 'auditAction'
  | 'effect'
  | 'directness'
  | 'relation'
  | 'presence'
  | 'stance'
  | 'quadrant'
  | 'severity'
  | 'conflictStatus'
  | 'conflictKind'
  | 'actionStatus'
  | 'gateDecision'
  | 'assessmentStatus'
  | 'answersType'
  | 'sideType'
  | 'changeType'
  | 'partStatus'
  | 'partType'
  | 'agreementStatus'
  | 'endReason'
  | 'party'
  | 'settlement'
  | 'amountSource'
  | 'agreementChange'
  | 'questionnaireStatus'
  | 'questionType'
  | 'caseStatus'
  | 'caseKind'
  | 'stepKind';

/** Codes from the API are stored as codes and shown translated; an unknown code shows as itself. */
export function useEnum() {
  const { t } = useTranslation();
  return (group: EnumGroup, code: string | null | undefined): string =>
    code ? t(`enums.${group}.${code}`, { defaultValue: code }) : t('common.none');
}

/** Options for a Select of an enum. */
export function useEnumOptions() {
  const label = useEnum();
  return (group: EnumGroup, codes: readonly string[]) => codes.map((c) => ({ value: c, label: label(group, c) }));
}
