/**
 * Rules of an uploaded file of figures (CSV or Excel from any source), written down and
 * property-tested (upload-rules.property.test.ts):
 *
 * 1. Text: UTF-8 (with or without BOM); a file that is not valid UTF-8 is Windows-1252 (what a
 *    Swedish Excel saves as "CSV (semikolonavgränsad)").
 * 2. Separator: `;` or `,`, whichever the heading line has more of outside quotes (Swedish Excel
 *    writes `;` because `,` is the decimal sign). Quotes as RFC 4180: `"a;b"`, `""` inside.
 * 3. Numbers: Swedish or English: decimal comma or point, spaces (also no-break and thin) or
 *    apostrophes between thousands, a leading minus or the Unicode minus `−`. A value that is
 *    missing — empty, `..` (SCB), `–`, `-`, `—`, `…` — is null, never 0. Anything else is a bad cell.
 * 4. Areas: four digits (`2380` municipality, `00LL` region, `0000` the country); three digits are
 *    a code whose leading zero Excel dropped (`380` → `0380`); SCB's `LL`/`00` as the county/country.
 * 5. Sex: K/M/T, or kvinnor/män/totalt (women/men/total), case and spaces ignored.
 * 6. Years: four digits, 1950–2100.
 */

export type Gender = 'K' | 'M' | 'T';

/** A value that says "missing" (never 0). */
const MISSING = new Set(['', '..', '...', '…', '–', '-', '—', '.']);

export function isMissing(cell: string): boolean {
  return MISSING.has(cell.trim().toLowerCase());
}

/**
 * A cell as a number: `null` when missing, `undefined` when it is not a number. Both "1 234,5"
 * and "1,234.5" are 1234.5; "1,234" is one thousand two hundred thirty-four only when a point
 * cannot be the decimal sign — a single comma is the decimal comma ("1,234" = 1.234).
 */
export function parseNumber(cell: string): number | null | undefined {
  if (isMissing(cell)) return null;
  let s = cell
    .trim()
    .replace(/[\u00a0\u202f\u2009 ']/g, '')
    .replace(/^[−\u2212]/, '-');
  if (!/^[-+]?[\d.,]+$/.test(s) || !/\d/.test(s)) return undefined;
  const commas = (s.match(/,/g) ?? []).length;
  const points = (s.match(/\./g) ?? []).length;
  if (commas && points) {
    // The last of the two is the decimal sign; the other groups thousands.
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    if ((s.match(new RegExp(`\\${decimal}`, 'g')) ?? []).length > 1) return undefined;
    s = s.split(group).join('').replace(decimal, '.');
  } else if (commas > 1 || points > 1) {
    // Only thousands groups: 1.234.567 or 1,234,567.
    const sep = commas > 1 ? ',' : '.';
    const parts = s.replace(/^[-+]/, '').split(sep);
    if (parts.slice(1).some((p) => p.length !== 3)) return undefined;
    s = s.split(sep).join('');
  } else if (commas === 1) s = s.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** The bytes of a text file as text: UTF-8 if they are UTF-8, else Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1252').decode(body);
  }
}

/** `;` or `,`: whichever the first line has more of outside quotes (`;` on a tie). */
export function detectSeparator(text: string): ';' | ',' {
  let semi = 0;
  let comma = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semi++;
    else if (!quoted && ch === ',') comma++;
  }
  return comma > semi ? ',' : ';';
}

/** A CSV text as rows of cells (RFC 4180 quotes; CRLF, LF or CR line ends; blank lines dropped). */
export function parseCsv(text: string, separator = detectSeparator(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endRow = () => {
    row.push(cell);
    if (row.some((c) => c.trim() !== '')) rows.push(row);
    row = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === separator) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else cell += ch;
  }
  if (cell !== '' || row.length) endRow();
  return rows;
}

/** A cell as an area code, or null when it cannot be one (see rule 4). */
export function parseAreaCode(cell: string, countyCode: string): string | null {
  const s = cell.trim();
  if (/^\d{4}$/.test(s)) return s;
  if (/^\d{3}$/.test(s)) return `0${s}`;
  if (s === '00') return '0000';
  if (/^\d{2}$/.test(s) && s === countyCode) return `00${s}`;
  return null;
}

const GENDERS: Record<string, Gender> = {
  k: 'K',
  kvinnor: 'K',
  kvinna: 'K',
  women: 'K',
  m: 'M',
  män: 'M',
  man: 'M',
  men: 'M',
  t: 'T',
  totalt: 'T',
  total: 'T',
  'båda könen': 'T',
  alla: 'T',
};

