/**
 * The few questions the server asks of the meeting rules (src/meetings/rules, written and tested
 * there), in the shapes of this capability's records.
 */
import type { Body } from '../bodies/contract.js';
import {
  adjustDeadline,
  announces,
  formatRegistrationNumber,
  motionDeadline as ruleMotionDeadline,
  noticeDates as ruleNoticeDates,
  profileFor as ruleProfileFor,
  voteResult as ruleVoteResult,
  type VoteChoice,
} from './rules/index.js';

type BodyType = Body['type'];

export const registrationNumber = (c: { series: string; number: number; year: number }) =>
  formatRegistrationNumber({ series: c.series, number: c.number, year: c.year });

/** The profile of a body's kind, with what the server shows of it. */
export function profileFor(type: BodyType) {
  const rules = ruleProfileFor(type);
  return { rules, announces: announces(rules), castingVote: rules.tie === 'casting_vote' };
}

/** The last day to adjust the protocol of a meeting ending on `meetingEnd` (moved off holidays). */
export const adjustingDeadline = (meetingEnd: string, type: BodyType) =>
  adjustDeadline(meetingEnd, profileFor(type).rules).due;

export const motionDeadline = ruleMotionDeadline;

export function noticeDates(adjustedOn: string, postedOn: string | null, type: BodyType) {
  const d = ruleNoticeDates(adjustedOn, postedOn, profileFor(type).rules);
  return d && { postBy: d.postBy, postedOn: d.postedOn, takeDownOn: d.takeDownOn, appealEndsOn: d.appealEndsOn };
}

export function voteResult(
  votes: readonly { participantId: string; choice: VoteChoice }[],
  chairId: string | null,
  type: BodyType,
) {
  const r = ruleVoteResult({ votes }, chairId, { tie: profileFor(type).rules.tie });
  return { yes: r.yes, no: r.no, abstain: r.abstain, castingVote: r.castingVote, outcome: r.outcome };
}
