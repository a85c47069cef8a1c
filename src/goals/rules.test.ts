import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../platform/errors.js';
import { MAX_DEPTH, MAX_ITEMS, type ItemInput } from './contract.js';
import { buildTree, flattenItems, matches, toInput, type FlatItem, type StoredItem } from './rules.js';

const item = (code: string, children?: ItemInput[], extra: Partial<ItemInput> = {}): ItemInput => ({
  code,
  level: children ? 'goal' : 'target',
  name: { sv: `Mål ${code}`, en: `Goal ${code}` },
  ...(children ? { children } : {}),
  ...extra,
});

/** Store flat rows the way the repository would: keys become ids, the sort order is kept. */
const store = (flat: FlatItem[]): StoredItem[] =>
  flat.map(({ key, parentKey, ...rest }) => ({
    id: `id-${key}`,
    parentId: parentKey == null ? null : `id-${parentKey}`,
    ...rest,
  }));

function thrownBy(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected an AppError');
}

const nested = (depth: number): ItemInput => (depth === 1 ? item(`d${depth}`) : item(`d${depth}`, [nested(depth - 1)]));

const sample: ItemInput[] = [
  item('1', [item('1.1'), item('1.2', undefined, { text: { sv: 'Text', en: '' }, color: '#e5243b' })], {
    color: '#E5243B',
  }),
  item('2', [item('2.1', [item('2.1.a')])], { text: { sv: 'Om hälsa', en: 'On health' } }),
  item('3'),
];

describe('flattenItems', () => {
  it('lists items depth-first in document order with parent keys and sort', () => {
    const flat = flattenItems(sample);
    expect(flat.map((f) => [f.key, f.parentKey, f.sort, f.code])).toEqual([
      [0, null, 0, '1'],
      [1, 0, 1, '1.1'],
      [2, 0, 2, '1.2'],
      [3, null, 3, '2'],
      [4, 3, 4, '2.1'],
      [5, 4, 5, '2.1.a'],
      [6, null, 6, '3'],
    ]);
  });

  it('copies names, levels and texts, and upper-cases colours', () => {
    const [one, , onePointTwo, two] = flattenItems(sample);
    expect(one).toMatchObject({
      level: 'goal',
      nameSv: 'Mål 1',
      nameEn: 'Goal 1',
      textSv: null,
      textEn: null,
      color: '#E5243B',
    });
    expect(onePointTwo).toMatchObject({ textSv: 'Text', textEn: null, color: '#E5243B' });
    expect(two).toMatchObject({ textSv: 'Om hälsa', textEn: 'On health', color: null });
  });

  it('stores an empty text as no text', () => {
    const [flat] = flattenItems([item('x', undefined, { text: { sv: '', en: '' } })]);
    expect(flat).toMatchObject({ textSv: null, textEn: null });
  });

  it('returns nothing for no items', () => {
    expect(flattenItems([])).toEqual([]);
  });

  it('refuses a duplicate code, naming the path of the second use', () => {
    const err = thrownBy(() => flattenItems([item('1'), item('2', [item('1')])]));
    expect(err.code).toBe('framework.duplicate_code');
    expect(err.status).toBe(400);
    expect(err.details).toMatchObject({ field: 'items[1].children[0].code', code: '1', first: 'items[0]' });
  });

  it('refuses a duplicate among siblings', () => {
    const err = thrownBy(() => flattenItems([item('1', [item('1.1'), item('1.2'), item('1.1')])]));
    expect(err.code).toBe('framework.duplicate_code');
    expect(err.details).toMatchObject({ field: 'items[0].children[2].code', first: 'items[0].children[0]' });
  });

  it(`accepts exactly ${MAX_DEPTH} levels`, () => {
    expect(flattenItems([nested(MAX_DEPTH)])).toHaveLength(MAX_DEPTH);
  });

  it(`refuses more than ${MAX_DEPTH} levels`, () => {
    const err = thrownBy(() => flattenItems([nested(MAX_DEPTH + 1)]));
    expect(err.code).toBe('framework.import_invalid');
    expect(err.status).toBe(400);
    expect((err.details as { field: string }).field).toBe('items[0].children[0].children[0].children[0].children');
  });

  it(`refuses more than ${MAX_ITEMS} items`, () => {
    const many = Array.from({ length: MAX_ITEMS + 1 }, (_, i) => item(`c${i}`));
    const err = thrownBy(() => flattenItems(many));
    expect(err.code).toBe('framework.import_invalid');
    expect(err.details).toEqual({ field: 'items' });
    expect(flattenItems(many.slice(0, MAX_ITEMS))).toHaveLength(MAX_ITEMS);
  });
});

