import { percent } from '../surveys/index.js';
import { areaRatings, type AreaRating, type AreaTally, type MilestoneKind, type MilestoneStatus } from './contract.js';

/**
 * The follow-up cycle's rules (seed 003), pure: the period, the milestones' default due dates,
 * what is overdue, whom to remind, and the tally of the municipalities' ratings.
 */

/** The cycle of year Y follows up October Y-1 to September Y. */
export const periodOf = (year: number) => ({ start: `${year - 1}-10-01`, end: `${year}-09-30` });

/** Dates a cycle's work may carry: from the period's start to the end of the year after (a late decision). */
export const cycleDateRange = (year: number) => ({ from: periodOf(year).start, to: `${year + 1}-12-31` });
export const inCycleRange = (year: number, date: string) =>
  date >= cycleDateRange(year).from && date <= cycleDateRange(year).to;

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/**
 * The seed's timeline for year Y: the reports go out in the first week of October, the bodies
 * answer during October, the compilation reaches the municipalities at the start of November, the
 * meetings per municipality and the joint valuation (primary-municipal council) happen in November,
 * and the council decides at its last meeting of the year (15 December unless given).
 */
export function defaultMilestones(
  year: number,
  councilMeetingDate?: string,
): { kind: MilestoneKind; dueDate: string }[] {
  return [
    { kind: 'reports_sent', dueDate: iso(year, 10, 7) },
    { kind: 'questionnaire', dueDate: iso(year, 10, 31) },
    { kind: 'compilation_shared', dueDate: iso(year, 11, 7) },
    { kind: 'municipal_meetings', dueDate: iso(year, 11, 30) },
    { kind: 'joint_valuation', dueDate: iso(year, 11, 30) },
    { kind: 'council_decision', dueDate: councilMeetingDate ?? iso(year, 12, 15) },
  ];
}

export interface MilestoneState {
  dueDate: string;
  status: MilestoneStatus;
}

/** Not done and its due date has passed (the due date itself is still on time). */
export const isOverdue = (m: MilestoneState, today: string) => m.status !== 'done' && m.dueDate < today;

const addDays = (isoDate: string, days: number) => {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

export interface ReminderCandidate extends MilestoneState {
  id: string;
  ownerEmail: string | null;
  lastRemindedAt: Date | null;
}

/**
 * Milestones whose owner should be reminded now: not done, with an owner who has an address,
 * overdue or due within `withinDays`, and not reminded within `minIntervalDays`.
 */
export function milestonesToRemind<T extends ReminderCandidate>(
  list: T[],
  today: string,
  now: Date,
  rule: { withinDays: number; minIntervalDays: number },
): T[] {
  const horizon = addDays(today, rule.withinDays);
  return list.filter(
    (m) =>
      m.status !== 'done' &&
      !!m.ownerEmail &&
      m.dueDate <= horizon &&
      (!m.lastRemindedAt || now.getTime() - m.lastRemindedAt.getTime() >= rule.minIntervalDays * 86_400_000),
  );
}

/** The municipalities' ratings of one area: how many gave each step, percent of those who rated. */
export function tallyRatings(ratings: (AreaRating | null)[]): AreaTally {
  const given = ratings.filter((r): r is AreaRating => r != null);
  return {
    answered: given.length,
    distribution: areaRatings.map((rating) => {
      const count = given.filter((r) => r === rating).length;
      return { rating, count, percent: percent(count, given.length) };
    }),
  };
}

/** The areas a submission still lacks a rating for. */
export const missingRatings = (areaCodes: string[], given: { areaCode: string; rating: AreaRating | null }[]) =>
  areaCodes.filter((code) => !given.some((g) => g.areaCode === code && g.rating != null));
