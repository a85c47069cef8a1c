import { describe, expect, it } from 'vitest';
import { bpToPercent, kronorToOre, oreToKronorInput, percentToBp } from './money';

describe('amounts typed in kronor', () => {
  it.each([
    ['443 000', 44_300_000],
    ['443000', 44_300_000],
    ['443 000,00 kr', 44_300_000],
    ['36 916,67', 3_691_667],
    ['0,1', 10],
    ['0,29', 29],
    ['1.15', 115],
    ['4 430 000,5', 443_000_050],
  ])('reads %j as %i öre without floating point error', (s, ore) => expect(kronorToOre(s)).toBe(ore));

  it.each(['', '-5', '12,345', '443,000', 'fem', '1e3'])('refuses %j', (s) => expect(kronorToOre(s)).toBeNull());

  it('writes öre back as a Swedish input that reads back the same', () => {
    for (const ore of [0, 1, 29, 115, 3_691_667, 44_300_000, 443_000_050])
      expect(kronorToOre(oreToKronorInput(ore))).toBe(ore);
    expect(oreToKronorInput(44_300_000)).toBe('443 000,00');
  });
});

describe('percentages', () => {
  it.each([
    ['12,5', 1250],
    ['50', 5000],
    ['0.25', 25],
    ['33,33 %', 3333],
  ])('reads %j as %i basis points', (s, bp) => expect(percentToBp(s)).toBe(bp));

  it('reads a signed index value only when asked', () => {
    expect(percentToBp('-0,5', { signed: true })).toBe(-50);
    expect(percentToBp('−1,25', { signed: true })).toBe(-125);
    expect(percentToBp('-0,5')).toBeNull();
    expect(percentToBp('12,345')).toBeNull();
  });

  it('shows basis points in Swedish without float noise', () => {
    expect(bpToPercent(1250)).toBe('12,5');
    expect(bpToPercent(270, { fixed: true })).toBe('2,70');
    expect(bpToPercent(-50)).toBe('−0,5');
    expect(bpToPercent(10000)).toBe('100');
  });
});
