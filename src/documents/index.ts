/**
 * Documents: one block model drawn by one PDF writer and one Word writer, the spreadsheet and CSV
 * writers, fonts, SVG helpers and rasterising, rich text, and the one download helper.
 *
 * A capability adds a document (a protocol, an extract, an action plan) in three small files:
 *   1. `<capability>/<doc>/content.ts`: a pure function from its contract record to `Block[]` (blocks.ts:
 *      heading, para, fields, list, table, figure(svg), signatures, box, pageBreak; rich text via richBlocks).
 *   2. `<capability>/<doc>/document.ts`: the `DocumentSpec` (title, lang, header — up to three lines, with
 *      `headerRight` and `headerOnFirstPage` — pageLabel with {page} and {pages}, `footerBoxes` to initial in,
 *      blocks), and `renderPdf(spec)` / `renderDocx(spec)`. See src/meetings/protocol for a protocol.
 *   3. A route that loads through the use case (authorised) and answers `sendDownload(reply, { fileName,
 *      body })` with a Swedish file name ("protokoll-2026-03-12.pdf"); `cache: 'shared'` only for what is
 *      the same for everyone who may see it.
 * Texts stay in the capability (its texts.ts, sv and en); charts are SVG made with svgDocument (title and
 * desc become the alt text), drawn as vectors in the PDF unless `raster` is asked for.
 */
export type { Block, Column, DocumentSpec, HeadingLevel, ListItem, Run, Signatory } from './blocks.js';
export {
  box,
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
