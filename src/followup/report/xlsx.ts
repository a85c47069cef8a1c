import ExcelJS from 'exceljs';
import { dateTime } from './format.js';
import { feedbackColumns, responseColumns, type ExportColumn, type ResponsesExport } from './responses.js';
import { texts, type Locale } from './texts.js';

/** The responses (one row each) and the municipalities' assessments as an Excel workbook with filterable, frozen headers. */

/** A date or a Swedish wall-clock time as Excel shows it: Excel has no time zones, so the local parts go in as UTC. */
function excelDate(kind: 'date' | 'datetime', iso: string): Date | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?/.exec(kind === 'date' ? iso.slice(0, 10) : dateTime(iso));
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0))) : iso;
}

function sheet<R>(wb: ExcelJS.Workbook, name: string, columns: ExportColumn<R>[], rows: R[], frozenColumns: number) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: frozenColumns }] });
  ws.columns = columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width }));
  for (const r of rows) {
    ws.addRow(
      columns.map((c) => {
        const v = c.value(r);
        return typeof v === 'string' && (c.kind === 'date' || c.kind === 'datetime') ? excelDate(c.kind, v) : v;
      }),
    );
  }
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    if (c.kind === 'datetime') col.numFmt = 'yyyy-mm-dd hh:mm';
    if (c.kind === 'date') col.numFmt = 'yyyy-mm-dd';
    col.alignment = { vertical: 'top', wrapText: c.kind === 'long' };
  });
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6EAEF' } }));
  // Excel does not grow a written row to fit wrapped text, so give the header the lines it needs.
  header.height =
    15 * Math.min(6, Math.max(1, ...columns.map((c) => Math.ceil(c.header.length / Math.max(1, c.width - 2)))));
  if (columns.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

export async function responsesXlsx(input: ResponsesExport, locale: Locale): Promise<Buffer> {
  const t = texts(locale);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Samsyn';
  wb.title = input.title;
  sheet(wb, t.sheetResponses, responseColumns(input, locale), input.rows, input.anonymous ? 0 : 1);
  sheet(wb, t.sheetAssessments, feedbackColumns(input, locale), input.feedback, 1);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
