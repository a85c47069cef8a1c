import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultMilestones, isOverdue, milestonesToRemind, missingRatings, periodOf, tallyRatings } from './rules.js';
import { areaRatings } from './contract.js';

describe('the follow-up period and timeline', () => {
  it('runs from October of the year before to September', () => {
    expect(periodOf(2026)).toEqual({ start: '2025-10-01', end: '2026-09-30' });
  });

  it('puts the seed milestones in order, ending at the council meeting', () => {
    const ms = defaultMilestones(2026);
    expect(ms.map((m) => m.kind)).toEqual([
      'reports_sent',
      'questionnaire',
      'compilation_shared',
      'municipal_meetings',
      'joint_valuation',
      'council_decision',
    ]);
    expect(ms[0].dueDate).toBe('2026-10-07');
    expect(ms[2].dueDate).toBe('2026-11-07');
    expect(ms[5].dueDate).toBe('2026-12-15');
    expect(defaultMilestones(2026, '2026-12-10')[5].dueDate).toBe('2026-12-10');
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), (y) => {
        const dates = defaultMilestones(y).map((m) => m.dueDate);
        expect([...dates].sort()).toEqual(dates);
        expect(dates.every((d) => d > periodOf(y).end)).toBe(true);
      }),
    );
  });

  it('is overdue only after the due date and only when not done', () => {
    expect(isOverdue({ dueDate: '2026-10-07', status: 'planned' }, '2026-10-07')).toBe(false);
    expect(isOverdue({ dueDate: '2026-10-07', status: 'in_progress' }, '2026-10-08')).toBe(true);
    expect(isOverdue({ dueDate: '2026-10-07', status: 'done' }, '2027-01-01')).toBe(false);
  });
});

describe('reminders to milestone owners', () => {
  const now = new Date('2026-11-25T08:00:00Z');
  const base = { ownerEmail: 'a@x.se', lastRemindedAt: null as Date | null, status: 'planned' as const };
  const list = [
    { ...base, id: 'overdue', dueDate: '2026-11-07' },
    { ...base, id: 'soon', dueDate: '2026-11-30' },
    { ...base, id: 'later', dueDate: '2026-12-15' },
    { ...base, id: 'done', dueDate: '2026-11-01', status: 'done' as const },
    { ...base, id: 'no-owner', dueDate: '2026-11-01', ownerEmail: null },
    { ...base, id: 'recent', dueDate: '2026-11-01', lastRemindedAt: new Date('2026-11-24T08:00:00Z') },
    { ...base, id: 'long-ago', dueDate: '2026-11-01', lastRemindedAt: new Date('2026-11-20T08:00:00Z') },
  ];
  it('picks overdue and soon-due milestones with an owner, not reminded lately', () => {
    expect(milestonesToRemind(list, '2026-11-25', now, { withinDays: 7, minIntervalDays: 3 }).map((m) => m.id)).toEqual(
      ['overdue', 'soon', 'long-ago'],
    );
  });
  it('with no horizon, only overdue and due today', () => {
    expect(milestonesToRemind(list, '2026-11-25', now, { withinDays: 0, minIntervalDays: 0 }).map((m) => m.id)).toEqual(
      ['overdue', 'recent', 'long-ago'],
    );
  });
});

describe('the municipalities’ ratings', () => {
  it('counts each step and the share of those who rated', () => {
    const t = tallyRatings(['satisfied', 'satisfied', 'mostly_satisfied', null, 'dissatisfied']);
    expect(t.answered).toBe(4);
    expect(t.distribution).toEqual([
      { rating: 'satisfied', count: 2, percent: 50 },
      { rating: 'mostly_satisfied', count: 1, percent: 25 },
      { rating: 'not_quite_satisfied', count: 0, percent: 0 },
      { rating: 'dissatisfied', count: 1, percent: 25 },
    ]);
  });
  it('sums to the number who rated', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.constantFrom(...areaRatings), { nil: null })), (rs) => {
        const t = tallyRatings(rs);
        expect(t.distribution.reduce((s, d) => s + d.count, 0)).toBe(t.answered);
      }),
    );
  });
  it('names the areas still lacking a rating', () => {
    expect(
      missingRatings(
        ['A', 'B', 'C'],
        [
          { areaCode: 'A', rating: 'satisfied' },
          { areaCode: 'B', rating: null },
        ],
      ),
    ).toEqual(['B', 'C']);
  });
});
