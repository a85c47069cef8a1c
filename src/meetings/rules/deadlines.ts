import { addDays, addWeeks, checkDate, compareDates, daysBetween, type IsoDate } from './dates.js';
import { meetingRuleError } from './errors.js';
import type { RulesProfile } from './profiles.js';
import { deadline, type Deadline } from './statutory-time.js';

/**
 * Kommunallagen (2017:725) 5 kap. 69 § (and 6 kap. 35 § for nämnder): the protocol is adjusted no
 * later than 14 days after the meeting. A meeting over several days (2015-06-16–17) counts from its
 * last day. Moved off a non-working day under lag (1930:173) 2 § when the profile says so.
 */
export function adjustDeadline(meetingLastDay: IsoDate, profile: RulesProfile): Deadline {
  checkDate(meetingLastDay, 'meetingLastDay');
  return deadline(addDays(meetingLastDay, profile.adjustWithinDays), profile.moveOffNonWorkingDays);
}

export const adjustStates = ['not_due', 'due_soon', 'overdue', 'adjusted'] as const;
export type AdjustStateName = (typeof adjustStates)[number];

export interface AdjustState {
  state: AdjustStateName;
  deadline: Deadline;
  /** Days from today to the (moved) deadline; negative once it has passed. */
  daysLeft: number;
  /** Adjusted after the deadline (a fact to show; the protocol is valid all the same). */
  adjustedLate: boolean;
}

/**
 * Where the adjusting stands today: `adjusted` once it is; otherwise `overdue` after the deadline,
 * `due_soon` from `profile.warnDaysBefore` days before it (the deadline day included), else
 * `not_due` (also while the meeting is still going on).
 */
export function adjustState(
  meetingLastDay: IsoDate,
  adjustedOn: IsoDate | null,
  today: IsoDate,
  profile: RulesProfile,
): AdjustState {
  checkDate(today, 'today');
  const d = adjustDeadline(meetingLastDay, profile);
  const daysLeft = daysBetween(today, d.due);
  if (adjustedOn !== null) {
    checkDate(adjustedOn, 'adjustedOn');
    if (compareDates(adjustedOn, today) > 0)
      throw meetingRuleError('meeting_rule.date_order', `adjustedOn ${adjustedOn} is after today ${today}`, {
        field: 'adjustedOn',
      });
    return { state: 'adjusted', deadline: d, daysLeft, adjustedLate: compareDates(adjustedOn, d.due) > 0 };
  }
  const state: AdjustStateName = daysLeft < 0 ? 'overdue' : daysLeft <= profile.warnDaysBefore ? 'due_soon' : 'not_due';
  return { state, deadline: d, daysLeft, adjustedLate: false };
}

/**
 * 8 kap. 12 §: the adjusting of a protocol of fullmäktige or a nämnd is announced on the notice board
 * no later than the second day after the adjusting. The window opens on the adjusting day. Null for
 * a profile without notice (a collaboration body).
 */
export function noticeWindow(
  adjustedOn: IsoDate,
  profile: RulesProfile,
): { earliest: IsoDate; latest: Deadline } | null {
  checkDate(adjustedOn, 'adjustedOn');
  if (profile.noticeWithinDays === null) return null;
  return {
    earliest: adjustedOn,
    latest: deadline(addDays(adjustedOn, profile.noticeWithinDays), profile.moveOffNonWorkingDays),
  };
}

export interface NoticePeriod {
  postedOn: IsoDate;
  /** 13 kap. 5 §: the appeal must reach the förvaltningsrätt within three weeks of the notice day. */
  appealEnds: Deadline;
  /** The last day of the appeal period after 1930:173 2 § (= appealEnds.due). */
  appealEndsOn: IsoDate;
  /** The notice stays up through the appeal period: it may come down from this day, not before. */
  earliestTakeDown: IsoDate;
}

/**
 * The notice period from the day the notice went up. The appeal period ends three weeks later on the
 * same weekday (lag 1930:173 1 §), moved to the next weekday when that is a Saturday, Sunday, holiday
 * or eve (2 §). The notice must stay up until the appeal period has run out (8 kap. 12 §), so it may
 * be taken down the day after the appeal period's last day. Seed 004: posted 2019-03-12 → appeal
 * ends 2019-04-02 → down from 2019-04-03.
 */
export function noticePeriod(postedOn: IsoDate, weeks = 3): NoticePeriod {
  checkDate(postedOn, 'postedOn');
  const appealEnds = deadline(addWeeks(postedOn, weeks), true);
  return { postedOn, appealEnds, appealEndsOn: appealEnds.due, earliestTakeDown: addDays(appealEnds.due, 1) };
}

/** What a meeting shows about its notice, in the shape of the meetings contract's `Notice`. */
export interface NoticeDates {
  postBy: IsoDate | null;
  postedOn: IsoDate | null;
  takeDownOn: IsoDate | null;
  appealEndsOn: IsoDate | null;
  /** Posted after the last day to post it. */
  postedLate: boolean;
}

/** The notice dates of an adjusted protocol; null when the profile has no notice. */
export function noticeDates(adjustedOn: IsoDate, postedOn: IsoDate | null, profile: RulesProfile): NoticeDates | null {
  const window = noticeWindow(adjustedOn, profile);
  if (!window || profile.appealWeeks === null) return null;
  if (postedOn === null)
    return { postBy: window.latest.due, postedOn: null, takeDownOn: null, appealEndsOn: null, postedLate: false };
  checkDate(postedOn, 'postedOn');
  if (compareDates(postedOn, adjustedOn) < 0)
    throw meetingRuleError(
      'meeting_rule.date_order',
      `The notice (${postedOn}) cannot go up before the adjusting (${adjustedOn})`,
      {
        field: 'postedOn',
      },
    );
  const period = noticePeriod(postedOn, profile.appealWeeks);
  return {
    postBy: window.latest.due,
    postedOn,
    takeDownOn: period.earliestTakeDown,
    appealEndsOn: period.appealEndsOn,
    postedLate: compareDates(postedOn, window.latest.due) > 0,
  };
}
