import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  areaPartOre,
  checkShares,
  checkWithholding,
  checkCombinedWithholding,
  checkWithholdingOre,
  combinedWithheldOre,
  disputeWithholding,
  maxWithholdingOre,
  MAX_WITHHOLD_BASIS_POINTS,
  withheldBasisPointsByArea,
  percentToBasisPoints,
  withheldOre,
  type AreaShare,
} from './disputes.js';

// The seed's areas (§4) with illustrative shares.
const SEED_SHARES: AreaShare[] = [
  { area: 'competence', basisPoints: 3000 },
  { area: 'inclusion', basisPoints: 3000 },
  { area: 'resources', basisPoints: 1500 },
  { area: 'general', basisPoints: 2500 },
];
const JAN_2015 = 3_691_667;

describe('area shares', () => {
  it('must sum to exactly 100 %', () => {
    expect(() => checkShares(SEED_SHARES)).not.toThrow();
    expect(() => checkShares([{ area: 'a', basisPoints: 10000 }])).not.toThrow();
    expect(() =>
      checkShares([
        { area: 'a', basisPoints: 5000 },
        { area: 'b', basisPoints: 4999 },
      ]),
    ).toThrow(expect.objectContaining({ code: 'agreement.shares_not_100', details: { field: 'shares', sum: 9999 } }));
    expect(() => checkShares([])).toThrow(
      expect.objectContaining({ code: 'agreement.shares_not_100', details: { field: 'shares', sum: 0 } }),
    );
  });

  it('refuses fractions of a basis point, negative shares and an area twice', () => {
    expect(() =>
      checkShares([
        { area: 'a', basisPoints: 5000.5 },
        { area: 'b', basisPoints: 4999.5 },
      ]),
    ).toThrow(expect.objectContaining({ code: 'agreement.shares_invalid' }));
    expect(() =>
      checkShares([
        { area: 'a', basisPoints: -1 },
        { area: 'b', basisPoints: 10001 },
      ]),
    ).toThrow(expect.objectContaining({ code: 'agreement.shares_invalid' }));
    expect(() =>
      checkShares([
        { area: 'a', basisPoints: 5000 },
        { area: 'a', basisPoints: 5000 },
      ]),
    ).toThrow(expect.objectContaining({ code: 'agreement.shares_invalid', details: { field: 'area', area: 'a' } }));
  });

  it('an area’s part of a month is rounded down', () => {
    expect(areaPartOre(JAN_2015, 3000)).toBe(1_107_500); // 1 107 500,1
    expect(areaPartOre(JAN_2015, 1500)).toBe(553_750); // 553 750,05
    expect(areaPartOre(JAN_2015, 10000)).toBe(JAN_2015);
  });
});

