/**
 * Who gets a reminder now: only invitations not completed, fewer than `maxCount` reminders so far,
 * and at least `minIntervalDays` (of 24 hours) since the invitation or the last reminder. Pure.
 */
export interface ReminderCandidate {
  completed: boolean;
  invitedAt: Date;
  lastRemindedAt: Date | null;
  remindersSent: number;
}

export interface ReminderRule {
  minIntervalDays: number;
  maxCount: number;
}

const DAY = 24 * 3600_000;

export function selectReminders<T extends ReminderCandidate>(
  invitations: T[],
  now: Date,
  { minIntervalDays, maxCount }: ReminderRule,
): T[] {
  return invitations.filter((i) => {
    if (i.completed || i.remindersSent >= maxCount) return false;
    const since = (i.lastRemindedAt ?? i.invitedAt).getTime();
    return now.getTime() - since >= minIntervalDays * DAY;
  });
}
