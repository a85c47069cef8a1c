import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../platform/contract';
import { changedFields, formatValue, groupSaves, type ValueContext } from './historyFormat';

const ctx = (lang: 'sv' | 'en'): ValueContext => ({
  lang,
  enums: { kind: 'conflictKind', status: 'conflictStatus' },
  enumLabel: (group, code) => `${group}:${code}`,
  words: { yes: 'Ja', no: 'Nej', archived: 'Arkiverad', active: 'Aktiv' },
});

let id = 0;
const entry = (
  at: string,
  actorName: string,
  action: string,
  before: object | null,
  after: object | null,
): AuditEntry => ({
  id: ++id,
  at,
  actorName,
  action,
  entityType: 'agreement',
  entityId: 'a',
  before: before as Record<string, unknown> | null,
  after: after as Record<string, unknown> | null,
});

describe('edit history values (issue 10 item 11)', () => {
  it('shows amounts in öre as kronor', () => {
    expect(formatValue('annualAmountOre', 44300000, ctx('sv'))).toMatch(/^443\s000,00\skr$/);
    expect(formatValue('annualAmountOre', 44300000, ctx('en'))).toBe('SEK 443,000.00');
    expect(formatValue('count', 44300000, ctx('sv'))).toMatch(/^44\s300\s000$/);
  });

  it('translates enum codes, also in embedded records', () => {
    expect(formatValue('kind', 'conflict', ctx('sv'))).toBe('conflictKind:conflict');
    expect(formatValue('parts', [{ kind: 'conflict', note: 'Buller' }], ctx('sv'))).toBe(
      'conflictKind:conflict, Buller',
    );
  });

  it('picks the name in the reader’s language', () => {
    const name = { sv: 'Bräcke kommun', en: 'Bräcke Municipality' };
    expect(formatValue('name', name, ctx('sv'))).toBe('Bräcke kommun');
    expect(formatValue('name', name, ctx('en'))).toBe('Bräcke Municipality');
    expect(formatValue('name', { sv: 'Endast svenska' }, ctx('en'))).toBe('Endast svenska');
  });

  it('shows rich text and Markdown as plain text, not as a tree or marks', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Läget' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Allt går ', marks: [{ type: 'bold' }] },
            { type: 'text', text: 'bra.' },
          ],
        },
      ],
    };
    const shown = formatValue('text', doc, ctx('sv'));
    expect(shown).toContain('Läget');
    expect(shown).toContain('Allt går bra.');
    expect(shown).not.toContain('"type"');
    const md = formatValue('text', '## Läget\n\nAllt går **bra**.', ctx('sv'));
    expect(md).toContain('Allt går bra.');
    expect(md).not.toContain('**');
    expect(md).not.toContain('##');
  });

  it('formats times, yes/no and empty values', () => {
    expect(formatValue('sentAt', '2026-03-05T10:15:00.000Z', ctx('sv'))).not.toContain('T10');
    expect(formatValue('startsOn', '2026-03-05', ctx('sv'))).toBe('2026-03-05');
    expect(formatValue('required', true, ctx('sv'))).toBe('Ja');
    expect(formatValue('archived', true, ctx('sv'))).toBe('Arkiverad');
    expect(formatValue('note', '', ctx('sv'))).toBe('–');
    expect(formatValue('note', null, ctx('sv'))).toBe('–');
  });
});

describe('edit history saves', () => {
  it('groups the entries of one save: same person within a second', () => {
    const saves = groupSaves([
      entry('2026-03-05T10:15:00.900Z', 'Anna', 'update', { title: 'A', version: 1 }, { title: 'B', version: 2 }),
      entry('2026-03-05T10:15:00.200Z', 'Anna', 'create', null, { name: 'Del 1' }),
      entry('2026-03-05T10:15:00.100Z', 'Bo', 'update', { title: 'x' }, { title: 'y' }),
      entry('2026-03-05T10:10:00.000Z', 'Bo', 'update', { title: 'w' }, { title: 'x' }),
    ]);
    expect(saves.map((s) => [s.actorName, s.actions, s.entries.length])).toEqual([
      ['Anna', ['update', 'create'], 2],
      ['Bo', ['update'], 1],
      ['Bo', ['update'], 1],
    ]);
    expect(saves[0].entries[0].fields).toEqual(['title']);
  });

  it('leaves out updates that changed nothing a reader sees, keeps other actions', () => {
    const saves = groupSaves([
      entry('2026-03-05T10:15:00Z', 'Anna', 'update', { version: 1, updatedAt: 'a' }, { version: 2, updatedAt: 'b' }),
      entry('2026-03-04T10:15:00Z', 'Anna', 'archive', { archived: false }, { archived: true }),
      entry('2026-03-03T10:15:00Z', 'Anna', 'open', { version: 1 }, { version: 2 }),
    ]);
    expect(saves.map((s) => s.actions[0])).toEqual(['archive', 'open']);
    expect(saves[1].entries[0].fields).toEqual([]);
  });

  it('ignores bookkeeping fields and ids moving between empty values', () => {
    expect(
      changedFields(
        { version: 1, title: 'A', ownerId: null, note: 'x' },
        { version: 2, title: 'A', ownerId: null, note: 'y' },
      ),
    ).toEqual(['note']);
  });
});
