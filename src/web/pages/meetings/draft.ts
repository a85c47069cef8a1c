import type { UpdateItem } from '../../../meetings/contract';
import type { Item } from './queries';

export type MotionKind = Item['motions'][number]['kind'];
export type VoteChoice = 'yes' | 'no' | 'abstain';

/** A § as the editor holds it: every list as typed, incomplete rows included (they wait until complete). */
export interface Draft {
  title: string;
  caseId: string;
  matter: string;
  proposalBy: string;
  proposal: string[];
  motions: { id: string; by: string; kind: MotionKind; text: string; supports: string }[];
  propositions: { on: string[]; text: string; finding: string }[];
  voteAsked: boolean;
  voteQuestion: string;
  votes: Record<string, VoteChoice | ''>;
  decision: string[];
  reservations: { by: string[]; inFavourOf: string; reasons: string }[];
  notes: string[];
  statements: { by: string; text: string }[];
  jav: string[];
  recipients: { name: string; email: string }[];
}

export function itemToDraft(i: Item): Draft {
  return {
    title: i.title,
    caseId: i.case?.id ?? '',
    matter: i.matter ?? '',
    proposalBy: i.proposal?.by ?? '',
    proposal: i.proposal?.points ?? [],
    motions: i.motions.map((m) => ({
      id: m.id,
      by: m.by[0] ?? '',
      kind: m.kind,
      text: m.text,
      supports: m.supports ?? '',
    })),
    propositions: i.propositions.map((p) => ({ on: p.on, text: p.text, finding: p.finding })),
    voteAsked: !!i.vote,
    voteQuestion: i.vote?.question ?? '',
    votes: Object.fromEntries((i.vote?.votes ?? []).map((v) => [v.participantId, v.choice])),
    decision: i.decision,
    reservations: i.reservations.map((r) => ({ by: r.by, inFavourOf: r.inFavourOf ?? '', reasons: r.reasons ?? '' })),
    notes: i.notes,
    statements: i.statements.map((s) => ({ by: s.by[0] ?? '', text: s.text ?? '' })),
    jav: i.jav,
    recipients: i.recipients.map((r) => ({ name: r.name, email: r.email ?? '' })),
  };
}

const filled = (s: string) => s.trim().length > 0;

/** A motion is saved once it names its maker and says something. */
export const motionComplete = (m: Draft['motions'][number]) => filled(m.by) && filled(m.text);

/** The next free motion id of the § (y1, y2 …). */
export function nextMotionId(d: Draft): string {
  const used = d.motions.map((m) => Number(/^y(\d+)$/.exec(m.id)?.[1] ?? 0));
  return `y${Math.max(0, ...used) + 1}`;
}

/**
 * What is sent: the whole § (every list, so a removed row is removed), with only the complete rows —
 * a motion without its maker or text, a point left empty, waits on screen until it is written.
 */
export function draftToInput(d: Draft): Omit<UpdateItem, 'version'> {
  const motions = d.motions.filter(motionComplete);
  const known = new Set(['proposal', ...motions.map((m) => m.id)]);
  const votes = Object.entries(d.votes).flatMap(([participantId, choice]) =>
    choice ? [{ participantId, choice }] : [],
  );
  const points = d.proposal.filter(filled);
  return {
    ...(filled(d.title) ? { title: d.title.trim() } : {}),
    caseId: d.caseId || null,
    matter: filled(d.matter) ? d.matter : null,
    proposal: points.length ? { by: filled(d.proposalBy) ? d.proposalBy.trim() : null, points } : null,
    motions: motions.map((m) => ({
      id: m.id,
      by: [m.by],
      kind: m.kind,
      text: m.text,
      supports: m.kind === 'approval' && known.has(m.supports) && m.supports !== m.id ? m.supports : null,
    })),
    propositions: d.propositions
      .map((p) => ({ ...p, on: p.on.filter((x) => known.has(x)) }))
      .filter((p) => p.on.length && filled(p.text) && filled(p.finding)),
    vote: d.voteAsked && filled(d.voteQuestion) && votes.length ? { question: d.voteQuestion, votes } : null,
    decision: d.decision.filter(filled),
    reservations: d.reservations
      .filter((r) => r.by.length > 0)
      .map((r) => ({
        by: r.by,
        inFavourOf: known.has(r.inFavourOf) && r.inFavourOf !== 'proposal' ? r.inFavourOf : null,
        reasons: filled(r.reasons) ? r.reasons : null,
      })),
    notes: d.notes.filter(filled),
    statements: d.statements
      .filter((s) => filled(s.by))
      .map((s) => ({ by: [s.by], text: filled(s.text) ? s.text : null })),
    jav: d.jav,
    recipients: d.recipients
      .filter((r) => filled(r.name))
      .map((r) => ({ name: r.name.trim(), email: filled(r.email) ? r.email.trim() : null })),
  };
}
