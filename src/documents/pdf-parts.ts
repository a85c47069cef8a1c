import { createRequire } from 'node:module';
import type { Block, Run } from './blocks.js';
import type { ReportFonts } from './fonts.js';
import { svgToPng } from './raster.js';

/** The PDF writer's larger parts: tables that repeat their header on every page, figures, signature lines. */
export interface Pdf {
  doc: PDFKit.PDFDocument;
  root: PDFKit.PDFStructureElement;
  faces: ReportFonts;
  width: number;
  room(need: number): void;
  runs(rs: Run[], x: number, width: number, size: number, color: string, extra?: PDFKit.Mixins.TextOptions): void;
  tagged(tag: string, draw: () => void, parent?: PDFKit.PDFStructureElement): void;
}

type SvgToPdf = (
  doc: PDFKit.PDFDocument,
  svg: string,
  x: number,
  y: number,
  o: {
    width: number;
    height: number;
    assumePt?: boolean;
    fontCallback?: (family: string, bold: boolean, italic: boolean) => string;
    warningCallback?: (s: string) => void;
  },
) => void;
// svg-to-pdfkit is CommonJS without types.
const SVGtoPDF = createRequire(import.meta.url)('svg-to-pdfkit') as SvgToPdf;

const MARGIN = 56.7;
const INK = '#1f2328';
const MUTED = '#57606a';
const FIGURE_MAX = 460;
/** Pictures (Word, and PDF figures asked to be raster) at this many pixels wide: sharp in print. */
export const PICTURE_PX = 1400;

export function drawFigure(w: Pdf, b: Extract<Block, { type: 'figure' }>) {
  const doc = w.doc;
  const width = Math.min(w.width, FIGURE_MAX);
  const height = (width * b.height) / b.width;
  w.room(height + 34);
  const x = MARGIN + (w.width - width) / 2;
  const y = doc.y + 4;
  if (b.raster) {
    const png = svgToPng(b.svg, PICTURE_PX);
    w.root.add(doc.struct('Figure', { alt: b.alt }, () => doc.image(png, x, y, { width, height })));
  } else {
    const fontCallback = (_family: string, bold: boolean) => (bold ? w.faces.bold : w.faces.regular);
    // Without its own width and height the SVG scales to the box given here (by its viewBox).
    const svg = b.svg.replace(/^(<svg[^>]*?) width="[\d.]+" height="[\d.]+"/, '$1');
    w.root.add(
      doc.struct('Figure', { alt: b.alt }, () =>
        SVGtoPDF(doc, svg, x, y, { width, height, assumePt: true, fontCallback, warningCallback: () => {} }),
      ),
    );
  }
  doc.y = y + height + 6;
  w.tagged('Caption', () =>
    w.runs([{ text: b.caption, italic: true }], MARGIN, w.width, 9, MUTED, { align: 'center' }),
  );
  doc.moveDown(0.9);
}

/** A table split into pages by hand, so that the header row repeats on every page. */
export function drawTable(w: Pdf, b: Extract<Block, { type: 'table' }>) {
  const doc = w.doc;
  const total = b.columns.reduce((n, c) => n + c.width, 0);
  const widths = b.columns.map((c) => (c.width / total) * w.width);
  const columns = widths.map((width, i) => ({ width, align: { x: b.columns[i].align ?? 'left' } }));
  const height = (cells: string[], font: string) =>
    Math.max(
      ...cells.map((v, i) =>
        doc
          .font(font)
          .fontSize(8.5)
          .heightOfString(v || ' ', { width: widths[i] - 8 }),
      ),
    ) + 7;
  const header = b.columns.map((c) => ({
    text: c.title,
    type: 'TH' as const,
    font: { src: w.faces.bold },
    backgroundColor: '#e6eaef',
  }));
  const headH = height(
    b.columns.map((c) => c.title),
    w.faces.bold,
  );
  const draw = (rows: number[]) => {
    doc.font(w.faces.regular).fontSize(8.5).fillColor(INK);
    const data = rows.map((k) =>
      b.rows[k].map((text) => ({ text, backgroundColor: b.emphasis?.[k] ? '#fff1e5' : undefined })),
    );
    doc.table({
      position: { x: MARGIN, y: doc.y },
      columnStyles: columns,
      defaultStyle: { border: 0.5, borderColor: '#bfc5cc', padding: [3, 4, 3, 4] },
      data: [header, ...data],
      structParent: w.root,
    } as PDFKit.Mixins.TableOptionsWithData);
  };
  w.room(headH + (b.rows[0] ? height(b.rows[0], w.faces.regular) : 0) + 4);
  let batch: number[] = [];
  let y = doc.y + headH;
  b.rows.forEach((r, k) => {
    const h = height(r, w.faces.regular);
    if (y + h > doc.page.height - MARGIN - 6) {
      if (batch.length) draw(batch);
      doc.addPage();
      batch = [];
      y = doc.y + headH;
    }
    batch.push(k);
    y += h;
  });
  if (batch.length || !b.rows.length) draw(batch);
  doc.x = MARGIN;
  doc.moveDown(0.8);
}

