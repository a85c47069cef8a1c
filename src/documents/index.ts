/**
 * Documents: one block model drawn by one PDF writer and one Word writer, the spreadsheet and CSV
 * writers, fonts, SVG helpers and rasterising, rich text, and the one download helper. A capability
 * describes its document as a `DocumentSpec` (blocks.ts) and sends it with `sendDownload`.
 */
export type { Block, Column, DocumentSpec, HeadingLevel, ListItem, Run, Signatory } from './blocks.js';
export {
  fieldLabel,
  fields,
  figure,
  heading,
  list,
  pageBreak,
  pageText,
  para,
  plainParagraphs,
  table,
} from './blocks.js';
export { renderPdf } from './pdf.js';
export { renderDocx } from './docx.js';
export { renderXlsx, type Sheet, type SheetColumn, type SheetValue } from './spreadsheet.js';
export { csvCell, renderCsv, type CsvValue } from './csv.js';
export { documentFonts, type ReportFonts } from './fonts.js';
export { svgSize, svgToPng } from './raster.js';
export { esc, FONT, r1, svgDocument, svgSummary, text as svgText, wrap, type TextOptions } from './svg.js';
export {
  asciiFileName,
  contentDisposition,
  fileSlug,
  sendDownload,
  type Download,
  type DownloadKind,
} from './download.js';
// Rich text without its React view (the web imports ./richtext/index.js for that).
export { emptyDoc, FilledRichDoc, RichDoc, richStats, richTextLimits } from './richtext/schema.js';
export type { RichBlock, RichInline, RichList } from './richtext/schema.js';
export { markdownToRichDoc } from './richtext/from-markdown.js';
export { richBlocks, richPlainText } from './richtext/to-blocks.js';
