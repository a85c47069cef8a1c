import { describe, expect, it } from 'vitest';
import { netText, tallyText } from './tally';
import { staleFields } from '../../kit/FormDialog';
import { groupsFromForm, groupsToForm, showValue } from './programmeFields';
import type { TFunction } from 'i18next';

const tally = (p: number, n: number, u: number) => ({
  goal: '1',
  positive: p,
  negative: n,
  unknown: u,
  net: p - n,
  direct: 0,
  indirect: 0,
});

describe('overview cells, stale rows and form values', () => {
  it('writes a goal’s tally as text', () => {
    expect(tallyText(undefined)).toBe('–');
    expect(tallyText(tally(0, 0, 0))).toBe('–');
    expect(tallyText(tally(2, 1, 0))).toBe('+2 −1');
    expect(tallyText(tally(0, 0, 1))).toBe('?1');
    expect(netText(-2)).toBe('−2');
    expect(netText(0)).toBe('0');
  });

  it('lists every field with the saved and the typed value', () => {
    const rows = staleFields({ note: 'theirs', power: '3' }, { note: 'mine', power: '3' }, (k) => k.toUpperCase());
    expect(rows).toEqual([
      { key: 'note', label: 'NOTE', theirs: 'theirs', yours: 'mine' },
      { key: 'power', label: 'POWER', theirs: '3', yours: '3' },
    ]);
  });

  it('keeps the stakeholder groups in the form as one value and shows them as a list', () => {
    const groups = ['Medborgare', 'Företag, stora och små'];
    expect(groupsFromForm(groupsToForm(groups))).toEqual(groups);
    expect(groupsFromForm('')).toEqual([]);
    const t = ((k: string) => (k === 'common.yes' ? 'Ja' : 'Nej')) as unknown as TFunction;
    expect(showValue(t)('stakeholderGroups', groupsToForm(groups))).toBe('Medborgare, Företag, stora och små');
    expect(showValue(t)('shared', 'true')).toBe('Ja');
    expect(showValue(t)('shared', false)).toBe('Nej');
    expect(showValue(t)('name', 'Program')).toBe('Program');
  });
});
