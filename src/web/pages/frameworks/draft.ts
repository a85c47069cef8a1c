import type { Item, ItemInput } from '../../../goals/contract';

/** Pure edits of a draft's item tree; the whole tree is saved at once (PUT …/draft). Codes are unique. */
export function toInput(items: Item[]): ItemInput[] {
  return items.map((i) => ({
    code: i.code,
    level: i.level,
    name: { sv: i.name.sv, en: i.name.en },
    text: i.text && (i.text.sv || i.text.en) ? { sv: i.text.sv, en: i.text.en } : null,
    color: i.color,
    children: toInput(i.children),
  }));
}

export interface Flat<T> {
  item: T;
  parentCode: string | null;
  depth: number;
}

export function flatten<T extends { code: string; children?: T[] }>(
  items: T[],
  parentCode: string | null = null,
  depth = 0,
): Flat<T>[] {
  return items.flatMap((item) => [{ item, parentCode, depth }, ...flatten(item.children ?? [], item.code, depth + 1)]);
}

export function findItem(tree: ItemInput[], code: string): Flat<ItemInput> | undefined {
  return flatten(tree).find((f) => f.item.code === code);
}

export function removeItem(tree: ItemInput[], code: string): ItemInput[] {
  return tree.filter((i) => i.code !== code).map((i) => ({ ...i, children: removeItem(i.children ?? [], code) }));
}

function insertUnder(tree: ItemInput[], parentCode: string | null, item: ItemInput, index?: number): ItemInput[] {
  if (parentCode === null) {
    const copy = [...tree];
    copy.splice(index ?? copy.length, 0, item);
    return copy;
  }
  return tree.map((i) =>
    i.code === parentCode
      ? { ...i, children: insertUnder(i.children ?? [], null, item, index) }
      : { ...i, children: insertUnder(i.children ?? [], parentCode, item, index) },
  );
}

/**
 * Put an item (new, or edited from `originalCode`) under `parentCode`. An edited item keeps its
 * children and, if its parent did not change, its place.
 */
export function upsertItem(
  tree: ItemInput[],
  originalCode: string | null,
  parentCode: string | null,
  fields: Omit<ItemInput, 'children'>,
): ItemInput[] {
  const existing = originalCode ? findItem(tree, originalCode) : undefined;
  const item: ItemInput = { ...fields, children: existing?.item.children ?? [] };
  if (!existing) return insertUnder(tree, parentCode, item);
  if (existing.parentCode === parentCode) {
    const replace = (list: ItemInput[]): ItemInput[] =>
      list.map((i) => (i.code === originalCode ? item : { ...i, children: replace(i.children ?? []) }));
    return replace(tree);
  }
  return insertUnder(removeItem(tree, existing.item.code), parentCode, item);
}

/** Codes an item may move under: anything except itself and its own descendants. */
export function possibleParents(tree: ItemInput[], code: string | null): Flat<ItemInput>[] {
  const all = flatten(tree);
  if (!code) return all;
  const self = findItem(tree, code);
  const banned = new Set(self ? flatten([self.item]).map((f) => f.item.code) : []);
  return all.filter((f) => !banned.has(f.item.code));
}
