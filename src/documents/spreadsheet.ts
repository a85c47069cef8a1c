import ExcelJS from 'exceljs';

/**
 * The one spreadsheet writer (exceljs): sheets with a bold, shaded, filterable and frozen header row,
 * optionally a few lines above it (a title, a rule) and summary rows below it in italics.
 */
export type SheetValue = string | number | Date | null;
export interface SheetColumn {
  header: string;
  /** Width in Excel's characters. */
  width: number;
  /** Excel's number format, e.g. '#,##0.00' or 'yyyy-mm-dd'. */
  format?: string;
  /** Long text that wraps. */
  wrap?: boolean;
}
export interface Sheet {
  name: string;
  /** Lines above the header row; the first in bold. */
  preamble?: string[];
  columns: SheetColumn[];
  rows: SheetValue[][];
  /** Summary rows after a blank row, in italics. */
  summary?: SheetValue[][];
  /** Columns kept in view when scrolling sideways. */
  frozenColumns?: number;
}

function addSheet(wb: ExcelJS.Workbook, s: Sheet) {
  const preamble = s.preamble ?? [];
  const headRow = preamble.length ? preamble.length + 2 : 1;
  const ws = wb.addWorksheet(s.name, {
    views: [{ state: 'frozen', ySplit: headRow, xSplit: s.frozenColumns ?? 0 }],
  });
  preamble.forEach((line, i) => {
    const row = ws.addRow([line]);
    if (i === 0) row.font = { bold: true, size: 13 };
  });
  if (preamble.length) ws.addRow([]);
  const header = ws.addRow(s.columns.map((c) => c.header));
  for (const r of s.rows) ws.addRow(r);
  if (s.summary?.length) {
    ws.addRow([]);
    for (const r of s.summary) ws.addRow(r).font = { italic: true };
  }
  s.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.format) col.numFmt = c.format;
    col.alignment = { vertical: 'top', wrapText: Boolean(c.wrap) };
  });
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6EAEF' } }));
  // Excel does not grow a written row to fit wrapped text, so give the header the lines it needs.
  header.height =
    15 * Math.min(6, Math.max(1, ...s.columns.map((c) => Math.ceil(c.header.length / Math.max(1, c.width - 2)))));
  if (s.columns.length)
    ws.autoFilter = { from: { row: headRow, column: 1 }, to: { row: headRow, column: s.columns.length } };
}

export async function renderXlsx(book: { title: string; sheets: Sheet[] }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Samsyn';
  wb.title = book.title;
  for (const s of book.sheets) addSheet(wb, s);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
