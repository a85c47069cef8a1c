import { addYears, checkDate, compareDates, daysBetween, type IsoDate } from './dates.js';
import { meetingRuleError } from './errors.js';

/**
 * Motions to fullmäktige (motioner): a member's motion (ledamotsmotion, 5 kap. 22 §) or a citizens'
 * proposal (medborgarförslag, 8 kap. 1 §, where fullmäktige allows them). The path: the motion is
 * made (väckt) → referred for comment (remiss) → prepared (beredning) → a proposal is written
 * (förslag) → fullmäktige decides: the motion is approved (bifalls), rejected (avslås) or considered
 * answered (anses besvarad); after a report that it could not be prepared within a year, fullmäktige
 * may write it off (avskrivs).
 *
 * 5 kap. 35 §: a motion should if possible be prepared so that fullmäktige can decide within one
 * year of it being made; if not, that (and what the preparation found) is reported to fullmäktige
 * within the same time. A year is counted under lag (1930:173) 1 §: 2020-02-29 + 1 year =
 * 2021-02-28. We do not move it off a weekend: it is a target for fullmäktige's own meetings, not a
 * time limit for a party's action.
 */
export const councilMotionSteps = ['submitted', 'referred', 'prepared', 'proposed', 'decided'] as const;
export type CouncilMotionStep = (typeof councilMotionSteps)[number];
export const councilMotionOutcomes = ['approved', 'rejected', 'answered', 'written_off'] as const;
export type CouncilMotionOutcome = (typeof councilMotionOutcomes)[number];
export const councilMotionKinds = ['member_motion', 'citizen_proposal'] as const;
export type CouncilMotionKind = (typeof councilMotionKinds)[number];

const NEXT: Record<CouncilMotionStep, CouncilMotionStep[]> = {
  submitted: ['referred', 'prepared', 'proposed', 'decided'],
  referred: ['prepared', 'proposed'],
  prepared: ['proposed'],
  proposed: ['decided', 'prepared'],
  decided: [],
};

/** Forward along the path; remiss and beredning may be skipped; a proposal may go back to preparation. */
export function nextCouncilMotionSteps(from: CouncilMotionStep): CouncilMotionStep[] {
  return NEXT[from];
}

export function assertCouncilMotionStep(
  from: CouncilMotionStep,
  to: CouncilMotionStep,
  outcome: CouncilMotionOutcome | null = null,
  reportedOn: IsoDate | null = null,
): void {
  if (!NEXT[from].includes(to))
    throw meetingRuleError('meeting_rule.motion_transition', `A motion that is ${from} cannot become ${to}`, {
      from,
      to,
    });
  if (to === 'decided' && !outcome)
    throw meetingRuleError('meeting_rule.motion_transition', 'A decision on a motion says what was decided', { to });
  if (outcome === 'written_off' && !reportedOn)
    throw meetingRuleError(
      'meeting_rule.motion_transition',
      'A motion is written off only after fullmäktige was told it could not be prepared within a year (5 kap. 35 §)',
      { outcome },
    );
}

/** The day by which fullmäktige should decide the motion (or be told why not). */
export const motionDeadline = (submittedOn: IsoDate): IsoDate => addYears(checkDate(submittedOn, 'submittedOn'), 1);

/**
 * Flagged when not decided within a year of being made. A report to fullmäktige within the year
 * (`reportedOn`) satisfies 5 kap. 35 § for now, so the motion is not overdue; without it, and
 * undecided after the deadline, it is.
 */
export function motionOverdue(
  submittedOn: IsoDate,
  decidedOn: IsoDate | null,
  today: IsoDate,
  reportedOn: IsoDate | null = null,
): boolean {
  const due = motionDeadline(submittedOn);
  checkDate(today, 'today');
  if (decidedOn !== null) {
    checkDate(decidedOn, 'decidedOn');
    return false;
  }
  if (reportedOn !== null && compareDates(checkDate(reportedOn, 'reportedOn'), due) <= 0) return false;
  return compareDates(today, due) > 0;
}

export interface MotionTimeline {
  deadline: IsoDate;
  /** Days left until the deadline (negative after it). */
  daysLeft: number;
  state: 'open' | 'due_soon' | 'overdue' | 'reported' | 'decided';
  /** Decided after the year (shown as a fact). */
  decidedLate: boolean;
}

/** The motion's timeline today; `due_soon` within `warnDays` (default 60) of the deadline. */
export function motionTimeline(
  submittedOn: IsoDate,
  decidedOn: IsoDate | null,
  today: IsoDate,
  reportedOn: IsoDate | null = null,
  warnDays = 60,
): MotionTimeline {
  const deadline = motionDeadline(submittedOn);
  const daysLeft = daysBetween(checkDate(today, 'today'), deadline);
  if (decidedOn !== null)
    return { deadline, daysLeft, state: 'decided', decidedLate: compareDates(checkDate(decidedOn), deadline) > 0 };
  const state = motionOverdue(submittedOn, null, today, reportedOn)
    ? 'overdue'
    : reportedOn !== null
      ? 'reported'
      : daysLeft <= warnDays
        ? 'due_soon'
        : 'open';
  return { deadline, daysLeft, state, decidedLate: false };
}
