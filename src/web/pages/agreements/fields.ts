import type { TFunction } from 'i18next';
import type { EnumGroup } from '../../i18n/useEnum';

/** Audit history: the agreement's fields in words, and the fields whose values are enum codes. */
export const agreementFieldLabel = (t: TFunction) => (field: string) =>
  t(`agreements.auditFields.${field}`, { defaultValue: field });

export const agreementAuditEnums: Record<string, EnumGroup> = {
  change: 'agreementChange',
  status: 'agreementStatus',
  reason: 'endReason',
  party: 'party',
  settlement: 'settlement',
  amountSource: 'amountSource',
};
