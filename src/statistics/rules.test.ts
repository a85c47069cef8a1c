import { describe, expect, it } from 'vitest';
import { byGender, importAreas, ratio, regionCode } from './rules.js';

describe('statistics rules', () => {
  it('names the region by the county code and refuses codes outside the county', () => {
    expect(regionCode('23')).toBe('0023');
    expect(regionCode('abc123')).toBeNull();
    expect(importAreas('county', ['2380', '2303'], '23')).toEqual({
      codes: ['2303', '2380', '0023', '0000'],
      foreign: [],
    });
    expect(importAreas(['2380', '1280', '0023'], ['2380', '2303'], '23')).toEqual({
      codes: ['2380', '0023', '0000'],
      foreign: ['1280'],
    });
  });

  it('a ratio is women per men, and missing when either is missing — never 0', () => {
    expect(ratio(52, 48)).toBe(1.083);
    expect(ratio(null, 48)).toBeNull();
    expect(ratio(52, null)).toBeNull();
    expect(ratio(5, 0)).toBeNull();
    expect(ratio(0, 5)).toBe(0);
  });

  it('K, M and T of stored figures keep a missing value missing', () => {
    const at = new Date('2025-03-20T10:00:00Z');
    const later = new Date('2025-03-21T10:00:00Z');
    const out = byGender([
      { gender: 'K', value: null, status: 'Missing', fetchedAt: at },
      { gender: 'M', value: 40, status: null, fetchedAt: later },
    ]);
    expect(out).toEqual({
      K: null,
      M: 40,
      T: null,
      ratio: null,
      status: { K: 'Missing', M: null, T: null },
      fetchedAt: later.toISOString(),
    });
  });
});
