import { describe, expect, it } from 'vitest';
import { netText, tallyText } from './tally';
import { staleRows } from './stale';

const tally = (p: number, n: number, u: number) => ({
  goal: '1',
  positive: p,
  negative: n,
  unknown: u,
  net: p - n,
  direct: 0,
  indirect: 0,
});

describe('overview cells and stale rows', () => {
  it('writes a goal’s tally as text', () => {
    expect(tallyText(undefined)).toBe('–');
    expect(tallyText(tally(0, 0, 0))).toBe('–');
    expect(tallyText(tally(2, 1, 0))).toBe('+2 −1');
    expect(tallyText(tally(0, 0, 1))).toBe('?1');
    expect(netText(-2)).toBe('−2');
    expect(netText(0)).toBe('0');
  });

  it('lists every field with the saved and the typed value', () => {
    const rows = staleRows({ note: 'theirs', power: '3' }, { note: 'mine', power: '3' }, (k) => k.toUpperCase());
    expect(rows).toEqual([
      { key: 'note', label: 'NOTE', theirs: 'theirs', yours: 'mine' },
      { key: 'power', label: 'POWER', theirs: '3', yours: '3' },
    ]);
  });
});