export function parseGender(cell: string): Gender | null {
  return GENDERS[cell.trim().toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

export function parseYear(cell: string): number | null {
  const s = cell.trim();
  if (!/^\d{4}$/.test(s)) return null;
  const y = Number(s);
  return y >= 1950 && y <= 2100 ? y : null;
}

export interface Mapping {
  kpiColumn: string | null;
  kpiName: string | null;
  areaColumn: string;
  yearColumn: string;
  genderColumn: string | null;
  valueColumn: string | null;
  genderColumns: { K: string | null; M: string | null; T: string | null } | null;
}

export type ProblemCode =
  | 'missing_column'
  | 'missing_kpi'
  | 'bad_area'
  | 'area_not_in_county'
  | 'bad_year'
  | 'bad_gender'
  | 'not_a_number'
  | 'duplicate'
  | 'empty_file';

export interface Problem {
  /** The file's row: 1 is the heading, 2 the first figures (as Excel numbers them). */
  row: number;
  column: string | null;
  code: ProblemCode;
  value: string;
}

export interface Figure {
  kpi: string;
  areaCode: string;
  year: number;
  gender: Gender;
  value: number | null;
}

/**
 * The figures of a table (first row the headings) by a mapping, checked row by row: every problem
 * of every row is named (row, column, what is there), and a file with any problem gives no figures
 * to store. Areas must be the county's municipalities, the county's region or the country.
 */
export function readFigures(
  table: string[][],
  mapping: Mapping,
  county: { code: string; municipalities: ReadonlySet<string> },
): { figures: Figure[]; problems: Problem[] } {
  const problems: Problem[] = [];
  if (table.length < 2) return { figures: [], problems: [{ row: 1, column: null, code: 'empty_file', value: '' }] };
  const headings = table[0].map((h) => h.trim());
  const col = (name: string | null) => (name === null ? -1 : headings.indexOf(name.trim()));
  const valueColumns: [Gender | null, string][] = mapping.genderColumns
    ? (['K', 'M', 'T'] as const).flatMap((g) => (mapping.genderColumns![g] ? [[g, mapping.genderColumns![g]!]] : []))
    : mapping.valueColumn
      ? [[null, mapping.valueColumn]]
      : [];
  const needed = [
    mapping.kpiColumn,
    mapping.areaColumn,
    mapping.yearColumn,
    mapping.genderColumns ? null : mapping.genderColumn,
    ...valueColumns.map(([, c]) => c),
  ].filter((c): c is string => c !== null);
  for (const c of needed) if (col(c) < 0) problems.push({ row: 1, column: c, code: 'missing_column', value: c });
  if (!valueColumns.length) problems.push({ row: 1, column: null, code: 'missing_column', value: '' });
  if (!mapping.kpiColumn && !mapping.kpiName?.trim())
    problems.push({ row: 1, column: null, code: 'missing_kpi', value: '' });
  if (problems.length) return { figures: [], problems };

  const figures: Figure[] = [];
  const seen = new Map<string, number>();
  for (let i = 1; i < table.length; i++) {
    const row = i + 1;
    const cells = table[i];
    const at = (c: string) => (cells[col(c)] ?? '').trim();
    const bad = (column: string | null, code: ProblemCode, value: string) =>
      problems.push({ row, column, code, value });
    const kpi = mapping.kpiColumn ? at(mapping.kpiColumn) : mapping.kpiName!.trim();
    if (!kpi) bad(mapping.kpiColumn, 'missing_kpi', '');
    const areaCell = at(mapping.areaColumn);
    const area = parseAreaCode(areaCell, county.code);
    if (area === null) bad(mapping.areaColumn, 'bad_area', areaCell);
    else if (area !== '0000' && area !== `00${county.code}` && !county.municipalities.has(area))
      bad(mapping.areaColumn, 'area_not_in_county', areaCell);
    const yearCell = at(mapping.yearColumn);
    const year = parseYear(yearCell);
    if (year === null) bad(mapping.yearColumn, 'bad_year', yearCell);
    let rowGender: Gender | null = null;
    if (!mapping.genderColumns) {
      if (mapping.genderColumn) {
        const g = at(mapping.genderColumn);
        rowGender = parseGender(g);
        if (!rowGender) bad(mapping.genderColumn, 'bad_gender', g);
      } else rowGender = 'T';
    }
    for (const [g, c] of valueColumns) {
      const cell = at(c);
      const value = parseNumber(cell);
      if (value === undefined) bad(c, 'not_a_number', cell);
      const gender = g ?? rowGender;
      if (!kpi || area === null || year === null || !gender || value === undefined) continue;
      const key = `${kpi}|${area}|${year}|${gender}`;
      if (seen.has(key)) {
        bad(c, 'duplicate', `${kpi} ${area} ${year} ${gender} (${seen.get(key)})`);
        continue;
      }
      seen.set(key, row);
      figures.push({ kpi, areaCode: area, year, gender, value });
    }
  }
  return { figures: problems.length ? [] : figures, problems };
}
