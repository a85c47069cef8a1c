import { addDays, addMonthsEndToEnd, compareDates, daysBetween, parseDate, type IsoDate } from './dates.js';
import { agreementError } from './errors.js';

export interface RenewalTerms {
  validFrom: IsoDate;
  validTo: IsoDate;
  /** Years each automatic extension adds (the seed: 3); 0 = no automatic extension. */
  extensionYears: number;
  /** Months before a period's end that notice must be received at the latest (the seed: 12). */
  noticeMonths: number;
}

export interface Period {
  /** 0 is the initial period, 1 the first extension, … */
  number: number;
  start: IsoDate;
  end: IsoDate;
  /** The last day a notice may be received to end the agreement at `end`. */
  noticeDeadline: IsoDate;
}

/** No agreement can be looked at further than this many periods (guards against runaway loops). */
const MAX_PERIODS = 1000;

/** Validity must not end before it starts (a one-day agreement is allowed). */
export function checkValidity(validFrom: IsoDate, validTo: IsoDate): void {
  parseDate(validFrom, 'validFrom');
  parseDate(validTo, 'validTo');
  if (compareDates(validTo, validFrom) < 0) {
    throw agreementError('agreement.validity_order', `validity ends ${validTo} before it starts ${validFrom}`, {
      field: 'validTo',
      validFrom,
      validTo,
    });
  }
}

function checkTerms(t: RenewalTerms): void {
  checkValidity(t.validFrom, t.validTo);
  for (const field of ['extensionYears', 'noticeMonths'] as const) {
    const v = t[field];
    if (!Number.isInteger(v) || v < 0 || v > 100 * (field === 'noticeMonths' ? 12 : 1)) {
      throw agreementError('agreement.terms_invalid', `${field} must be a whole number ≥ 0`, { field, value: v });
    }
  }
}

/**
 * The notice deadline of a period ending on `end`: `noticeMonths` months earlier, where a period
 * ending on a month's last day has its deadline on the last day of the month M months earlier
 * (2017-12-31 → 2016-12-31; 2020-02-29 → 2019-02-28; 2021-02-28 → 2020-02-29), and any other end
 * keeps its day of the month, clamped to the target month's length.
 */
export const noticeDeadline = (end: IsoDate, noticeMonths: number): IsoDate => addMonthsEndToEnd(end, -noticeMonths);

/**
 * The rule written down: the initial period runs validFrom–validTo. Unless notice is given, it is
 * followed by extensions of N years each: an extension starts the day after the previous period
 * ends and ends N years after the previous end, a month's last day staying a month's last day
 * (2017-12-31 → 2018-01-01–2020-12-31; 2016-02-28 → 2016-02-29–2019-02-28; 2017-02-28 →
 * 2017-03-01–2020-02-29), so an extension lasts N years from its start. Periods are listed up
 * to and including the one containing `until` (at least the initial period).
 */
export function periods(terms: RenewalTerms, until: IsoDate): Period[] {
  checkTerms(terms);
  parseDate(until, 'until');
  const out: Period[] = [
    {
      number: 0,
      start: terms.validFrom,
      end: terms.validTo,
      noticeDeadline: noticeDeadline(terms.validTo, terms.noticeMonths),
    },
  ];
  while (terms.extensionYears > 0 && compareDates(out[out.length - 1].end, until) < 0 && out.length < MAX_PERIODS) {
    out.push(nextPeriod(terms, out[out.length - 1]));
  }
  return out;
}

function nextPeriod(terms: RenewalTerms, p: Period): Period {
  const end = addMonthsEndToEnd(p.end, 12 * terms.extensionYears);
  return {
    number: p.number + 1,
    start: addDays(p.end, 1),
    end,
    noticeDeadline: noticeDeadline(end, terms.noticeMonths),
  };
}

