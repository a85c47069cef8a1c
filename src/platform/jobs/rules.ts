/**
 * The pure timing rules of jobs: retry backoff and daily schedules. No I/O; tested in rules.test.ts.
 */

/** Delay before retry number `attempt` (1 = after the first failure): base × 2^(attempt-1), capped. */
export function backoffMs(attempt: number, baseSeconds: number, capSeconds = 6 * 3600): number {
  const n = Math.max(1, Math.floor(attempt));
  // 2^40 already exceeds any cap; stop there so the number stays finite.
  const factor = 2 ** Math.min(n - 1, 40);
  return Math.min(baseSeconds * factor, capSeconds) * 1000;
}

export interface DailySchedule {
  /** Local time of day, "HH:MM". */
  dailyAt: string;
  /** IANA zone; Swedish time unless said otherwise. */
  timeZone?: string;
}

export const scheduleSpec = (s: DailySchedule) => `daily ${s.dailyAt} ${s.timeZone ?? 'Europe/Stockholm'}`;

function parseTime(hhmm: string): [number, number] {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) throw new Error(`A daily schedule needs "HH:MM", not "${hhmm}"`);
  return [Number(m[1]), Number(m[2])];
}

/** The zone's wall-clock fields at an instant. */
function wallClock(at: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  return { y: get('year'), mo: get('month'), d: get('day'), h: get('hour'), mi: get('minute'), s: get('second') };
}

/** The zone's offset from UTC at an instant, in ms. */
function offsetMs(at: Date, timeZone: string) {
  const w = wallClock(at, timeZone);
  return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant the zone's clock shows y-mo-d h:mi (in a spring-forward gap: the instant after it). */
function zoned(y: number, mo: number, d: number, h: number, mi: number, timeZone: string): Date {
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  const first = guess - offsetMs(new Date(guess), timeZone);
  const second = guess - offsetMs(new Date(first), timeZone);
  // The candidate whose wall clock is the time asked for; near a change of offset the two differ
  // (01:00 the night summer time ends: the guess's offset is already winter's). The earlier one where
  // a time happens twice; after the gap where it does not happen at all (spring).
  const right = [first, second].filter((t) => {
    const w = wallClock(new Date(t), timeZone);
    return w.h === h && w.mi === mi;
  });
  return new Date(right.length ? Math.min(...right) : Math.max(first, second));
}

/** The first time strictly after `after` at which the schedule is due. */
export function nextDailyRun(after: Date, schedule: DailySchedule): Date {
  const tz = schedule.timeZone ?? 'Europe/Stockholm';
  const [h, mi] = parseTime(schedule.dailyAt);
  const today = wallClock(after, tz);
  for (let add = 0; add < 3; add++) {
    // Date.UTC normalises day overflow (31 + 1 → the 1st of the next month).
    const day = new Date(Date.UTC(today.y, today.mo - 1, today.d + add));
    const at = zoned(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), h, mi, tz);
    if (at.getTime() > after.getTime()) return at;
  }
  throw new Error('unreachable: a daily time recurs within three days');
}
