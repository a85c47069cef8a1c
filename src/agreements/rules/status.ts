import { compareDates, type IsoDate } from './dates.js';
import { periods, type RenewalTerms } from './renewal.js';

export interface Signature {
  party: string;
  signedOn: IsoDate | null;
}

export interface StatusInput {
  signatures: Signature[];
  terms: RenewalTerms;
  /** Last day in force after an ending other than notice (e.g. terminated by mutual agreement). */
  terminatedAt: IsoDate | null;
  /** Last day in force after an accepted notice (checkNotice's endsAt). */
  noticeEndsAt: IsoDate | null;
}

export type AgreementStatus =
  | { status: 'draft' }
  | { status: 'signed' }
  | { status: 'in_force'; endsOn: IsoDate | null }
  | { status: 'ended'; reason: 'expired' | 'terminated'; endedOn: IsoDate };

/**
 * The rule written down, from dates only:
 * - draft until every party has signed on or before today (a signature dated later does not count
 *   yet; an agreement without signatories is a draft);
 * - signed when all have signed but validFrom is still to come;
 * - in force from validFrom to its last day, which is the earliest of terminatedAt, noticeEndsAt
 *   and — when there is no automatic extension — validTo; with extension it has no fixed end;
 * - ended the day after that last day: 'terminated' when terminatedAt or a notice set it, else
 *   'expired'.
 * `endsOn` of an agreement in force is its known last day, or null when it renews on its own.
 */
export function agreementStatus(input: StatusInput, today: IsoDate): AgreementStatus {
  const { signatures, terms } = input;
  const allSigned =
    signatures.length > 0 && signatures.every((s) => s.signedOn !== null && compareDates(s.signedOn, today) <= 0);
  if (!allSigned) return { status: 'draft' };
  if (compareDates(today, terms.validFrom) < 0) return { status: 'signed' };
  const first = periods(terms, terms.validFrom)[0];
  const candidates: { date: IsoDate; reason: 'expired' | 'terminated' }[] = [];
  if (input.terminatedAt) candidates.push({ date: input.terminatedAt, reason: 'terminated' });
  if (input.noticeEndsAt) candidates.push({ date: input.noticeEndsAt, reason: 'terminated' });
  if (terms.extensionYears === 0) candidates.push({ date: first.end, reason: 'expired' });
  const last = candidates.reduce<(typeof candidates)[number] | null>(
    (m, c) => (m === null || compareDates(c.date, m.date) < 0 ? c : m),
    null,
  );
  if (last && compareDates(today, last.date) > 0) return { status: 'ended', reason: last.reason, endedOn: last.date };
  return { status: 'in_force', endsOn: last?.date ?? null };
}