/** Place and date on one line, then a line to sign on per signatory, two to a row, each with role and name below. */
export function drawSignatures(w: Pdf, b: Extract<Block, { type: 'signatures' }>) {
  const doc = w.doc;
  const gap = 28;
  const col = (w.width - gap) / 2;
  const line = (x: number, y: number, label: string, name?: string) => {
    doc
      .save()
      .moveTo(x, y)
      .lineTo(x + col, y)
      .lineWidth(0.6)
      .strokeColor(INK)
      .stroke()
      .restore();
    doc.y = y + 4;
    w.tagged('P', () => w.runs([{ text: label, bold: true }], x, col, 9.5, INK));
    if (name) w.tagged('P', () => w.runs([{ text: name }], x, col, 9.5, INK));
  };
  w.room(b.placeAndDate ? 150 : 100);
  if (b.placeAndDate) {
    doc.moveDown(1.6);
    line(MARGIN, doc.y, b.placeAndDate);
  }
  for (let i = 0; i < b.signatories.length; i += 2) {
    w.room(90);
    doc.moveDown(2.4);
    const y = doc.y;
    const pair = b.signatories.slice(i, i + 2);
    let bottom = y;
    pair.forEach((s, j) => {
      line(MARGIN + j * (col + gap), y, s.role, s.name);
      bottom = Math.max(bottom, doc.y);
    });
    doc.y = bottom;
  }
  doc.x = MARGIN;
  doc.moveDown(1);
}

/** A framed box kept on one page: title, paragraphs, label–value rows and lines to sign on, inside a rule. */
export function drawBox(w: Pdf, b: Extract<Block, { type: 'box' }>) {
  const doc = w.doc;
  const pad = 9;
  const x = MARGIN + pad;
  const width = w.width - pad * 2;
  const size = 9.5;
  const measure = (text: string, font: string) =>
    doc
      .font(font)
      .fontSize(size)
      .heightOfString(text || ' ', { width });
  const paragraphs = b.paragraphs ?? [];
  const rows = b.rows ?? [];
  const signatories = b.signatories ?? [];
  const height =
    pad * 2 +
    (b.title ? measure(b.title, w.faces.bold) + 6 : 0) +
    paragraphs.reduce((n, p) => n + measure(p.map((r) => r.text).join(''), w.faces.regular) + 5, 0) +
    rows.reduce((n, [k, v]) => n + measure(`${k}: ${v}`, w.faces.bold) + 3, 0) +
    signatories.reduce((n, s) => n + 30 + (s.name ? 24 : 12), 0);
  w.room(height + 12);
  doc.moveDown(0.3);
  const top = doc.y;
  doc.y = top + pad;
  if (b.title) {
    w.tagged('P', () => w.runs([{ text: b.title!, bold: true }], x, width, size + 0.5, INK));
    doc.moveDown(0.4);
  }
  for (const p of paragraphs) {
    w.tagged('P', () => w.runs(p, x, width, size, INK));
    doc.moveDown(0.35);
  }
  for (const [k, v] of rows) {
    w.tagged('P', () => w.runs([{ text: `${k}: `, bold: true }, { text: v }], x, width, size, INK));
    doc.moveDown(0.15);
  }
  for (const s of signatories) {
    doc.y += 26;
    const y = doc.y;
    doc
      .save()
      .moveTo(x, y)
      .lineTo(x + width / 2, y)
      .lineWidth(0.6)
      .strokeColor(INK)
      .stroke()
      .restore();
    doc.y = y + 3;
    w.tagged('P', () => w.runs([{ text: s.role, bold: true }], x, width / 2, size, INK));
    if (s.name) w.tagged('P', () => w.runs([{ text: s.name! }], x, width / 2, size, INK));
  }
  const bottom = doc.y + pad - 2;
  doc
    .save()
    .rect(MARGIN, top, w.width, bottom - top)
    .lineWidth(0.8)
    .strokeColor(INK)
    .stroke()
    .restore();
  doc.x = MARGIN;
  doc.y = bottom;
  doc.moveDown(0.9);
}