/** The period containing `today`, or null before validFrom and after the last listed period. */
export function currentPeriod(list: Period[], today: IsoDate): Period | null {
  return list.find((p) => compareDates(p.start, today) <= 0 && compareDates(today, p.end) <= 0) ?? null;
}

export interface NoticeAccepted {
  endsAt: IsoDate;
  period: Period;
  /** Received after the deadline of the period containing it: it ends a later period (issue 10 item 6). */
  late: boolean;
}

/**
 * A notice received on `received` ends the agreement at the end of the period containing that day
 * when it arrives on or before that period's deadline (a notice before validFrom counts for the
 * initial period). Arriving later it applies to the first later period whose deadline it still
 * meets. A late notice is refused with `agreement.notice_too_late` naming the deadline missed and
 * that later period (or null when the agreement has no later period) — unless the caller asked
 * explicitly for that period with `forPeriodEnding`: a municipality that sent a late letter has
 * still given notice, for the period it can end. `forPeriodEnding` naming any other period is
 * refused with `agreement.notice_period_invalid`, so the end date always follows from the rule.
 */
export function checkNotice({
  terms,
  received,
  forPeriodEnding,
}: {
  terms: RenewalTerms;
  received: IsoDate;
  forPeriodEnding?: IsoDate | null;
}): NoticeAccepted {
  checkTerms(terms);
  parseDate(received, 'received');
  if (forPeriodEnding != null) parseDate(forPeriodEnding, 'forPeriodEnding');
  const list = periods(terms, received);
  const containing =
    currentPeriod(list, received) ?? (compareDates(received, terms.validFrom) < 0 ? list[0] : list[list.length - 1]);
  const onTime = compareDates(received, containing.noticeDeadline) <= 0 && compareDates(received, containing.end) <= 0;
  let applies: Period | null = containing;
  if (!onTime) {
    applies = null;
    if (terms.extensionYears > 0) {
      applies = nextPeriod(terms, containing);
      while (compareDates(received, applies.noticeDeadline) > 0 && applies.number < containing.number + MAX_PERIODS)
        applies = nextPeriod(terms, applies);
    }
  }
  if (forPeriodEnding != null && applies && forPeriodEnding !== applies.end) {
    throw agreementError(
      'agreement.notice_period_invalid',
      `notice received ${received} ends the period ending ${applies.end}, not ${forPeriodEnding}`,
      { field: 'forPeriodEnding', received, appliesTo: { periodEnd: applies.end, deadline: applies.noticeDeadline } },
    );
  }
  if (onTime) return { endsAt: containing.end, period: containing, late: false };
  if (applies && forPeriodEnding === applies.end) return { endsAt: applies.end, period: applies, late: true };
  throw agreementError(
    'agreement.notice_too_late',
    applies
      ? `notice received ${received} is after the deadline ${containing.noticeDeadline}; it ends the agreement on ${applies.end} instead (deadline ${applies.noticeDeadline})`
      : `notice received ${received} is after the deadline ${containing.noticeDeadline}, and the agreement has no later period`,
    {
      field: 'receivedOn',
      received,
      deadline: containing.noticeDeadline,
      periodEnd: containing.end,
      appliesTo: applies ? { periodEnd: applies.end, deadline: applies.noticeDeadline } : null,
    },
  );
}

/**
 * Notice deadlines to remind about: those from `today` to `daysBefore` days later, both included,
 * earliest first (a reminder job sends one each day it runs, so the window is inclusive).
 */
export function remindersDue(list: Period[], today: IsoDate, daysBefore: number): Period[] {
  if (!Number.isInteger(daysBefore) || daysBefore < 0)
    throw agreementError('agreement.terms_invalid', 'daysBefore must be a whole number ≥ 0', {
      field: 'daysBefore',
      value: daysBefore,
    });
  return list
    .filter((p) => {
      const d = daysBetween(today, p.noticeDeadline);
      return d >= 0 && d <= daysBefore;
    })
    .sort((a, b) => compareDates(a.noticeDeadline, b.noticeDeadline));
}
