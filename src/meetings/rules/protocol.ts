import { type Attendee, entitledToVote, holdsSeat, presentAt, type ParagraphAttendance } from './attendance.js';
import type { Problem } from './errors.js';
import { type Motion, motionProblems, propositionProblems } from './motions.js';
import type { RulesProfile } from './profiles.js';
import { type Reservation, reservationProblems, type Vote, validateVote } from './votes.js';

/** One § of a protocol as the rules need it (the meetings contract's item, narrowed). */
export interface ProtocolParagraph extends ParagraphAttendance {
  title: string;
  /** A proposal (förslag till beslut) was put before the meeting. */
  hasProposal?: boolean;
  motions?: readonly Motion[];
  propositions?: readonly { on: readonly string[] }[];
  vote?: Vote | null;
  /** The decision's numbered points. */
  decision: readonly string[];
  reservations?: readonly Reservation[];
}

export interface ProtocolDraft {
  bodyName: string;
  place?: string | null;
  onlineUrl?: string | null;
  attendance: readonly Attendee[];
  /** The participant presiding (ordförande at the meeting). */
  chairId: string | null;
  /** Participants named to adjust besides the chair (justerare). */
  adjusterIds: readonly string[];
  paragraphs: readonly ProtocolParagraph[];
}

/** Codes that are advice, not a reason to stop the adjusting. */
export const adviceCodes: ReadonlySet<string> = new Set(['proposition.order']);
export const isBlocking = (p: Problem): boolean => !adviceCodes.has(p.code);

const problem = (code: string, message: string, extra: Partial<Problem> = {}): Problem => ({ code, message, ...extra });

/** The problems of the meeting as a whole (head of the protocol, chair, adjusters). */
export function protocolHeadProblems(protocol: ProtocolDraft, profile: RulesProfile): Problem[] {
  const out: Problem[] = [];
  const { attendance } = protocol;
  if (!protocol.bodyName.trim()) out.push(problem('protocol.body_missing', 'The protocol does not name the body'));
  if (!protocol.place?.trim() && !protocol.onlineUrl?.trim())
    out.push(problem('protocol.place_missing', 'The protocol does not say where the meeting was held'));
  if (!attendance.some((a) => a.present && holdsSeat(a)))
    out.push(problem('protocol.no_participants', 'The protocol does not say which members took part (5 kap. 66 §)'));
  if (!protocol.paragraphs.length) out.push(problem('protocol.no_paragraphs', 'The protocol has no §§ (5 kap. 66 §)'));
  const numbers = protocol.paragraphs.map((p) => p.number);
  for (const n of new Set(numbers.filter((n, i) => numbers.indexOf(n) !== i)))
    out.push(problem('protocol.paragraph_duplicate', `§ ${n} appears twice`, { paragraph: n }));
  const chair = attendance.find((a) => a.id === protocol.chairId);
  if (!chair || !chair.present)
    out.push(problem('protocol.chair_missing', 'Name the chair who presided; the chair adjusts the protocol'));
  const adjusters = [...new Set(protocol.adjusterIds)].filter((id) => id !== protocol.chairId);
  for (const id of adjusters) {
    const a = attendance.find((x) => x.id === id);
    if (!a || !a.present)
      out.push(
        problem('protocol.adjuster_invalid', `${a?.name ?? id} is named to adjust but was not present`, {
          participantId: id,
          name: a?.name,
        }),
      );
  }
  if (adjusters.length < profile.minAdjusters)
    out.push(
      problem('protocol.adjusters_missing', `Name at least ${profile.minAdjusters} adjuster(s) besides the chair`),
    );
  return out;
}

/**
 * What 5 kap. 67 § (6 kap. 35 § for nämnder) requires of one § and is missing or wrong: the
 * proposals and motions (valid makers, support), the order of propositions, votes and how they went
 * (every voter entitled), the decision, who took part (someone entitled; quorum), reservations (by
 * members who took part, for a motion of the §).
 */
