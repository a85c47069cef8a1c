import { describe, expect, it } from 'vitest';
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
