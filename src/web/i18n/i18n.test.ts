import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { sv } from './sv';
import { en } from './en';
import { capabilities } from '../../app/capabilities';
import { platformErrors } from '../../platform/errors';

type Tree = { [k: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

describe('translations', () => {
  const s = leaves(sv as Tree);
  const e = leaves(en as Tree);

  it('Swedish and English have exactly the same keys', () => {
    expect([...e.keys()].sort()).toEqual([...s.keys()].sort());
  });

  it('no translation is empty', () => {
    for (const [k, v] of [...s, ...e]) expect(v.trim(), k).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    const vars = (v: string) => [...v.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    for (const [k, v] of s) expect(vars(e.get(k) ?? ''), k).toEqual(vars(v));
  });

  it('translates every error code the server can send', () => {
    const codes = [platformErrors, ...capabilities.map((c) => c.errors)].flatMap((t) => Object.keys(t));
    expect(codes.length).toBeGreaterThan(50);
    for (const code of codes) expect(s.has(`errors.${code}`), code).toBe(true);
  });
});

describe('plural forms (issue 10 item 13)', () => {
  const s = leaves(sv as Tree);
  const e = leaves(en as Tree);
  const plural = /_(zero|one|two|few|many|other)$/;

  it('every text that takes a count has a singular and a plural form in both languages', () => {
    const counted = [...s, ...e].filter(([, v]) => /{{\s*count\s*}}/.test(v)).map(([k]) => k);
    expect(counted.length).toBeGreaterThan(20);
    for (const k of counted) {
      const base = k.replace(plural, '');
      for (const [lang, texts] of [
        ['sv', s],
        ['en', e],
      ] as const) {
        expect(texts.has(`${base}_one`), `${lang} ${base}_one`).toBe(true);
        expect(texts.has(`${base}_other`), `${lang} ${base}_other`).toBe(true);
      }
    }
  });

  it('renders counted phrases right for 1 and 2, also numbers inside a longer text', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: { sv: { translation: sv }, en: { translation: en } },
      lng: 'sv',
      interpolation: { escapeValue: false },
      showSupportNotice: false,
    });
    const sv1 = i18n.getFixedT('sv');
    const en1 = i18n.getFixedT('en');
    expect(sv1('assessments.actors.mapAlt', { count: 1, missing: 1 })).toContain('för 1 aktör i fyra fält');
    expect(sv1('assessments.actors.mapAlt', { count: 2, missing: 1 })).toContain('1 aktör saknas');
    expect(sv1('assessments.actors.mapAlt', { count: 2, missing: 2 })).toContain('2 aktörer saknas');
    expect(sv1('assessments.conflicts.summary', { count: 1, open: 1 })).toBe('1 konflikt, varav 1 öppen.');
    expect(sv1('assessments.conflicts.summary', { count: 2, open: 2 })).toBe('2 konflikter, varav 2 öppna.');
    expect(sv1('assessments.actions.summary', { count: 1, overdue: 0 })).toBe('1 åtgärd, varav 0 försenade.');
    expect(sv1('assessments.actions.summary', { count: 3, overdue: 1 })).toBe('3 åtgärder, varav 1 försenad.');
    expect(sv1('questionnaires.invite.created', { count: 1 })).toBe('1 ny inbjudan skickades.');
    expect(sv1('questionnaires.invite.created', { count: 2 })).toBe('2 nya inbjudningar skickades.');
    expect(en1('assessments.conflicts.summary', { count: 1, open: 1 })).toBe('1 conflict, of which 1 is open.');
    expect(en1('assessments.conflicts.summary', { count: 2, open: 2 })).toBe('2 conflicts, of which 2 are open.');
    expect(en1('assessments.actors.summary', { count: 1, missing: 1 })).toBe(
      '1 actor, of which 1 actor is missing but should be here.',
    );
    expect(en1('common.results', { count: 1 })).toBe('1 result');
    expect(en1('common.results', { count: 2 })).toBe('2 results');
  });
});