describe('withholding in a dispute', () => {
  it('at most half the disputed areas’ part', () => {
    expect(maxWithholdingOre(JAN_2015, SEED_SHARES, ['competence'])).toBe(553_750);
    expect(maxWithholdingOre(JAN_2015, SEED_SHARES, ['competence', 'resources'])).toBe(830_625); // (1 107 500 + 553 750) / 2
    expect(maxWithholdingOre(JAN_2015, SEED_SHARES, ['competence', 'competence'])).toBe(553_750);
    expect(withheldOre(JAN_2015, SEED_SHARES, { areas: ['competence'], withholdBasisPoints: 5000 })).toBe(553_750);
    expect(withheldOre(JAN_2015, SEED_SHARES, { areas: ['competence'], withholdBasisPoints: 2500 })).toBe(276_875);
    expect(withheldOre(JAN_2015, SEED_SHARES, { areas: ['general'], withholdBasisPoints: 1234 })).toBe(113_887); // 922 916 × 12,34 %
    expect(withheldOre(JAN_2015, SEED_SHARES, { areas: ['general'], withholdBasisPoints: 0 })).toBe(0);
  });

  it('more than 50 % is refused naming the areas and the maximum', () => {
    expect(() =>
      checkWithholding(SEED_SHARES, { areas: ['competence', 'inclusion'], withholdBasisPoints: 5001 }),
    ).toThrow(
      expect.objectContaining({
        code: 'agreement.withholding_above_half',
        details: {
          field: 'withholdBasisPoints',
          areas: ['competence', 'inclusion'],
          requested: 5001,
          maxBasisPoints: 5000,
        },
      }),
    );
    expect(() => withheldOre(JAN_2015, SEED_SHARES, { areas: ['competence'], withholdBasisPoints: 10000 })).toThrow(
      expect.objectContaining({ code: 'agreement.withholding_above_half' }),
    );
    expect(() => checkWithholdingOre(JAN_2015, SEED_SHARES, ['competence'], 553_751)).toThrow(
      expect.objectContaining({
        code: 'agreement.withholding_above_half',
        details: { field: 'withheldOre', areas: ['competence'], requested: 553_751, maxOre: 553_750 },
      }),
    );
    expect(() => checkWithholdingOre(JAN_2015, SEED_SHARES, ['competence'], 553_750)).not.toThrow();
  });

  it('refuses unknown or no areas and a negative or fractional percentage', () => {
    expect(() => checkWithholding(SEED_SHARES, { areas: ['culture'], withholdBasisPoints: 100 })).toThrow(
      expect.objectContaining({ code: 'agreement.area_unknown', details: { field: 'areas', areas: ['culture'] } }),
    );
    expect(() => checkWithholding(SEED_SHARES, { areas: [], withholdBasisPoints: 100 })).toThrow(
      expect.objectContaining({ code: 'agreement.area_unknown' }),
    );
    expect(() => checkWithholding(SEED_SHARES, { areas: ['general'], withholdBasisPoints: -1 })).toThrow(
      expect.objectContaining({ code: 'agreement.percent_invalid' }),
    );
    expect(() => checkWithholding(SEED_SHARES, { areas: ['general'], withholdBasisPoints: 12.5 })).toThrow(
      expect.objectContaining({ code: 'agreement.percent_invalid' }),
    );
  });

  it.each([
    ['50', 5000],
    ['12,5', 1250],
    ['0.25 %', 25],
    ['100', 10000],
    ['0', 0],
    ['33,33%', 3333],
  ] as const)('reads %j as %i basis points', (s, bp) => expect(percentToBasisPoints(s)).toBe(bp));

  it.each(['', '-1', '100,01', '12,345', 'half', '1e2'])('refuses the percentage %j', (s) => {
    expect(() => percentToBasisPoints(s, 'withholdPercent')).toThrow(
      expect.objectContaining({
        code: 'agreement.percent_invalid',
        details: expect.objectContaining({ field: 'withholdPercent' }),
      }),
    );
  });

  const arbShares = fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 1, maxLength: 8 }).map((cuts) => {
    const points = [...cuts.slice(1), 0, 10000].sort((a, b) => a - b);
    return points.slice(1).map((p, i) => ({ area: `area${i}`, basisPoints: p - points[i] }));
  });

  it('never withholds more than 50 % of the disputed areas’ part, nor more than the month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        arbShares,
        fc.integer({ min: 0, max: 5000 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        (month, shares, bp, picks) => {
          const areas = picks.map((k) => shares[k % shares.length].area);
          const w = withheldOre(month, shares, { areas, withholdBasisPoints: bp });
          const disputedPart = [...new Set(areas)].reduce(
            (s, a) => s + areaPartOre(month, shares.find((x) => x.area === a)!.basisPoints),
            0,
          );
          return (
            Number.isInteger(w) &&
            w >= 0 &&
            w <= maxWithholdingOre(month, shares, areas) &&
            2 * w <= disputedPart &&
            disputedPart <= month &&
            (bp < 5000 || w === Math.floor(disputedPart / 2))
          );
        },
      ),
    );
  });

  it('each single area: the withholding is at most half that area’s share of the month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        arbShares,
        fc.integer({ min: 0, max: 5000 }),
        fc.nat(),
        (month, shares, bp, k) => {
          const s = shares[k % shares.length];
          const w = withheldOre(month, shares, { areas: [s.area], withholdBasisPoints: bp });
          return 2 * w * 10000 <= month * s.basisPoints;
        },
      ),
    );
  });

  it('more than 5 000 basis points is always refused', () => {
    fc.assert(
      fc.property(arbShares, fc.integer({ min: 5001, max: 100_000 }), (shares, bp) => {
        try {
          checkWithholding(shares, { areas: [shares[0].area], withholdBasisPoints: bp });
          return false;
        } catch (e) {
          return (e as { code: string }).code === 'agreement.withholding_above_half';
        }
      }),
    );
  });
});

