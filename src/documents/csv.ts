/**
 * CSV for Swedish Excel: UTF-8 with a BOM (so Excel reads å ä ö), semicolons, CRLF, fields quoted per
 * RFC 4180 when they hold a semicolon, a quote or a line break. Text that a spreadsheet would run as a
 * formula (starting with = + - @, a tab or a CR) gets a leading apostrophe, so an answer can never become
 * a formula; numbers are numbers (a negative one is not a formula), with a decimal comma in Swedish.
 */
export type CsvValue = string | number | null | undefined;
const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue, locale: 'sv' | 'en' = 'sv'): string {
  if (value == null) return '';
  let s = typeof value === 'number' ? (locale === 'sv' ? String(value).replace('.', ',') : String(value)) : value;
  if (typeof value === 'string' && FORMULA.test(s)) s = `'${s}`;
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A header line and one line per row. */
export function renderCsv(header: string[], rows: CsvValue[][], locale: 'sv' | 'en' = 'sv'): string {
  const line = (cells: CsvValue[]) => cells.map((c) => csvCell(c, locale)).join(';');
  return `\uFEFF${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}
