import { dateTime, day } from './format.js';
import { feedbackColumns, responseColumns, type ExportColumn, type ResponsesExport } from './responses.js';
import type { Locale } from './texts.js';

/**
 * The responses as CSV for Swedish Excel: UTF-8 with a BOM (so Excel reads å ä ö), semicolons,
 * CRLF, fields quoted per RFC 4180. Text that a spreadsheet would run as a formula (starting with
 * = + - @, a tab or a CR) gets a leading apostrophe, so an answer can never become a formula.
 */
const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined, locale: Locale = 'sv'): string {
  if (value == null) return '';
  let s = typeof value === 'number' ? (locale === 'sv' ? String(value).replace('.', ',') : String(value)) : value;
  if (typeof value === 'string' && FORMULA.test(s)) s = `'${s}`;
  return /[;",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function shown<R>(c: ExportColumn<R>, row: R): string | number | null {
  const v = c.value(row);
  if (c.kind === 'datetime') return typeof v === 'string' ? dateTime(v) : v;
  if (c.kind === 'date') return typeof v === 'string' ? day(v) : v;
  return v;
}

function table<R>(columns: ExportColumn<R>[], rows: R[], locale: Locale): string {
  const line = (cells: (string | number | null)[]) => cells.map((c) => csvCell(c, locale)).join(';');
  const lines = [line(columns.map((c) => c.header)), ...rows.map((r) => line(columns.map((c) => shown(c, r))))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The bodies' questionnaire responses, one row each. */
export function responsesCsv(input: ResponsesExport, locale: Locale): string {
  return table(responseColumns(input, locale), input.rows, locale);
}

/** The municipalities' assessments (the Excel file's second sheet), one row per municipality. */
export function assessmentsCsv(input: ResponsesExport, locale: Locale): string {
  return table(feedbackColumns(input, locale), input.feedback, locale);
}
