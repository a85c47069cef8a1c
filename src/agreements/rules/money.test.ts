import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arbYearOre } from './test-support.js';
import { floorDiv, formatOreDecimal, formatSek, roundHalfUp, sekToOre, splitByPopulation, splitYear } from './money.js';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('splitting a year into twelve months', () => {
  it('Bräcke: 443 000 kr → January–August 36 916,67 kr, September–December 36 916,66 kr', () => {
    const months = splitYear(44_300_000);
    expect(months).toEqual([...Array(8).fill(3_691_667), ...Array(4).fill(3_691_666)]);
    expect(sum(months)).toBe(44_300_000);
  });

  it('gives the spare öre to the first months, January first', () => {
    expect(splitYear(0)).toEqual(Array(12).fill(0));
    expect(splitYear(11)).toEqual([...Array(11).fill(1), 0]);
    expect(splitYear(12)).toEqual(Array(12).fill(1));
    expect(splitYear(13)).toEqual([2, ...Array(11).fill(1)]);
  });

  it('refuses amounts that are not whole öre ≥ 0', () => {
    for (const bad of [-1, 0.5, Number.NaN, 2 ** 60])
      expect(() => splitYear(bad)).toThrow(expect.objectContaining({ code: 'agreement.amount_invalid' }));
  });

  it('the months of every year sum exactly to the year, differ by at most one öre, never rise', () => {
    fc.assert(
      fc.property(arbYearOre, (y) => {
        const m = splitYear(y);
        return (
          m.length === 12 &&
          sum(m) === y &&
          Math.max(...m) - Math.min(...m) <= 1 &&
          m.every((x, i) => i === 0 || x <= m[i - 1]) &&
          m.every(Number.isInteger)
        );
      }),
    );
  });
});

describe('rounding helpers', () => {
  it('rounds half up (away from zero) and floors', () => {
    expect([
      roundHalfUp(5n, 2n),
      roundHalfUp(-5n, 2n),
      roundHalfUp(7n, 3n),
      roundHalfUp(8n, 3n),
      roundHalfUp(-7n, -2n),
    ]).toEqual([3n, -3n, 2n, 3n, 4n]);
    expect([floorDiv(7n, 2n), floorDiv(-7n, 2n), floorDiv(-6n, 2n)]).toEqual([3n, -4n, -3n]);
  });

  it('round half up is within half of the exact value and breaks ties upwards', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.bigInt({ min: 1n, max: 10n ** 6n }), (n, d) => {
        const q = roundHalfUp(n, d);
        const twice = 2n * (n - q * d); // 2 × (exact − rounded) × d, must lie in [−d, d): a half goes up
        return twice >= -d && twice < d && floorDiv(n, d) * d <= n && (floorDiv(n, d) + 1n) * d > n;
      }),
    );
  });
});

// Worked by hand: total × population / 127 000, floored; the 3 öre left go to the 3 largest remainders (Krokom, Östersund, Strömsund).
const EXPECTED_COUNTY = {
  Bräcke: 51_181_102,
  Östersund: 478_740_158,
  Krokom: 114_960_630,
  Åre: 82_677_165,
  Berg: 55_118_110,
  Härjedalen: 81_102_362,
  Ragunda: 42_519_685,
  Strömsund: 93_700_788,
};

