import { AppError } from '../platform/errors.js';

export interface Period {
  startDate: string;
  endDate: string | null;
}

/** ISO dates compare as strings. An open end means "still running". */
export function overlaps(a: Period, b: Period): boolean {
  const aEnd = a.endDate ?? '9999-12-31';
  const bEnd = b.endDate ?? '9999-12-31';
  return a.startDate <= bEnd && b.startDate <= aEnd;
}

export function isCurrent(p: Period, today: string): boolean {
  return p.startDate <= today && (p.endDate == null || p.endDate >= today);
}

export function checkPeriod(p: Period): void {
  if (p.endDate != null && p.endDate < p.startDate) {
    throw new AppError('body.membership_dates', 'The membership cannot end before it starts', { field: 'endDate' });
  }
}

/**
 * Reporting lines must form a tree: following "reports to" from the proposed parent must never
 * come back to the body itself.
 */
export function wouldCycle(
  bodyId: string,
  proposedParent: string | null | undefined,
  parentOf: Map<string, string | null>,
): boolean {
  let cur = proposedParent ?? null;
  const seen = new Set<string>();
  while (cur) {
    if (cur === bodyId) return true;
    if (seen.has(cur)) return true;
    seen.add(cur);
    cur = parentOf.get(cur) ?? null;
  }
  return false;
}

export { todayIso as today } from '../platform/today.js';
