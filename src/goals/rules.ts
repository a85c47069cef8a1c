import { AppError } from '../platform/errors.js';
import { MAX_DEPTH, MAX_ITEMS, type Item, type ItemInput } from './contract.js';

export interface FlatItem {
  key: number;
  parentKey: number | null;
  sort: number;
  code: string;
  level: string;
  nameSv: string;
  nameEn: string;
  textSv: string | null;
  textEn: string | null;
  color: string | null;
}

/**
 * Flatten an item tree for storage, refusing what would make the framework ambiguous: the same code
 * twice, too deep a tree or too many items. `where` names the path of the offending item.
 */
export function flattenItems(items: ItemInput[]): FlatItem[] {
  const out: FlatItem[] = [];
  const seen = new Map<string, string>();
  const walk = (list: ItemInput[], parentKey: number | null, depth: number, path: string) => {
    if (depth > MAX_DEPTH)
      throw new AppError('framework.import_invalid', `Items may be nested at most ${MAX_DEPTH} levels`, {
        field: path,
      });
    list.forEach((it, i) => {
      const here = `${path}[${i}]`;
      if (seen.has(it.code)) {
        throw new AppError('framework.duplicate_code', `The code ${it.code} is used twice`, {
          field: `${here}.code`,
          code: it.code,
          first: seen.get(it.code),
        });
      }
      seen.set(it.code, here);
      const key = out.length;
      if (key >= MAX_ITEMS)
        throw new AppError('framework.import_invalid', `A framework may hold at most ${MAX_ITEMS} items`, {
          field: 'items',
        });
      const hasText = it.text && (it.text.sv || it.text.en);
      out.push({
        key,
        parentKey,
        sort: key,
        code: it.code,
        level: it.level,
        nameSv: it.name.sv,
        nameEn: it.name.en,
        textSv: hasText ? it.text!.sv || null : null,
        textEn: hasText ? it.text!.en || null : null,
        color: it.color ? it.color.toUpperCase() : null,
      });
      if (it.children?.length) walk(it.children, key, depth + 1, `${here}.children`);
    });
  };
  walk(items, null, 1, 'items');
  return out;
}

export interface StoredItem {
  id: string;
  parentId: string | null;
  sort: number;
  code: string;
  level: string;
  nameSv: string;
  nameEn: string;
  textSv: string | null;
  textEn: string | null;
  color: string | null;
}

export function buildTree(rows: StoredItem[]): Item[] {
  const sorted = [...rows].sort((a, b) => a.sort - b.sort);
  const byId = new Map<string, Item>();
  for (const r of sorted) {
    byId.set(r.id, {
      id: r.id,
      code: r.code,
      level: r.level,
      name: { sv: r.nameSv, en: r.nameEn },
      text: r.textSv || r.textEn ? { sv: r.textSv ?? '', en: r.textEn ?? '' } : null,
      color: r.color,
      children: [],
    });
  }
  const roots: Item[] = [];
  for (const r of sorted) {
    const node = byId.get(r.id)!;
    const parent = r.parentId ? byId.get(r.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** Back to the file format (ids dropped), for export and for copying into a new version. */
export function toInput(items: Item[]): ItemInput[] {
  return items.map((i) => ({
    code: i.code,
    level: i.level,
    name: i.name,
    ...(i.text ? { text: i.text } : {}),
    ...(i.color ? { color: i.color } : {}),
    ...(i.children.length ? { children: toInput(i.children) } : {}),
  }));
}

/** Case- and accent-insensitive match on code, names and texts in both languages. */
export function matches(item: StoredItem, query: string): boolean {
  const norm = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase();
  const q = norm(query.trim());
  if (!q) return false;
  if (norm(item.code) === q) return true;
  const hay = norm([item.code, item.nameSv, item.nameEn, item.textSv ?? '', item.textEn ?? ''].join(' \u0000 '));
  return q.split(/\s+/).every((word) => hay.includes(word));
}
