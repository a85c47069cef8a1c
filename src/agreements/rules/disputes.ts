import { isWithin, makeDate, type IsoDate } from './dates.js';
import { agreementError } from './errors.js';
import { assertOre, floorDiv, type Ore } from './money.js';
import type { Withholding } from './payment-plan.js';

/** An area's share of the compensation in basis points: 10 000 = 100 %, 2 500 = 25 %. */
export interface AreaShare {
  area: string;
  basisPoints: number;
}

export interface Dispute {
  areas: string[];
  /** Part of the disputed areas' compensation withheld, in basis points: 0–5 000 (0–50 %). */
  withholdBasisPoints: number;
}

export const FULL = 10000;
/** §11: at most 50 % of the compensation for the disputed area may be withheld. */
export const MAX_WITHHOLD_BASIS_POINTS = 5000;

/** The shares are whole basis points 0–10 000, one per area, and sum to exactly 10 000 (100 %). */
export function checkShares(shares: AreaShare[]): void {
  const seen = new Set<string>();
  for (const s of shares) {
    if (!Number.isInteger(s.basisPoints) || s.basisPoints < 0 || s.basisPoints > FULL) {
      throw agreementError(
        'agreement.shares_invalid',
        `the share of ${s.area} must be 0–100 % in hundredths of a percent`,
        { field: 'basisPoints', area: s.area, value: s.basisPoints },
      );
    }
    if (seen.has(s.area))
      throw agreementError('agreement.shares_invalid', `${s.area} has two shares`, { field: 'area', area: s.area });
    seen.add(s.area);
  }
  const sum = shares.reduce((n, s) => n + s.basisPoints, 0);
  if (sum !== FULL) {
    throw agreementError('agreement.shares_not_100', `the areas' shares sum to ${sum / 100} %, not 100 %`, {
      field: 'shares',
      sum,
    });
  }
}

/** An area's part of a month's amount: the amount × its share, rounded down to whole öre. */
export function areaPartOre(monthOre: Ore, basisPoints: number): Ore {
  assertOre(monthOre, 'month amount');
  return Number(floorDiv(BigInt(monthOre) * BigInt(basisPoints), BigInt(FULL)));
}

function disputedPartOre(monthOre: Ore, shares: AreaShare[], areas: string[]): Ore {
  checkShares(shares);
  if (areas.length === 0)
    throw agreementError('agreement.area_unknown', 'a dispute must name at least one area', { field: 'areas', areas });
  const unique = [...new Set(areas)];
  const unknown = unique.filter((a) => !shares.some((s) => s.area === a));
  if (unknown.length)
    throw agreementError('agreement.area_unknown', `not an area of the agreement: ${unknown.join(', ')}`, {
      field: 'areas',
      areas: unknown,
    });
  return unique.reduce((n, a) => n + areaPartOre(monthOre, shares.find((s) => s.area === a)!.basisPoints), 0);
}

/**
 * The most that may be withheld from a month: half the disputed areas' part of the month (the sum
 * of each disputed area's part, each rounded down), rounded down to whole öre.
 */
export function maxWithholdingOre(monthOre: Ore, shares: AreaShare[], disputedAreas: string[]): Ore {
  return Math.floor(disputedPartOre(monthOre, shares, disputedAreas) / 2);
}

/** Refuses a dispute that names unknown areas or withholds more than 50 % (5 000 basis points). */
export function checkWithholding(shares: AreaShare[], dispute: Dispute): void {
  disputedPartOre(0, shares, dispute.areas);
  const bp = dispute.withholdBasisPoints;
  if (!Number.isInteger(bp) || bp < 0) {
    throw agreementError('agreement.percent_invalid', 'the withheld part must be 0–50 % in hundredths of a percent', {
      field: 'withholdBasisPoints',
      value: bp,
    });
  }
  if (bp > MAX_WITHHOLD_BASIS_POINTS) {
    throw agreementError(
      'agreement.withholding_above_half',
      `at most 50 % of the compensation for ${dispute.areas.join(', ')} may be withheld, not ${bp / 100} %`,
      { field: 'withholdBasisPoints', areas: dispute.areas, requested: bp, maxBasisPoints: MAX_WITHHOLD_BASIS_POINTS },
    );
  }
}

/** Refuses a withholding given as öre per month above maxWithholdingOre, naming the maximum. */
export function checkWithholdingOre(monthOre: Ore, shares: AreaShare[], areas: string[], requestedOre: Ore): void {
  assertOre(requestedOre, 'withheld amount');
  const maxOre = maxWithholdingOre(monthOre, shares, areas);
  if (requestedOre > maxOre) {
    throw agreementError(
      'agreement.withholding_above_half',
      `at most ${maxOre} öre a month (50 % of ${areas.join(', ')}) may be withheld, not ${requestedOre}`,
      { field: 'withheldOre', areas, requested: requestedOre, maxOre },
    );
  }
}

/**
 * What a dispute withholds from a month: the disputed areas' part of the month × the withheld
 * percentage, rounded down. With at most 50 % it never exceeds maxWithholdingOre.
 */
