import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classLabels } from './draw.js';
import { contrast, luminance, RATIO_COLOURS, ratioScale, valueScale } from './scale.js';

const colours = (s: { classes: { colour: string }[] }) => s.classes.map((c) => c.colour);

describe('value scale (sequential)', () => {
  it('splits the range into five equal classes, light to dark', () => {
    const s = valueScale([10, 12, 14, 16, 18, 20, null, undefined, NaN]);
    expect(s.classes.map((c) => [c.lower, c.upper])).toEqual([
      [10, 12],
      [12, 14],
      [14, 16],
      [16, 18],
      [18, 20],
    ]);
    expect([10, 11.9, 12, 17.5, 20].map(s.classOf)).toEqual([0, 0, 1, 3, 4]);
    expect(s.classOf(null)).toBeNull();
    expect(s.classOf(Number.NaN)).toBeNull();
    const lum = colours(s).map(luminance);
    for (let i = 1; i < lum.length; i++) expect(lum[i]).toBeLessThan(lum[i - 1]);
  });

  it('labels the classes in the locale, with the digits that tell them apart', () => {
    const s = valueScale([10.04, 26.1, 14]);
    expect(s.digits).toBe(1);
    expect(classLabels(s, 'sv')).toEqual(['10,0 – 15,4', '15,4 – 20,7', '20,7 – 26,1']);
    expect(classLabels(s, 'en')[0]).toBe('10.0 – 15.4');
    expect(classLabels(valueScale([1200, 56000, 90000]), 'sv')[2]).toBe('60\u00a0400 – 90\u00a0000');
  });

  it('uses as many classes as there are distinct values, at most five', () => {
    expect(valueScale([]).classes).toEqual([]);
    expect(valueScale([null, null]).classOf(3)).toBeNull();
    expect(valueScale([7, 7, 7]).classes).toHaveLength(1);
    expect(valueScale([7, 7, 7]).classOf(7)).toBe(0);
    expect(valueScale([1, 9]).classes).toHaveLength(2);
    expect(valueScale(Array.from({ length: 40 }, (_, i) => i)).classes).toHaveLength(5);
  });

  it('puts quantile classes where the values are, for skewed figures', () => {
    const population = [2400, 2600, 3000, 5000, 6000, 9000, 12000, 60000, 980000];
    const equal = valueScale(population);
    const quantile = valueScale(population, 'quantile');
    const used = (s: typeof equal) => new Set(population.map(s.classOf)).size;
    expect(used(equal)).toBe(2);
    expect(used(quantile)).toBe(5);
  });

  it('never puts a smaller value in a higher class', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }),
        fc.constantFrom('equal' as const, 'quantile' as const),
        (xs, how) => {
          const s = valueScale(xs, how);
          const sorted = [...xs].sort((a, b) => a - b);
          for (let i = 1; i < sorted.length; i++)
            expect(s.classOf(sorted[i])!).toBeGreaterThanOrEqual(s.classOf(sorted[i - 1])!);
        },
      ),
    );
  });
});

describe('ratio scale (women/men, diverging around 1)', () => {
  it('centres on 1: equal is the neutral middle class, and v and 1/v mirror each other', () => {
    const s = ratioScale([0.8, 1.3, 1]);
    expect(s.classes).toHaveLength(5);
    expect(s.classOf(1)).toBe(2);
    expect(s.classes[2].colour).toBe('#f7f7f7');
    expect(s.classes[2].lower).toBeCloseTo(1 / s.classes[2].upper, 12);
    expect(s.classes[1].lower).toBeCloseTo(1 / s.classes[3].upper, 12);
    expect(classLabels(s, 'sv')).toEqual(['≤ 0,80', '0,80 – 0,91', '0,91 – 1,10', '1,10 – 1,25', '≥ 1,25']);
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (v) => {
        expect(s.classOf(v)! + s.classOf(1 / v)!).toBe(4);
        expect(Math.sign(s.classOf(v)! - 2)).toBe(
          v > 1 / s.classes[2].upper && v < s.classes[2].upper ? 0 : Math.sign(v - 1),
        );
      }),
    );
  });

  it('picks the narrowest bounds that reach the data, or the bounds given', () => {
    expect(ratioScale([0.97, 1.04]).classes[3].lower).toBe(1.02);
    expect(ratioScale([0.77, 1.1]).classes[3]).toMatchObject({ lower: 1.1, upper: 1.25 });
    expect(ratioScale([40]).classes[4].lower).toBe(5);
    expect(ratioScale([], [1.05, 1.2]).classes[4].lower).toBe(1.2);
    expect(() => ratioScale([], [0.9, 1.2])).toThrow(RangeError);
    expect(() => ratioScale([], [1.3, 1.2])).toThrow(RangeError);
  });

  it('puts a zero ratio (no women) in the lowest class and keeps missing missing', () => {
    const s = ratioScale([0, 1.2]);
    expect(s.classOf(0)).toBe(0);
    expect(s.classOf(null)).toBeNull();
    expect(s.classOf(Infinity)).toBeNull();
  });
});

describe('colours', () => {
  it('computes WCAG contrast', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrast('#777777', '#777777')).toBe(1);
  });

  it('keeps a contrast of at least 1.3 between neighbouring classes of every palette', () => {
    const palettes = [1, 2, 3, 4, 5].map((n) => colours(valueScale(Array.from({ length: n }, (_, i) => i))));
    palettes.push(RATIO_COLOURS);
    for (const p of palettes)
      for (let i = 1; i < p.length; i++) expect(contrast(p[i - 1], p[i])).toBeGreaterThanOrEqual(1.3);
    // The light end is still told from the white page (outlines aside).
    expect(palettes[4][0]).not.toBe('#ffffff');
  });
});
