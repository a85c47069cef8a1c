import { AppError, defineErrors } from '../../platform/errors.js';

/**
 * The codes the pure meeting rules throw when their input is not what a rule can work with. They
 * are declared here (not in src/meetings/errors.ts) so the rules stay self-contained; the face adds
 * them to the capability's error table. Problems a person can fix in a protocol (an absent voter, a
 * missing decision) are not thrown: they are returned as lists (see `Problem`).
 */
export const meetingRuleErrors = defineErrors({
  'meeting_rule.date_invalid': { status: 400, meaning: 'The date is not a real date. Write it as YYYY-MM-DD.' },
  'meeting_rule.timestamp_invalid': {
    status: 400,
    meaning: 'The time stamp is not an ISO 8601 time with a time zone (e.g. 2019-03-11T09:30:00Z).',
  },
  'meeting_rule.date_order': { status: 400, meaning: 'A date comes before the date it must follow.' },
  'meeting_rule.body_kind_unknown': { status: 400, meaning: 'The kind of body has no rules profile.' },
  'meeting_rule.profile_invalid': {
    status: 400,
    meaning: 'A body’s own deadline or number of adjusters must be a whole number from 0 to 366.',
  },
  'meeting_rule.registration_number_invalid': {
    status: 400,
    meaning: 'The registration number is not written as SERIES/NUMBER/YEAR, e.g. RS/333/2015.',
  },
  'meeting_rule.registration_number_taken': {
    status: 409,
    meaning:
      'The registration number is already used (or was withdrawn) in this series and year; numbers are never reused.',
  },
  'meeting_rule.paragraph_number_invalid': {
    status: 400,
    meaning: 'A § number must be a whole number from 1 and a year of four digits.',
  },
  'meeting_rule.tie_needs_casting_vote': {
    status: 400,
    meaning: 'The vote is tied and the chair did not vote yes or no, so there is no casting vote to decide it.',
  },
  'meeting_rule.tie_needs_lot': { status: 400, meaning: 'The election is tied: draw lots and record the result.' },
  'meeting_rule.status_transition': {
    status: 409,
    meaning: 'The meeting cannot go to that status from where it is (e.g. announced before adjusted).',
  },
  'meeting_rule.protocol_locked': {
    status: 409,
    meaning: 'The protocol is adjusted and locked; correct it as a new version with a note.',
  },
  'meeting_rule.correction_note_required': {
    status: 400,
    meaning: 'A correction of an adjusted protocol needs a note saying what was corrected and why.',
  },
  'meeting_rule.motion_transition': {
    status: 409,
    meaning: 'A motion to the full council cannot take that step from where it is.',
  },
});

export type MeetingRuleErrorCode = keyof typeof meetingRuleErrors;

type MeetingRuleErrors = typeof meetingRuleErrors;
declare module '../../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds the rules' codes
  interface ErrorCodes extends MeetingRuleErrors {}
}

export function meetingRuleError(code: MeetingRuleErrorCode, message: string, details?: unknown): AppError {
  return new AppError(code, message, details);
}

/**
 * Something in a meeting's record that a rule does not accept, for the person to fix. `code` is
 * stable (the web translates it); `participantId` names the member when a member is concerned
 * (the issue: "400 naming the member"), `paragraph` the § number.
 */
export interface Problem<C extends string = string> {
  code: C;
  message: string;
  participantId?: string;
  name?: string;
  paragraph?: number;
  motionId?: string;
}
