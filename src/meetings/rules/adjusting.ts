import { checkTimestamp, swedishDateOf, type IsoDate } from './dates.js';
import { meetingRuleError } from './errors.js';
import { announces, type RulesProfile } from './profiles.js';

/**
 * Adjusting (justering): the chair and every named adjuster approve the protocol with their own
 * accounts; each approval is time-stamped. Any change to the protocol after an approval voids it —
 * the signer approved a text that no longer exists. The protocol is adjusted when the chair and
 * every adjuster hold a valid approval; it is then locked, and corrected only as a new version
 * (edition) with a note saying what was corrected.
 */
export interface Approval {
  signerId: string;
  /** ISO 8601 instant, e.g. 2019-03-11T10:15:00Z. */
  at: string;
}

export interface ApprovalState {
  state: 'none' | 'partial' | 'adjusted';
  /** The approvals still standing (the latest per signer). */
  valid: Approval[];
  /** Approvals given before the last change: they no longer count. */
  voided: Approval[];
  /** Required signers without a valid approval. */
  missing: string[];
  /** Approvals by someone who is not the chair or a named adjuster (they never count). */
  unexpected: Approval[];
  /** When the last required approval was given, once adjusted. */
  adjustedAt: string | null;
  /** That instant's date in Sweden: the date written after "Justerat". */
  adjustedOn: IsoDate | null;
}

/** The chair first, then the adjusters, each once. */
export function requiredSigners(chairId: string | null, adjusterIds: readonly string[]): string[] {
  return [...new Set([...(chairId ? [chairId] : []), ...adjusterIds])];
}

export const mayApprove = (personId: string, signers: readonly string[]): boolean => signers.includes(personId);

/**
 * The adjusting as the approvals stand. `changedAt` is the instant of the protocol's last change
 * (null: never changed); an approval given at or before it is void.
 */
export function approvalState(
  approvals: readonly Approval[],
  signers: readonly string[],
  changedAt: string | null,
): ApprovalState {
  const changed = changedAt === null ? -Infinity : checkTimestamp(changedAt, 'changedAt');
  const latest = new Map<string, Approval>();
  const voided: Approval[] = [];
  const unexpected: Approval[] = [];
  for (const a of approvals) {
    const at = checkTimestamp(a.at, 'approval.at');
    if (!signers.includes(a.signerId)) unexpected.push(a);
    else if (at <= changed) voided.push(a);
    else {
      const before = latest.get(a.signerId);
      if (!before || checkTimestamp(before.at) < at) latest.set(a.signerId, a);
    }
  }
  const valid = signers.flatMap((s) => latest.get(s) ?? []);
  const missing = signers.filter((s) => !latest.has(s));
  const complete = signers.length > 0 && missing.length === 0;
  const adjustedAt = complete
    ? valid.reduce((m, a) => (checkTimestamp(a.at) > checkTimestamp(m) ? a.at : m), valid[0]!.at)
    : null;
  return {
    state: complete ? 'adjusted' : valid.length ? 'partial' : 'none',
    valid,
    voided,
    missing,
    unexpected,
    adjustedAt,
    adjustedOn: adjustedAt ? swedishDateOf(adjustedAt) : null,
  };
}

/** planned → called → held → adjusted → announced (announced only where the profile has a notice). */
export const meetingStatuses = ['planned', 'called', 'held', 'adjusted', 'announced'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

/** The statuses a meeting may go to next. A meeting may be held without a call sent from Samsyn. */
export function nextStatuses(from: MeetingStatus, profile: RulesProfile): MeetingStatus[] {
  switch (from) {
    case 'planned':
      return ['called', 'held'];
    case 'called':
      return ['held'];
    case 'held':
      return ['adjusted'];
    case 'adjusted':
      return announces(profile) ? ['announced'] : [];
    case 'announced':
      return [];
  }
}

/** Throws `meeting_rule.status_transition` (409), e.g. announcing before adjusting. */
export function assertStatusTransition(from: MeetingStatus, to: MeetingStatus, profile: RulesProfile): void {
  if (!nextStatuses(from, profile).includes(to))
    throw meetingRuleError('meeting_rule.status_transition', `A meeting that is ${from} cannot become ${to}`, {
      from,
      to,
    });
}

/** Throws `meeting_rule.protocol_locked` (409) on any change to an adjusted protocol or §. */
export function assertEditable(adjusted: boolean): void {
  if (adjusted)
    throw meetingRuleError(
      'meeting_rule.protocol_locked',
      'The protocol is adjusted; correct it as a new version with a note',
    );
}

/**
 * A correction of an adjusted protocol: the next edition, with the note that says what changed
 * and why (kept with the protocol). The new edition is adjusted again by the same signers.
 */
export function correction(
  current: { edition: number; adjusted: boolean },
  note: string,
): { edition: number; note: string } {
  if (!current.adjusted)
    throw meetingRuleError(
      'meeting_rule.status_transition',
      'Only an adjusted protocol is corrected as a new version; edit it',
      {
        edition: current.edition,
      },
    );
  const text = typeof note === 'string' ? note.trim() : '';
  if (!text)
    throw meetingRuleError('meeting_rule.correction_note_required', 'Say what was corrected and why', {
      field: 'note',
    });
  return { edition: current.edition + 1, note: text };
}