export function withheldOre(monthOre: Ore, shares: AreaShare[], dispute: Dispute): Ore {
  checkWithholding(shares, dispute);
  const part = disputedPartOre(monthOre, shares, dispute.areas);
  return Number(floorDiv(BigInt(part) * BigInt(dispute.withholdBasisPoints), BigInt(FULL)));
}

const PERCENT = /^(\d{1,3})(?:[,.](\d{1,2}))?\s*%?$/;

/** '50' → 5000, '12,5' → 1250, '0.25 %' → 25; at most two decimals, 0–100 %. */
export function percentToBasisPoints(input: string, field = 'percent'): number {
  const m = typeof input === 'string' ? PERCENT.exec(input.trim()) : null;
  const bp = m ? Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0')) : NaN;
  if (!m || bp > FULL)
    throw agreementError(
      'agreement.percent_invalid',
      `${field}: "${String(input)}" is not a percentage 0–100 with at most two decimals`,
      { field, value: input },
    );
  return bp;
}

/** A dispute with the days it lasts: from the day it was opened to the day it was settled (null = open). */
export interface DatedDispute extends Dispute {
  from: IsoDate;
  to: IsoDate | null;
}

/**
 * §11 caps the withholding per area, whatever the number of disputes: the basis points withheld
 * for each area are the sum over the given disputes that name it, capped at 50 %.
 */
export function withheldBasisPointsByArea(disputes: Dispute[]): Map<string, number> {
  const byArea = new Map<string, number>();
  for (const d of disputes) {
    for (const area of new Set(d.areas)) byArea.set(area, (byArea.get(area) ?? 0) + d.withholdBasisPoints);
  }
  for (const [area, bp] of byArea) byArea.set(area, Math.min(bp, MAX_WITHHOLD_BASIS_POINTS));
  return byArea;
}

/**
 * Refuses a new dispute that, together with the disputes still open, would withhold more than 50 %
 * of an area's compensation; the refusal names each such area and what is already withheld.
 */
export function checkCombinedWithholding(shares: AreaShare[], open: Dispute[], next: Dispute): void {
  checkWithholding(shares, next);
  const already = withheldBasisPointsByArea(open);
  const over = [...new Set(next.areas)]
    .map((area) => ({ area, alreadyBasisPoints: already.get(area) ?? 0 }))
    .filter((a) => a.alreadyBasisPoints + next.withholdBasisPoints > MAX_WITHHOLD_BASIS_POINTS);
  if (over.length) {
    throw agreementError(
      'agreement.withholding_cap_reached',
      over
        .map(
          (a) =>
            `${a.area}: ${a.alreadyBasisPoints / 100} % is already withheld by open disputes, ` +
            `at most ${(MAX_WITHHOLD_BASIS_POINTS - a.alreadyBasisPoints) / 100} % more may be`,
        )
        .join('; '),
      {
        field: 'withholdBasisPoints',
        areas: over.map((a) => ({
          area: a.area,
          alreadyBasisPoints: a.alreadyBasisPoints,
          availableBasisPoints: MAX_WITHHOLD_BASIS_POINTS - a.alreadyBasisPoints,
        })),
        requested: next.withholdBasisPoints,
        maxBasisPoints: MAX_WITHHOLD_BASIS_POINTS,
      },
    );
  }
}

/**
 * What the given disputes together withhold from a month: per area at most 50 % of its part. Areas
 * withheld at the same percentage are rounded together, as one dispute over them is (withheldOre),
 * so a single dispute gives exactly what it gave alone.
 */
export function combinedWithheldOre(monthOre: Ore, shares: AreaShare[], disputes: Dispute[]): Ore {
  for (const d of disputes) disputedPartOre(0, shares, d.areas);
  const byPercentage = new Map<number, string[]>();
  for (const [area, bp] of withheldBasisPointsByArea(disputes))
    byPercentage.set(bp, [...(byPercentage.get(bp) ?? []), area]);
  let total = 0;
  for (const [bp, areas] of byPercentage) {
    total += withheldOre(monthOre, shares, { areas, withholdBasisPoints: bp });
  }
  return total;
}

/**
 * The payment plan's withholding for a set of disputes: each month the disputes lasting on its due
 * date are combined per area (combinedWithheldOre), so overlapping disputes never exceed the cap.
 */
export function disputeWithholding(shares: AreaShare[], disputes: DatedDispute[]): Withholding[] {
  if (!disputes.length) return [];
  const from = disputes.map((d) => d.from).sort()[0];
  const open = disputes.some((d) => d.to == null);
  const to = open
    ? null
    : (disputes
        .map((d) => d.to!)
        .sort()
        .at(-1) as IsoDate);
  return [
    {
      from,
      to,
      monthlyOre: (year, month, amountOre) => {
        const due = makeDate(year, month, 1);
        return combinedWithheldOre(
          amountOre,
          shares,
          disputes.filter((d) => isWithin(due, d.from, d.to)),
        );
      },
    },
  ];
}
