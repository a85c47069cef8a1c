import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { selectReminders } from './reminder-rule.js';

const day = 24 * 3600_000;
const now = new Date('2025-10-20T09:00:00Z');
const ago = (days: number) => new Date(now.getTime() - days * day);
const inv = (
  id: string,
  over: Partial<{ completed: boolean; invitedAt: Date; lastRemindedAt: Date | null; remindersSent: number }> = {},
) => ({
  id,
  completed: false,
  invitedAt: ago(10),
  lastRemindedAt: null,
  remindersSent: 0,
  ...over,
});

describe('selectReminders', () => {
  const rule = { minIntervalDays: 7, maxCount: 2 };

  it('reminds only those who have not completed', () => {
    const picked = selectReminders([inv('open'), inv('done', { completed: true })], now, rule);
    expect(picked.map((i) => i.id)).toEqual(['open']);
  });

  it('waits the minimum interval after the invitation and after the last reminder', () => {
    const list = [
      inv('fresh', { invitedAt: ago(3) }),
      inv('exactly', { invitedAt: ago(7) }),
      inv('recently-reminded', { lastRemindedAt: ago(6.9), remindersSent: 1 }),
      inv('due-again', { lastRemindedAt: ago(8), remindersSent: 1 }),
    ];
    expect(selectReminders(list, now, rule).map((i) => i.id)).toEqual(['exactly', 'due-again']);
  });

  it('stops at the maximum count', () => {
    expect(selectReminders([inv('twice', { lastRemindedAt: ago(30), remindersSent: 2 })], now, rule)).toEqual([]);
  });

  it('with no interval, reminds every open invitation below the maximum right away', () => {
    const list = [inv('a', { invitedAt: now }), inv('b', { invitedAt: now, completed: true })];
    expect(selectReminders(list, now, { minIntervalDays: 0, maxCount: 1 }).map((i) => i.id)).toEqual(['a']);
  });

  it('never picks a completed invitation nor one at the maximum, whatever the dates (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            completed: fc.boolean(),
            invitedDaysAgo: fc.integer({ min: 0, max: 60 }),
            remindedDaysAgo: fc.option(fc.integer({ min: 0, max: 60 })),
            remindersSent: fc.integer({ min: 0, max: 5 }),
          }),
        ),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 5 }),
        (raw, minIntervalDays, maxCount) => {
          const list = raw.map((r, i) =>
            inv(String(i), {
              completed: r.completed,
              invitedAt: ago(r.invitedDaysAgo),
              lastRemindedAt: r.remindedDaysAgo == null ? null : ago(r.remindedDaysAgo),
              remindersSent: r.remindersSent,
            }),
          );
          for (const p of selectReminders(list, now, { minIntervalDays, maxCount })) {
            expect(p.completed).toBe(false);
            expect(p.remindersSent).toBeLessThan(maxCount);
            expect(now.getTime() - (p.lastRemindedAt ?? p.invitedAt).getTime()).toBeGreaterThanOrEqual(
              minIntervalDays * day,
            );
          }
        },
      ),
    );
  });
});