describe('splitting a county total by population', () => {
  it('sums exactly, in proportion, ties to the larger population then the smaller id', () => {
    const parts = splitByPopulation(100, [
      { id: 'b', population: 1 },
      { id: 'a', population: 1 },
      { id: 'c', population: 1 },
    ]);
    expect([...parts.entries()]).toEqual([
      ['b', 33],
      ['a', 34],
      ['c', 33],
    ]);
    const byPop = splitByPopulation(10, [
      { id: 'small', population: 1 },
      { id: 'big', population: 2 },
    ]);
    expect(Object.fromEntries(byPop)).toEqual({ small: 3, big: 7 }); // 3.33 / 6.67 → the larger remainder
    const tie = splitByPopulation(1, [
      { id: 'x', population: 3 },
      { id: 'y', population: 5 },
      { id: 'z', population: 2 },
    ]);
    expect(Object.fromEntries(tie)).toEqual({ x: 0, y: 1, z: 0 }); // 0.5 is the largest remainder
  });

  it('a county of eight municipalities splits a total exactly', () => {
    const muni = [
      ['Bräcke', 6_500],
      ['Östersund', 60_800],
      ['Krokom', 14_600],
      ['Åre', 10_500],
      ['Berg', 7_000],
      ['Härjedalen', 10_300],
      ['Ragunda', 5_400],
      ['Strömsund', 11_900],
    ] as const;
    const parts = splitByPopulation(
      1_000_000_000,
      muni.map(([id, population]) => ({ id, population })),
    );
    expect(sum([...parts.values()])).toBe(1_000_000_000);
    expect(Object.fromEntries(parts)).toEqual(EXPECTED_COUNTY);
  });

  it('refuses zero, negative or fractional populations and duplicate ids', () => {
    expect(() => splitByPopulation(1, [{ id: 'a', population: 0 }])).toThrow(
      expect.objectContaining({ code: 'agreement.population_invalid' }),
    );
    expect(() => splitByPopulation(1, [{ id: 'a', population: -1 }])).toThrow(
      expect.objectContaining({ code: 'agreement.population_invalid' }),
    );
    expect(() => splitByPopulation(1, [{ id: 'a', population: 1.5 }])).toThrow(
      expect.objectContaining({ code: 'agreement.population_invalid' }),
    );
    expect(() =>
      splitByPopulation(1, [
        { id: 'a', population: 1 },
        { id: 'a', population: 2 },
      ]),
    ).toThrow(expect.objectContaining({ code: 'agreement.population_invalid' }));
  });

  it('always sums exactly and every part is within one öre of its exact quota', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc
          .uniqueArray(
            fc.record({
              id: fc.string({ minLength: 1, maxLength: 4 }),
              population: fc.integer({ min: 0, max: 1_000_000 }),
            }),
            { selector: (e) => e.id, minLength: 1, maxLength: 30 },
          )
          .filter((es) => es.some((e) => e.population > 0)),
        (total, entries) => {
          const parts = splitByPopulation(total, entries);
          const pop = BigInt(sum(entries.map((e) => e.population)));
          return (
            sum([...parts.values()]) === total &&
            entries.every((e) => {
              const part = BigInt(parts.get(e.id)!);
              const exact = BigInt(total) * BigInt(e.population); // quota × pop
              return part * pop >= exact - pop && part * pop <= exact + pop && (e.population > 0 || part === 0n);
            })
          );
        },
      ),
    );
  });
});

describe('formatting and parsing kronor', () => {
  it('formats öre as kronor without floats', () => {
    expect(formatSek(44_300_000, 'sv')).toBe('443\u00a0000,00\u00a0kr');
    expect(formatSek(3_691_667, 'en')).toBe('SEK 36,916.67');
    expect(formatSek(5, 'sv')).toBe('0,05\u00a0kr');
    expect(formatSek(-123_456_789, 'en')).toBe('-SEK 1,234,567.89');
    expect(formatOreDecimal(44_300_000)).toBe('443000.00');
    expect(formatOreDecimal(-5)).toBe('-0.05');
  });

  it('formats like Intl sv-SE', () => {
    const intl = new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK' });
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (ore) => formatSek(ore, 'sv') === intl.format(ore / 100)),
    );
  });

  it.each([
    ['443 000', 44_300_000],
    ['443000', 44_300_000],
    ['443\u00a0000,00', 44_300_000],
    ['443 000 kr', 44_300_000],
    ['36 916,67', 3_691_667],
    ['12.5', 1_250],
    ['0,05', 5],
    ['1 234 567 SEK', 123_456_700],
  ] as const)('parses %j as %i öre', (s, ore) => expect(sekToOre(s)).toBe(ore));

  it.each(['', '-5', '443,000', '443.000', '44 30 00', '1,234', 'abc', '12,', '1e5', '443 000,001', ' kr'])(
    'refuses %j naming the field',
    (s) => {
      expect(() => sekToOre(s, 'yearlyAmount')).toThrow(
        expect.objectContaining({
          code: 'agreement.amount_invalid',
          details: expect.objectContaining({ field: 'yearlyAmount' }),
        }),
      );
    },
  );

  it('parsing what was formatted gives back the same öre', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e13 }),
        (ore) => sekToOre(formatSek(ore, 'sv')) === ore && sekToOre(formatOreDecimal(ore)) === ore,
      ),
    );
  });
});
