import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BUILTIN_CRITERIA,
  BUILTIN_GROUPS,
  documentCounts,
  perspective,
  RATINGS,
  reviewCriteria,
  reviewResult,
  type Counts,
  type Rating,
} from './rules.js';

const counts = fc.record({
  clear: fc.nat(30),
  partly: fc.nat(30),
  missing: fc.nat(30),
  unrated: fc.nat(30),
});

describe('gender review rules', () => {
  it('builds in the six sub-goals with their wording, the 4R and the five questions of a gender-equal decision', () => {
    expect(BUILTIN_CRITERIA.subgoals.map((c) => c.key)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `subgoal-${n}`));
    expect(BUILTIN_CRITERIA.subgoals[4].name.sv).toBe('5. Jämställd hälsa');
    expect(BUILTIN_CRITERIA.subgoals[5].goalCode).toBe('6');
    expect(BUILTIN_CRITERIA.fourR.map((c) => c.name.en)).toEqual([
      'Representation',
      'Resources',
      'Realia',
      'Realisation',
    ]);
    expect(BUILTIN_CRITERIA.decision).toHaveLength(5);
    expect(BUILTIN_CRITERIA.decision[1].name.sv).toBe('Finns statistik uppdelad på kön?');
  });

  it('uses the chosen built-in groups in their order, then its own criteria (rule 1)', () => {
    const own = {
      key: 'own-x',
      group: 'own' as const,
      name: { sv: 'HBTQI', en: 'LGBTQI' },
      description: { sv: '', en: '' },
      goalCode: null,
    };
    const keys = reviewCriteria(['decision', 'fourR'], [own]).map((c) => c.key);
    expect(keys[0]).toBe('4r-representation');
    expect(keys.slice(4, 9)).toEqual(['decision-1', 'decision-2', 'decision-3', 'decision-4', 'decision-5']);
    expect(keys.at(-1)).toBe('own-x');
    expect(reviewCriteria([...BUILTIN_GROUPS], [])).toHaveLength(15);
  });

  it('counts add up to the number of criteria, and ratings of unused criteria are ignored (rules 2, 3)', () => {
    const criteria = reviewCriteria(['subgoals', 'fourR', 'decision'], []);
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.constantFrom(...RATINGS), { nil: null }), { minLength: 15, maxLength: 15 }),
        (ratings) => {
          const map = new Map<string, Rating | null>(criteria.map((c, i) => [c.key, ratings[i]]));
          map.set('own-unused', 'clear');
          const c = documentCounts(criteria, map);
          expect(c.clear + c.partly + c.missing + c.unrated).toBe(15);
          expect(c.clear).toBe(ratings.filter((r) => r === 'clear').length);
          expect(c.unrated).toBe(ratings.filter((r) => r === null).length);
        },
      ),
    );
  });

  it('judges a document’s perspective (rule 4)', () => {
    expect(perspective({ clear: 10, partly: 3, missing: 2, unrated: 0 })).toBe('clear');
    expect(perspective({ clear: 0, partly: 5, missing: 10, unrated: 0 })).toBe('missing');
    expect(perspective({ clear: 4, partly: 6, missing: 5, unrated: 0 })).toBe('partly');
    expect(perspective({ clear: 7, partly: 0, missing: 0, unrated: 8 })).toBe('not_assessed');
    expect(perspective({ clear: 0, partly: 0, missing: 0, unrated: 0 })).toBe('not_assessed');
    fc.assert(
      fc.property(counts, (c) => {
        const p = perspective(c);
        const total = c.clear + c.partly + c.missing + c.unrated;
        if (p === 'clear') expect(c.clear * 2).toBeGreaterThanOrEqual(total);
        if (p === 'missing') expect(c.clear).toBe(0);
        if (p !== 'not_assessed') expect((total - c.unrated) * 2).toBeGreaterThanOrEqual(total);
      }),
    );
  });

  it('sums the review’s result over its documents (rule 5)', () => {
    fc.assert(
      fc.property(fc.array(counts, { maxLength: 12 }), (docs: Counts[]) => {
        const r = reviewResult(docs);
        expect(r.clear).toBe(docs.reduce((s, d) => s + d.clear, 0));
        expect(Object.values(r.documents).reduce((s, n) => s + n, 0)).toBe(docs.length);
        const rated = r.clear + r.partly + r.missing;
        if (rated === 0) expect(r.clearShare).toBeNull();
        else expect(r.clearShare).toBeCloseTo(r.clear / rated, 2);
      }),
    );
  });
});
