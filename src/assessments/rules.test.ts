import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  consistentPositionNeeds,
  contradictoryPositionSteps,
  diff,
  isOverdue,
  quadrantOf,
  tallyGoals,
  type ImpactLike,
  type Keyed,
} from './rules.js';

const agenda = (code: string, effect: string, directness: string | null = 'direct'): ImpactLike => ({
  frameworkKind: 'agenda2030',
  code,
  parentCode: code.includes('.') ? code.split('.')[0] : null,
  effect,
  directness,
});

describe('net impact per goal', () => {
  it('counts the goal and its targets, both ways for "both", and keeps knowledge gaps apart', () => {
    const t = tallyGoals([
      agenda('9', 'positive'),
      agenda('9.1', 'positive', 'indirect'),
      agenda('9.4', 'both', 'both'),
      agenda('15.5', 'negative', 'indirect'),
      agenda('5.5', 'unknown', null),
      agenda('3', 'none', null),
    ]);
    expect(t).toHaveLength(17);
    expect(t[8]).toEqual({ goal: '9', positive: 3, negative: 1, unknown: 0, net: 2, direct: 2, indirect: 2 });
    expect(t[14]).toMatchObject({ negative: 1, net: -1, indirect: 1, direct: 0 });
    expect(t[4]).toMatchObject({ unknown: 1, net: 0, positive: 0, negative: 0, direct: 0 });
    expect(t[2]).toMatchObject({ positive: 0, negative: 0, unknown: 0, direct: 0 });
  });

  it('ignores other frameworks (RUS, environmental objectives)', () => {
    const t = tallyGoals([
      { frameworkKind: 'rus', code: '1', parentCode: null, effect: 'positive', directness: null },
      {
        frameworkKind: 'environmental_objectives',
        code: '1',
        parentCode: null,
        effect: 'negative',
        directness: 'direct',
      },
    ]);
    expect(t.every((g) => g.positive === 0 && g.negative === 0)).toBe(true);
  });

  it('net is always positive minus negative', () => {
    const effects = ['positive', 'negative', 'both', 'none', 'unknown'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 17 }), fc.constantFrom(...effects))), (list) => {
        const t = tallyGoals(list.map(([g, e]) => agenda(String(g), e)));
        return (
          t.every((g) => g.net === g.positive - g.negative) &&
          t.reduce((n, g) => n + g.positive, 0) === list.filter(([, e]) => e === 'positive' || e === 'both').length
        );
      }),
    );
  });
});

describe('quadrant placement on the power/interest map', () => {
  it.each([
    [5, 5, 'manage_closely'],
    [4, 4, 'manage_closely'],
    [5, 1, 'keep_satisfied'],
    [4, 3, 'keep_satisfied'],
    [1, 5, 'keep_informed'],
    [3, 4, 'keep_informed'],
    [3, 3, 'monitor'],
    [1, 1, 'monitor'],
  ] as const)('power %i, interest %i → %s', (power, interest, quadrant) => {
    expect(quadrantOf(power, interest)).toBe(quadrant);
  });

  it('more power never moves an actor from "keep satisfied/manage closely" to a lower-power quadrant', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 5 }),
        (p, _d, i) => {
          const high = (q: string) => q === 'manage_closely' || q === 'keep_satisfied';
          return !high(quadrantOf(p, i)) || high(quadrantOf(Math.min(5, p + 1), i));
        },
      ),
    );
  });
});

describe('overdue actions', () => {
  it('is overdue only after the deadline and while not done or dropped', () => {
    expect(isOverdue('2025-06-30', 'planned', '2025-07-01')).toBe(true);
    expect(isOverdue('2025-06-30', 'ongoing', '2025-07-01')).toBe(true);
    expect(isOverdue('2025-06-30', 'planned', '2025-06-30')).toBe(false);
    expect(isOverdue('2025-06-30', 'done', '2026-01-01')).toBe(false);
    expect(isOverdue('2025-06-30', 'dropped', '2026-01-01')).toBe(false);
    expect(isOverdue('2024-02-29', 'planned', '2024-03-01')).toBe(true);
  });
});

describe('comparing two versions', () => {
  const k = (key: string, values: Record<string, unknown>): Keyed => ({ key, label: { sv: key, en: key }, values });

  it('reports what was added, removed and changed, with the changed fields', () => {
    const before = [
      k('agenda2030|9', { effect: 'positive', motivation: 'a' }),
      k('agenda2030|15.5', { effect: 'negative' }),
      k('agenda2030|5.5', { effect: 'unknown' }),
    ];
    const after = [
      k('agenda2030|9', { effect: 'both', motivation: 'a' }),
      k('agenda2030|5.5', { effect: 'unknown' }),
      k('agenda2030|8.2', { effect: 'positive' }),
    ];
    const d = diff(before, after);
    expect(d).toEqual([
      {
        key: 'agenda2030|9',
        label: { sv: 'agenda2030|9', en: 'agenda2030|9' },
        change: 'changed',
        fields: ['effect'],
        before: { effect: 'positive', motivation: 'a' },
        after: { effect: 'both', motivation: 'a' },
      },
      {
        key: 'agenda2030|8.2',
        label: { sv: 'agenda2030|8.2', en: 'agenda2030|8.2' },
        change: 'added',
        fields: [],
        before: null,
        after: { effect: 'positive' },
      },
      {
        key: 'agenda2030|15.5',
        label: { sv: 'agenda2030|15.5', en: 'agenda2030|15.5' },
        change: 'removed',
        fields: [],
        before: { effect: 'negative' },
        after: null,
      },
    ]);
  });

  it('finds nothing between a version and itself, and treats null and a missing field alike', () => {
    const list = [k('a', { x: 1, y: null }), k('b', { x: 2 })];
    expect(diff(list, list)).toEqual([]);
    expect(diff([k('a', { x: 1, y: null })], [k('a', { x: 1 })])).toEqual([]);
  });

  it('every key of either side is accounted for exactly once', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 30 })),
        fc.uniqueArray(fc.integer({ min: 0, max: 30 })),
        (xs, ys) => {
          const d = diff(
            xs.map((x) => k(String(x), { v: x % 3 })),
            ys.map((y) => k(String(y), { v: y % 2 })),
          );
          const added = d.filter((c) => c.change === 'added').map((c) => c.key);
          const removed = d.filter((c) => c.change === 'removed').map((c) => c.key);
          return (
            added.every((a) => !xs.includes(Number(a))) &&
            removed.every((r) => !ys.includes(Number(r))) &&
            added.length === ys.filter((y) => !xs.includes(y)).length &&
            removed.length === xs.filter((x) => !ys.includes(x)).length
          );
        },
      ),
    );
  });
});

describe('positions needed (issue 10 item 5)', () => {
  it('finds the steps that say "no" but carry a note', () => {
    expect(
      contradictoryPositionSteps({
        '1': { needed: false, note: 'Klimat' },
        '2': { needed: true, note: 'Bostäder' },
        '3': { needed: false, note: '  ' },
      }),
    ).toEqual(['1']);
  });
  it('reads a stored "no" without its note, and keeps a "yes" with its note', () => {
    expect(
      consistentPositionNeeds({
        '1': { needed: false, note: 'Kvar sedan förr' },
        '2': { needed: true, note: 'Bostäder' },
      }),
    ).toEqual({ '1': { needed: false, note: null }, '2': { needed: true, note: 'Bostäder' } });
  });
});
