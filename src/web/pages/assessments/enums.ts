import type { EnumGroup } from '../../i18n/useEnum';

/** Fields of an assessment and its parts whose values are codes, and the enum that names them in words. */
export const partEnums: Record<string, EnumGroup> = {
  effect: 'effect',
  directness: 'directness',
  relation: 'relation',
  presence: 'presence',
  stance: 'stance',
  severity: 'severity',
  status: 'partStatus',
  decision: 'gateDecision',
  kind: 'conflictKind',
  answersType: 'answersType',
  part: 'partType',
};
