import { type Attendee, type ParagraphAttendance, entitledToVote, entitlementAt } from './attendance.js';
import { checkTimestamp } from './dates.js';
import { meetingRuleError, type Problem } from './errors.js';
import type { TieRule } from './profiles.js';

/**
 * Votes (omröstning). An open vote records each voter's yes, no or abstain (a member may abstain:
 * 4 kap. 25 § as we read it). The answer yes/no refers to the chair's voting proposition
 * (voteringsproposition): "the one who wants X votes yes".
 */
export const voteChoices = ['yes', 'no', 'abstain'] as const;
export type VoteChoice = (typeof voteChoices)[number];
export interface Vote {
  votes: readonly { participantId: string; choice: VoteChoice }[];
}

export const voteProblemCodes = [
  'vote.not_participant',
  'vote.absent',
  'vote.jav',
  'vote.not_entitled',
  'vote.duplicate',
  'vote.count_exceeds',
] as const;
export type VoteProblemCode = (typeof voteProblemCodes)[number];

const nameOf = (attendance: readonly Attendee[], id: string) => attendance.find((a) => a.id === id)?.name ?? id;

const reasonText = {
  not_participant: 'is not among the meeting’s participants',
  absent: 'was not present',
  jav: 'did not take part because of jäv',
  not_entitled: 'has no vote (not a member, or a substitute not serving for a member who is away)',
} as const;

/**
 * Everything wrong with a vote, each problem naming the member: a vote by someone who is not a
 * participant, absent at the §, jävig, or without a vote; a member voting twice; more votes than
 * members entitled to vote. No problems means every counted vote belongs to a distinct entitled voter,
 * so the count never exceeds the entitled members.
 */
export function validateVote(
  vote: Vote,
  attendance: readonly Attendee[],
  p: ParagraphAttendance,
): Problem<VoteProblemCode>[] {
  const problems: Problem<VoteProblemCode>[] = [];
  const seen = new Set<string>();
  const whyNot = entitlementAt(attendance, p);
  for (const { participantId } of vote.votes) {
    const name = nameOf(attendance, participantId);
    if (seen.has(participantId)) {
      problems.push({
        code: 'vote.duplicate',
        participantId,
        name,
        paragraph: p.number,
        message: `${name} voted more than once in § ${p.number}`,
      });
      continue;
    }
    seen.add(participantId);
    const why = whyNot(participantId);
    if (why)
      problems.push({
        code: `vote.${why}`,
        participantId,
        name,
        paragraph: p.number,
        message: `${name} ${reasonText[why]} in § ${p.number}, so cannot vote`,
      });
  }
  const entitled = entitledToVote(attendance, p).length;
  if (vote.votes.length > entitled)
    problems.push({
      code: 'vote.count_exceeds',
      paragraph: p.number,
      message: `${vote.votes.length} votes in § ${p.number}, but only ${entitled} members are entitled to vote`,
    });
  return problems;
}

export interface VoteResult {
  yes: number;
  no: number;
  abstain: number;
  /** The tie was decided by the chair's casting vote (utslagsröst). */
  castingVote: boolean;
  /** The tie of an election was decided by lot (lottning). */
  byLot: boolean;
  outcome: 'yes' | 'no';
}

export interface VoteOptions {
  /** How the body decides a tie on a matter (the profile's `tie`); default: the chair's casting vote. */
  tie?: TieRule;
  /** An election (val): a tie is decided by lot, not by the chair. */
  election?: boolean;
  /** The side the lot fell on, when an election was tied. */
  lot?: 'yes' | 'no';
}

/**
 * The result of a (validated) vote. The side with more yes or no votes wins; abstentions are not
 * votes cast. On a tie: an election is decided by lot; any other matter by the presiding chair's
 * casting vote (the side the chair voted for; 5 kap. 57 §, and for nämnder 6 kap. 33 § as we read
 * them), or — in a collaboration body whose rules say so — the proposition is not adopted.
 */
export function voteResult(vote: Vote, chairId: string | null, options: VoteOptions = {}): VoteResult {
  const count = (c: VoteChoice) => vote.votes.filter((v) => v.choice === c).length;
  const [yes, no, abstain] = [count('yes'), count('no'), count('abstain')];
  const base = { yes, no, abstain, castingVote: false, byLot: false };
  if (yes !== no) return { ...base, outcome: yes > no ? 'yes' : 'no' };
  if (options.election) {
    if (!options.lot)
      throw meetingRuleError('meeting_rule.tie_needs_lot', `The election is tied ${yes}–${no}: draw lots`, { yes, no });
    return { ...base, byLot: true, outcome: options.lot };
  }
  if ((options.tie ?? 'casting_vote') === 'not_adopted') return { ...base, outcome: 'no' };
  const chairChoice = vote.votes.find((v) => v.participantId === chairId)?.choice;
  if (chairChoice !== 'yes' && chairChoice !== 'no')
    throw meetingRuleError(
      'meeting_rule.tie_needs_casting_vote',
      `The vote is tied ${yes}–${no} and the chair did not vote yes or no`,
      { yes, no, chairId },
    );
  return { ...base, castingVote: true, outcome: chairChoice };
}

export const reservationProblemCodes = [
  'reservation.not_participant',
  'reservation.absent',
  'reservation.jav',
  'reservation.not_entitled',
  'reservation.motion_unknown',
] as const;
export type ReservationProblemCode = (typeof reservationProblemCodes)[number];

/**
 * A reservation (4 kap. 27 §) is made by a member who took part in the decision: present at the §,
 * not jävig, and holding a seat there (a member, or a substitute serving). Empty when it is fine.
 */
export function validateReservation(
  memberId: string,
  attendance: readonly Attendee[],
  p: ParagraphAttendance,
  whyNot = entitlementAt(attendance, p),
): Problem<ReservationProblemCode>[] {
  const why = whyNot(memberId);
  if (!why) return [];
  const name = nameOf(attendance, memberId);
  return [
    {
      code: `reservation.${why}`,
      participantId: memberId,
      name,
      paragraph: p.number,
      message: `${name} ${reasonText[why]} in § ${p.number}, so cannot reserve against the decision`,
    },
  ];
}

export interface Reservation {
  by: readonly string[];
  /** Till förmån för: the motion (yrkande) the reservation is for, or null. */
  inFavourOf?: string | null;
}

/** Every reserving member checked, and the motion the reservation is in favour of must exist in the §. */
export function reservationProblems(
  reservation: Reservation,
  attendance: readonly Attendee[],
  p: ParagraphAttendance,
  motionIds: readonly string[],
): Problem<ReservationProblemCode>[] {
  const whyNot = entitlementAt(attendance, p);
  const problems = reservation.by.flatMap((id) => validateReservation(id, attendance, p, whyNot));
  if (reservation.inFavourOf && !motionIds.includes(reservation.inFavourOf))
    problems.push({
      code: 'reservation.motion_unknown',
      motionId: reservation.inFavourOf,
      paragraph: p.number,
      message: `The reservation is in favour of a motion that is not in § ${p.number}`,
    });
  return problems;
}

/**
 * 4 kap. 27 §: written reasons for a reservation are handed in before the time set for adjusting the
 * protocol. True when `handedInAt` is before `adjustingAt` (both ISO 8601 instants).
 */
export function reservationReasonsInTime(handedInAt: string, adjustingAt: string): boolean {
  return checkTimestamp(handedInAt, 'handedInAt') < checkTimestamp(adjustingAt, 'adjustingAt');
}
