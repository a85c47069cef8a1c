import { csvCell, renderCsv } from '../../documents/index.js';
import { dateTime, day } from './format.js';
import { feedbackColumns, responseColumns, type ExportColumn, type ResponsesExport } from './responses.js';
import type { Locale } from './texts.js';

/** The responses and the municipalities' assessments as CSV, through the documents module's CSV writer. */
export { csvCell };

function shown<R>(c: ExportColumn<R>, row: R): string | number | null {
  const v = c.value(row);
  if (c.kind === 'datetime') return typeof v === 'string' ? dateTime(v) : v;
  if (c.kind === 'date') return typeof v === 'string' ? day(v) : v;
  return v;
}

const table = <R>(columns: ExportColumn<R>[], rows: R[], locale: Locale): string =>
  renderCsv(
    columns.map((c) => c.header),
    rows.map((r) => columns.map((c) => shown(c, r))),
    locale,
  );

/** The bodies' questionnaire responses, one row each. */
export function responsesCsv(input: ResponsesExport, locale: Locale): string {
  return table(responseColumns(input, locale), input.rows, locale);
}

/** The municipalities' assessments (the Excel file's second sheet), one row per municipality. */
export function assessmentsCsv(input: ResponsesExport, locale: Locale): string {
  return table(feedbackColumns(input, locale), input.feedback, locale);
}
