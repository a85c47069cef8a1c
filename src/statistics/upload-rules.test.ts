import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeText,
  detectSeparator,
  isMissing,
  parseAreaCode,
  parseCsv,
  parseGender,
  parseNumber,
  parseYear,
  readFigures,
  type Mapping,
} from './upload-rules.js';

/** A number as a Swedish Excel writes it: decimal comma, a space between thousands. */
function swedish(n: number, decimals: number): string {
  const [int, frac] = Math.abs(n).toFixed(decimals).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${n < 0 ? '−' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}
function english(n: number, decimals: number): string {
  const [int, frac] = Math.abs(n).toFixed(decimals).split('.');
  return `${n < 0 ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
}
const arbNumber = fc
  .tuple(fc.integer({ min: -99_999_999, max: 99_999_999 }), fc.integer({ min: 1, max: 3 }))
  .map(([n, d]) => ({ text: n / 10 ** d, decimals: d }));

describe('numbers in an uploaded file', () => {
  it('reads Swedish and English numbers', () => {
    expect(parseNumber('71,5')).toBe(71.5);
    expect(parseNumber('1 234,5')).toBe(1234.5);
    expect(parseNumber('1\u00a0234\u00a0567')).toBe(1234567);
    expect(parseNumber('−3,25')).toBe(-3.25);
    expect(parseNumber('1,234.5')).toBe(1234.5);
    expect(parseNumber('1.234,5')).toBe(1234.5);
    expect(parseNumber('12.5')).toBe(12.5);
    expect(parseNumber('0')).toBe(0);
    expect(parseNumber('1,234')).toBe(1.234); // one comma is the decimal comma
  });

  it('a missing value is null, never 0: empty, "..", "–", "-"', () => {
    for (const m of ['', '  ', '..', '–', '-', '—', '…']) {
      expect(parseNumber(m)).toBeNull();
      expect(isMissing(m)).toBe(true);
    }
    expect(isMissing('0')).toBe(false);
  });

  it('anything else is not a number (undefined)', () => {
    for (const bad of ['abc', '12a', '1,2,3', '1.2.3,4,5', '--1', '1e5', 'NaN', '12%', '1 2,3,4'])
      expect(parseNumber(bad)).toBeUndefined();
  });

  it('every number written the Swedish or the English way reads back as itself', () => {
    fc.assert(
      fc.property(arbNumber, ({ text: n, decimals }) => {
        const value = Number(n.toFixed(decimals));
        return parseNumber(swedish(value, decimals)) === value && parseNumber(english(value, decimals)) === value;
      }),
    );
  });

  it('a cell is a number, missing, or refused — never a missing cell read as 0', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (s) => {
        const v = parseNumber(s);
        if (v === null) return isMissing(s);
        if (v === undefined) return true;
        return Number.isFinite(v) && /\d/.test(s);
      }),
    );
  });
});

describe('the text of a CSV file', () => {
  it('reads UTF-8 (with or without BOM) and falls back to Windows-1252', () => {
    const text = 'Kommun;Värde\nÅre;1,5';
    expect(decodeText(Buffer.from(text, 'utf8'))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))).toBe(text);
    expect(decodeText(Buffer.from(text, 'latin1'))).toBe(text);
  });

  it('detects ; or , from the heading line, outside quotes', () => {
    expect(detectSeparator('a;b;c\n1,5;2;3')).toBe(';');
    expect(detectSeparator('a,b,c\n1;2;3')).toBe(',');
    expect(detectSeparator('"a,b";c\n')).toBe(';');
  });

  it('every table of cells written as CSV (quoted where needed) reads back as itself', () => {
    const cell = fc.string({ maxLength: 8 }).filter((s) => s.trim() === s);
    fc.assert(
      fc.property(
        fc.constantFrom(';', ','),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        (sep, width, table) => {
          const rows = table.map((r) => r.slice(0, width)).filter((r) => r.some((c) => c.trim() !== ''));
          const quote = (c: string) => (/[";,\r\n]/.test(c) || c === '' ? `"${c.replace(/"/g, '""')}"` : c);
          const text = rows.map((r) => r.map(quote).join(sep)).join('\r\n');
          expect(parseCsv(text, sep)).toEqual(rows);
        },
      ),
    );
  });
});

describe('areas, sex and years', () => {
  it('areas: four digits, a dropped leading zero, SCB’s county and country codes', () => {
    expect(parseAreaCode('2380', '23')).toBe('2380');
    expect(parseAreaCode('380', '03')).toBe('0380');
    expect(parseAreaCode('00', '23')).toBe('0000');
    expect(parseAreaCode('23', '23')).toBe('0023');
    expect(parseAreaCode('13', '23')).toBeNull();
    expect(parseAreaCode('Östersund', '23')).toBeNull();
  });
  it('sex: K/M/T and the words', () => {
    expect(['K', 'kvinnor', 'Män', ' t ', 'Totalt', 'x'].map(parseGender)).toEqual(['K', 'K', 'M', 'T', 'T', null]);
  });
  it('years: four digits 1950–2100', () => {
    expect(['2024', '1949', '20x4', '2101', ' 2020 '].map(parseYear)).toEqual([2024, null, null, null, 2020]);
  });
});

describe('figures of a file by a mapping', () => {
  const county = { code: '23', municipalities: new Set(['2380', '2303']) };
  const mapping: Mapping = {
    kpiColumn: null,
    kpiName: 'Trygghet',
    areaColumn: 'Kod',
    yearColumn: 'År',
    genderColumn: null,
    valueColumn: null,
    genderColumns: { K: 'K', M: 'M', T: null },
  };

  it('names a missing column once, on the heading row', () => {
    const r = readFigures(
      [
        ['Kod', 'År', 'K'],
        ['2380', '2024', '1'],
      ],
      mapping,
      county,
    );
    expect(r.problems).toEqual([{ row: 1, column: 'M', code: 'missing_column', value: 'M' }]);
  });

  it('names every bad cell with its row, and gives no figures then', () => {
    const r = readFigures(
      [
        ['Kod', 'År', 'K', 'M'],
        ['2380', '2024', '1,5', '..'],
        ['2380', '2024', '2', '3'],
        ['1480', '2024', 'x', ''],
      ],
      mapping,
      county,
    );
    expect(r.figures).toEqual([]);
    expect(r.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'K', 'duplicate'],
      [3, 'M', 'duplicate'],
      [4, 'Kod', 'area_not_in_county'],
      [4, 'K', 'not_a_number'],
    ]);
  });

  it('a good file gives one figure per value cell; missing stays null', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: -1000, max: 1000 })), { minLength: 2, maxLength: 2 }),
        ([k, m]) => {
          const cell = (v: number | null) => (v === null ? '..' : String(v).replace('.', ','));
          const r = readFigures(
            [
              ['Kod', 'År', 'K', 'M'],
              ['2303', '2022', cell(k), cell(m)],
            ],
            mapping,
            county,
          );
          expect(r.problems).toEqual([]);
          expect(r.figures).toEqual([
            { kpi: 'Trygghet', areaCode: '2303', year: 2022, gender: 'K', value: k },
            { kpi: 'Trygghet', areaCode: '2303', year: 2022, gender: 'M', value: m },
          ]);
        },
      ),
    );
  });
});
