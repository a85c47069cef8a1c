import type { TFunction } from 'i18next';
import type { Case } from '../../../meetings/contract';
import { toInt } from '../../components/useForm';

/** The motion's facts as form fields (shown for a motion only). */
export type MotionFormValues = { submittedOn: string; submittedBy: string; party: string };

export type CaseFormValues = MotionFormValues & {
  organisationId: string;
  series: string;
  /** Empty: the next free number of the series and year. */
  number: string;
  year: string;
  kind: string;
  title: string;
  description: string;
  officerId: string;
  firstBodyId: string;
  firstStepKind: string;
};

export const emptyCase = (organisationId = '', year = new Date().getFullYear()): CaseFormValues => ({
  organisationId,
  series: '',
  number: '',
  year: String(year),
  kind: 'case',
  title: '',
  description: '',
  officerId: '',
  submittedOn: '',
  submittedBy: '',
  party: '',
  firstBodyId: '',
  firstStepKind: 'preparation',
});

const motionInput = (v: MotionFormValues) => ({
  submittedOn: v.submittedOn,
  submittedBy: v.submittedBy,
  party: v.party,
});

export function caseFormToInput(v: CaseFormValues) {
  return {
    organisationId: v.organisationId || undefined,
    series: v.series.trim().toUpperCase(),
    number: toInt(v.number),
    year: toInt(v.year),
    kind: v.kind,
    title: v.title,
    description: v.description,
    officerId: v.officerId || null,
    motion: v.kind === 'motion' ? motionInput(v) : null,
    firstStep: v.firstBodyId ? { bodyId: v.firstBodyId, kind: v.firstStepKind } : undefined,
  };
}

/** What a case's edit changes: its facts and, for a motion, the motion's. */
export type EditCaseValues = MotionFormValues & {
  title: string;
  description: string;
  officerId: string;
  status: string;
};

export function caseToEdit(c: Case): EditCaseValues {
  return {
    title: c.title,
    description: c.description ?? '',
    officerId: c.officer?.id ?? '',
    status: c.status,
    submittedOn: c.motion?.submittedOn ?? '',
    submittedBy: c.motion?.submittedBy ?? '',
    party: c.motion?.party ?? '',
  };
}

/**
 * The fields the person changed from `start` (the case as the form opened), so that saving on top of
 * someone else's save keeps what they changed and the person did not; a motion's facts go together.
 */
export function editToInput(v: EditCaseValues, kind: Case['kind'], start: EditCaseValues) {
  const changed = (k: keyof EditCaseValues) => v[k] !== start[k];
  const motionChanged = kind === 'motion' && (['submittedOn', 'submittedBy', 'party'] as const).some(changed);
  return {
    ...(changed('title') ? { title: v.title } : {}),
    ...(changed('description') ? { description: v.description } : {}),
    ...(changed('officerId') ? { officerId: v.officerId || null } : {}),
    ...(changed('status') ? { status: v.status } : {}),
    ...(motionChanged ? { motion: motionInput(v) } : {}),
  };
}

/** A field's name in the user's language (forms, the stale notice and the history). */
export const caseFieldLabel = (t: TFunction) => (field: string) => {
  switch (field) {
    case 'organisationId':
    case 'organisationName':
      return t('cases.fields.organisation');
    case 'officerId':
    case 'officer':
      return t('cases.fields.officer');
    case 'submittedOn':
    case 'submittedBy':
    case 'party':
      return t(`cases.motion.${field}`);
    default:
      return t(`cases.fields.${field}`, { defaultValue: field });
  }
};
