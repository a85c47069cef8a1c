import { renderXlsx, type Sheet } from '../../documents/index.js';
import { dateTime } from './format.js';
import { feedbackColumns, responseColumns, type ExportColumn, type ResponsesExport } from './responses.js';
import { texts, type Locale } from './texts.js';

/** The responses (one row each) and the municipalities' assessments as an Excel workbook with filterable, frozen headers. */

/** A date or a Swedish wall-clock time as Excel shows it: Excel has no time zones, so the local parts go in as UTC. */
function excelDate(kind: 'date' | 'datetime', iso: string): Date | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?/.exec(kind === 'date' ? iso.slice(0, 10) : dateTime(iso));
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0))) : iso;
}

const FORMATS = { datetime: 'yyyy-mm-dd hh:mm', date: 'yyyy-mm-dd' } as Record<string, string | undefined>;

function sheet<R>(name: string, columns: ExportColumn<R>[], rows: R[], frozenColumns: number): Sheet {
  return {
    name,
    frozenColumns,
    columns: columns.map((c) => ({
      header: c.header,
      width: c.width,
      format: FORMATS[c.kind],
      wrap: c.kind === 'long',
    })),
    rows: rows.map((r) =>
      columns.map((c) => {
        const v = c.value(r);
        return typeof v === 'string' && (c.kind === 'date' || c.kind === 'datetime') ? excelDate(c.kind, v) : v;
      }),
    ),
  };
}

export function responsesXlsx(input: ResponsesExport, locale: Locale): Promise<Buffer> {
  const t = texts(locale);
  return renderXlsx({
    title: input.title,
    sheets: [
      sheet(t.sheetResponses, responseColumns(input, locale), input.rows, input.anonymous ? 0 : 1),
      sheet(t.sheetAssessments, feedbackColumns(input, locale), input.feedback, 1),
    ],
  });
}
