import { AppError, type ErrorCode } from '../platform/errors.js';
import type { ItemContent, Participant } from './contract.js';
import {
  motionProblems,
  propositionProblems,
  reservationProblems,
  validateVote,
  voteResult,
  type Problem,
  type TieRule,
} from './rules/index.js';

/**
 * A §'s content checked by the meeting rules against the meeting's participants when it is saved:
 * who is named must be there, who votes must be present, not jävig and entitled to vote at that §,
 * who reserves must have taken part. The first problem is the answer: a 400 naming the member
 * (details.participantId and details.name). What a § may still lack (a decision, a proposition) is
 * not refused here: the protocol is a draft until adjusting.
 */
const codeFor: Record<string, ErrorCode> = {
  'vote.not_participant': 'meeting.participant_unknown',
  'vote.absent': 'meeting.vote_absent',
  'vote.jav': 'meeting.vote_jav',
  'vote.not_entitled': 'meeting.vote_not_entitled',
  'vote.duplicate': 'meeting.vote_count',
  'vote.count_exceeds': 'meeting.vote_count',
  'reservation.not_participant': 'meeting.participant_unknown',
  'reservation.absent': 'meeting.reservation_absent',
  'reservation.jav': 'meeting.reservation_absent',
  'reservation.not_entitled': 'meeting.reservation_absent',
  'reservation.motion_unknown': 'meeting.motion_unknown',
  'motion.supports_unknown': 'meeting.motion_unknown',
  'proposition.unknown': 'meeting.motion_unknown',
};
/** Problems that are advice or wait for the adjusting, not a reason to refuse the save. */
const later = new Set(['proposition.missing', 'proposition.order']);

function refuse(p: Problem, field: string): never {
  const code = codeFor[p.code] ?? 'meeting.motion_invalid';
  throw new AppError(code, p.message, {
    field,
    problem: p.code,
    participantId: p.participantId ?? null,
    name: p.name ?? null,
    motionId: p.motionId ?? null,
  });
}

export function checkItem(content: ItemContent, n: number, participants: readonly Participant[], tie: TieRule): void {
  const ids = new Set(participants.map((p) => p.id));
  const named = (list: readonly string[], field: string) => {
    const unknown = list.find((id) => !ids.has(id));
    if (unknown)
      throw new AppError('meeting.participant_unknown', `No participant ${unknown} in this meeting`, {
        field,
        participantId: unknown,
        name: null,
      });
  };
  content.jav.forEach((id, i) => named([id], `jav.${i}`));
  content.statements.forEach((s, i) => named(s.by, `statements.${i}.by`));
  const at = { number: n, jav: content.jav };
  const motions = motionProblems(content.motions, participants, at);
  if (motions.length) refuse(motions[0], 'motions');
  const props = propositionProblems(content.propositions, content.motions).filter((p) => !later.has(p.code));
  if (props.length) refuse(props[0], 'propositions');
  if (content.vote) {
    const votes = validateVote(content.vote, participants, at);
    if (votes.length) refuse(votes[0], 'vote.votes');
    // A tie the rules cannot decide (the chair did not vote) is refused now, not when shown.
    voteResult(content.vote, participants.find((p) => p.role === 'chair')?.id ?? null, { tie });
  }
  const ids2 = content.motions.map((m) => m.id);
  content.reservations.forEach((r, i) => {
    const problems = reservationProblems(r, participants, at, ids2);
    if (problems.length) refuse(problems[0], `reservations.${i}`);
  });
}