export function paragraphProblems(p: ProtocolParagraph, attendance: readonly Attendee[]): Problem[] {
  const out: Problem[] = [];
  const at = { paragraph: p.number };
  if (!p.title.trim()) out.push(problem('paragraph.title_missing', `§ ${p.number} has no title`, at));
  if (!p.decision.some((d) => d.trim()))
    out.push(problem('paragraph.decision_missing', `§ ${p.number} records no decision (5 kap. 67 § 4)`, at));
  for (const id of p.jav ?? [])
    if (!attendance.some((a) => a.id === id))
      out.push(
        problem('paragraph.jav_unknown', `§ ${p.number}: the jävig person is not a participant`, {
          ...at,
          participantId: id,
        }),
      );
  const voters = entitledToVote(attendance, p);
  const seats = attendance.filter(holdsSeat).length;
  if (!voters.length)
    out.push(
      problem('paragraph.no_participants', `Nobody entitled to decide took part in § ${p.number} (5 kap. 67 § 5)`, at),
    );
  else if (voters.length * 2 <= seats)
    out.push(
      problem(
        'paragraph.no_quorum',
        `Only ${voters.length} of ${seats} seats took part in § ${p.number}: not more than half`,
        at,
      ),
    );
  const motions = p.motions ?? [];
  out.push(...motionProblems(motions, attendance, p).map((x) => ({ ...x, paragraph: p.number })));
  out.push(
    ...propositionProblems(p.propositions ?? [], motions, p.hasProposal ?? true).map((x) => ({
      ...x,
      paragraph: p.number,
    })),
  );
  if (p.vote) out.push(...validateVote(p.vote, attendance, p));
  const ids = motions.map((m) => m.id);
  for (const r of p.reservations ?? []) out.push(...reservationProblems(r, attendance, p, ids));
  return out;
}

/**
 * Everything the protocol lacks before the adjusting can start: the head (body, place, members,
 * chair, adjusters) and each §. Advice (`isBlocking` false) is listed but does not stop adjusting.
 */
export function protocolProblems(protocol: ProtocolDraft, profile: RulesProfile): Problem[] {
  return [
    ...protocolHeadProblems(protocol, profile),
    ...protocol.paragraphs.flatMap((p) => paragraphProblems(p, protocol.attendance)),
  ];
}

export const readyToAdjust = (protocol: ProtocolDraft, profile: RulesProfile): boolean =>
  !protocolProblems(protocol, profile).some(isBlocking);

/**
 * Immediate adjusting (omedelbar justering) of one § at the meeting (5 kap. 69 §): the § is written
 * out in full and adjusted there by the chair and the adjusters, who must be present at it. Its
 * notice and appeal period then run from its own adjusting.
 */
export function immediateAdjustProblems(
  protocol: ProtocolDraft,
  paragraphNumber: number,
  profile: RulesProfile,
): Problem[] {
  const p = protocol.paragraphs.find((x) => x.number === paragraphNumber);
  if (!p) return [problem('paragraph.unknown', `There is no § ${paragraphNumber}`, { paragraph: paragraphNumber })];
  const head = protocolHeadProblems(protocol, profile).filter((x) =>
    ['protocol.chair_missing', 'protocol.adjusters_missing', 'protocol.adjuster_invalid'].includes(x.code),
  );
  const signers = [protocol.chairId, ...protocol.adjusterIds].filter((id): id is string => !!id);
  for (const id of new Set(signers)) {
    const a = protocol.attendance.find((x) => x.id === id);
    if (a && !presentAt(a, paragraphNumber))
      head.push(
        problem('paragraph.signer_absent', `${a.name} must be present at § ${paragraphNumber} to adjust it at once`, {
          participantId: id,
          name: a.name,
          paragraph: paragraphNumber,
        }),
      );
  }
  return [...head, ...paragraphProblems(p, protocol.attendance)];
}