describe('buildTree and toInput', () => {
  /** What the file format should come back as: colours upper-cased, empty texts dropped. */
  const canonical = (list: ItemInput[]): ItemInput[] =>
    list.map((i) => ({
      code: i.code,
      level: i.level,
      name: i.name,
      ...(i.text && (i.text.sv || i.text.en) ? { text: i.text } : {}),
      ...(i.color ? { color: i.color.toUpperCase() } : {}),
      ...(i.children?.length ? { children: canonical(i.children) } : {}),
    }));

  it('round-trips flatten → store → buildTree → toInput', () => {
    expect(toInput(buildTree(store(flattenItems(sample))))).toEqual(canonical(sample));
  });

  it('does not depend on the order the rows come back in', () => {
    const rows = store(flattenItems(sample)).reverse();
    expect(toInput(buildTree(rows))).toEqual(canonical(sample));
  });

  it('builds nodes with ids, nullable text and colour, and children', () => {
    const [first] = buildTree(store(flattenItems(sample)));
    expect(first).toMatchObject({ id: 'id-0', code: '1', text: null, color: '#E5243B' });
    expect(first.children.map((c) => c.code)).toEqual(['1.1', '1.2']);
    expect(first.children[1].text).toEqual({ sv: 'Text', en: '' });
    expect(first.children[0].children).toEqual([]);
  });

  it('round-trips any tree with unique codes (property)', () => {
    const word = fc.stringMatching(/^[A-Za-zåäö ]{1,12}$/);
    const leafFields = fc.record({
      level: fc.constantFrom('goal', 'target', 'indicator'),
      name: fc.record({ sv: word, en: word }),
      text: fc.option(fc.record({ sv: fc.constantFrom('', 'text'), en: fc.constantFrom('', 'text') }), {
        nil: undefined,
      }),
      color: fc.option(fc.constantFrom('#e5243b', '#4C9F38'), { nil: undefined }),
    });
    type Shape = Omit<ItemInput, 'code' | 'children'> & { children?: Shape[] };
    const { tree } = fc.letrec<{ tree: Shape; forest: Shape[] }>((tie) => ({
      tree: fc
        .record({
          fields: leafFields,
          children: fc.oneof({ depthSize: 'small' }, fc.constant<Shape[]>([]), tie('forest')),
        })
        .map(({ fields, children }) => ({
          ...fields,
          ...(children.length ? { children } : {}),
        })),
      forest: fc.array(tie('tree'), { maxLength: 3 }),
    }));
    let n = 0;
    const withCodes = (list: Shape[], depth = 1): ItemInput[] =>
      list.map(({ children, ...i }) => ({
        ...i,
        code: `c${n++}`,
        ...(children && depth < MAX_DEPTH ? { children: withCodes(children, depth + 1) } : {}),
      }));
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 4 }), (forest) => {
        n = 0;
        const input = withCodes(forest);
        expect(toInput(buildTree(store(flattenItems(input))))).toEqual(canonical(input));
      }),
      { numRuns: 200 },
    );
  });
});

describe('matches', () => {
  const row = (over: Partial<StoredItem> = {}): StoredItem => ({
    id: 'i',
    parentId: null,
    sort: 0,
    code: '1.a',
    level: 'target',
    nameSv: 'Avskaffa all form av Fattigdom',
    nameEn: 'End poverty in all its forms',
    textSv: 'God hälsa och välbefinnande',
    textEn: null,
    color: null,
    ...over,
  });

  it.each([
    ['fattigdom', true, 'lower case finds a capitalised word'],
    ['FATTIGDOM', true, 'upper case query'],
    ['halsa', true, 'no accents finds "hälsa"'],
    ['hälsa', true, 'accents in the query'],
    ['valbefinnande', true, 'accent in the middle of a word'],
    ['poverty', true, 'English name'],
    ['fattigdom hälsa', true, 'all words present (across fields)'],
    ['  fattigdom   poverty ', true, 'extra spaces'],
    ['fattigdom klimat', false, 'one word missing'],
    ['klimat', false, 'absent word'],
    ['1.a', true, 'exact code'],
    ['1.A', true, 'code in another case'],
    ['', false, 'empty query'],
    ['   ', false, 'blank query'],
  ])('%j → %s (%s)', (query, want) => {
    expect(matches(row(), query)).toBe(want);
  });

  it('matches an exact code even when no name contains it', () => {
    expect(matches(row({ code: '17.19', nameSv: 'x', nameEn: 'y', textSv: null }), '17.19')).toBe(true);
  });

  it('finds words in the English text', () => {
    expect(matches(row({ textEn: 'Clean water' }), 'water')).toBe(true);
  });

  it('normalises accents stored in the data as well', () => {
    expect(matches(row({ nameSv: 'Jämställdhet', textSv: null }), 'JAMSTALLDHET')).toBe(true);
    expect(matches(row({ nameSv: 'Åtgärder för miljö', textSv: null }), 'atgarder miljo')).toBe(true);
  });
});