describe('several disputes on one agreement (§11: at most 50 % per area, whatever the number of disputes)', () => {
  const areaCodes = SEED_SHARES.map((s) => s.area);
  const disputeArb = fc.record({
    areas: fc.subarray(areaCodes, { minLength: 1 }),
    withholdBasisPoints: fc.integer({ min: 0, max: 5000 }),
  });

  it('two 50 % disputes on the same area withhold 50 % of it, not 100 %', () => {
    const d = { areas: ['competence'], withholdBasisPoints: 5000 };
    expect(combinedWithheldOre(JAN_2015, SEED_SHARES, [d, d])).toBe(withheldOre(JAN_2015, SEED_SHARES, d));
  });

  it('never withholds more than half of each disputed area, for any set of disputes', () => {
    fc.assert(
      fc.property(fc.array(disputeArb, { maxLength: 6 }), fc.integer({ min: 0, max: 100_000_000 }), (ds, month) => {
        const areas = [...new Set(ds.flatMap((d) => d.areas))];
        const combined = combinedWithheldOre(month, SEED_SHARES, ds);
        const cap = areas.length ? maxWithholdingOre(month, SEED_SHARES, areas) : 0;
        expect(combined).toBeLessThanOrEqual(cap);
        expect(combined).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('a single dispute is withheld as before', () => {
    fc.assert(
      fc.property(disputeArb, fc.integer({ min: 0, max: 100_000_000 }), (d, month) => {
        expect(combinedWithheldOre(month, SEED_SHARES, [d])).toBe(withheldOre(month, SEED_SHARES, d));
      }),
    );
  });

  it('accepts a new dispute exactly when no area would exceed 50 % together with the open ones', () => {
    fc.assert(
      fc.property(fc.array(disputeArb, { maxLength: 4 }), disputeArb, (open, next) => {
        const already = withheldBasisPointsByArea(open);
        const fits = next.areas.every(
          (a) => (already.get(a) ?? 0) + next.withholdBasisPoints <= MAX_WITHHOLD_BASIS_POINTS,
        );
        const run = () => checkCombinedWithholding(SEED_SHARES, open, next);
        if (fits) expect(run).not.toThrow();
        else expect(run).toThrow(expect.objectContaining({ code: 'agreement.withholding_cap_reached' }));
      }),
    );
  });

  it('the refusal names each area over the cap and what is already withheld', () => {
    const open = [{ areas: ['competence', 'inclusion'], withholdBasisPoints: 3000 }];
    try {
      checkCombinedWithholding(SEED_SHARES, open, { areas: ['competence', 'general'], withholdBasisPoints: 2500 });
      expect.unreachable();
    } catch (e) {
      expect((e as { details: unknown }).details).toMatchObject({
        areas: [{ area: 'competence', alreadyBasisPoints: 3000, availableBasisPoints: 2000 }],
        requested: 2500,
      });
    }
  });

  it('in the payment plan, only the disputes lasting on a due date count for that month', () => {
    const [w] = disputeWithholding(SEED_SHARES, [
      { from: '2016-01-10', to: '2016-05-31', areas: ['competence'], withholdBasisPoints: 5000 },
      { from: '2016-03-01', to: null, areas: ['competence'], withholdBasisPoints: 5000 },
    ]);
    expect(w).toMatchObject({ from: '2016-01-10', to: null });
    const half = withheldOre(JAN_2015, SEED_SHARES, { areas: ['competence'], withholdBasisPoints: 5000 });
    expect(w.monthlyOre(2016, 2, JAN_2015)).toBe(half);
    expect(w.monthlyOre(2016, 4, JAN_2015)).toBe(half);
    expect(w.monthlyOre(2016, 7, JAN_2015)).toBe(half);
    expect(disputeWithholding(SEED_SHARES, [])).toEqual([]);
  });
});
