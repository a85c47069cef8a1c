import { agreementError } from './errors.js';
import { assertOre, floorDiv, type Ore } from './money.js';

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
