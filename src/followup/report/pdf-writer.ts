import { createRequire } from 'node:module';
import { fieldLabel, type Block, type Run } from './blocks.js';
import type { Faces } from './fonts.js';

/** Draws the report's blocks on a tagged pdfkit document: headings, paragraphs with bold/italic runs, lists, tables, vector figures. */
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

export const MARGIN = 56.7; // 2 cm
const INK = '#1f2328';
const ACCENT = '#1f4e79';
export const MUTED = '#57606a';
const SIZE = 10.5;
const HEADING_SIZE = [17, 13.5, 12, 11, 10.5, 10.5];
type Struct = PDFKit.PDFStructureElement;
type Options = PDFKit.Mixins.TextOptions;

export class Writer {
  private h1: PDFKit.PDFOutline | null = null;
  constructor(
    private doc: PDFKit.PDFDocument,
    private root: Struct,
    private faces: Faces,
  ) {}

  get width() {
    return this.doc.page.width - MARGIN * 2;
  }

  /** Starts a new page if less than `need` points are left. */
  private room(need: number) {
    if (this.doc.y + need > this.doc.page.height - MARGIN) this.doc.addPage();
  }

  private face(r: { bold?: boolean; italic?: boolean }): { path: string; oblique: boolean } {
    const f = this.faces;
    if (r.bold && r.italic)
      return f.boldItalic ? { path: f.boldItalic, oblique: false } : { path: f.bold, oblique: true };
    if (r.italic) return f.italic ? { path: f.italic, oblique: false } : { path: f.regular, oblique: true };
    return { path: r.bold ? f.bold : f.regular, oblique: false };
  }

  /** Runs of one paragraph, each in its face, flowing as one text. */
  private runs(rs: Run[], x: number, width: number, size: number, color: string, extra: Options = {}) {
    const list = rs.filter((r) => r.text);
    if (!list.length) list.push({ text: ' ' });
    list.forEach((r, i) => {
      const f = this.face(r);
      this.doc.font(f.path).fontSize(size).fillColor(color);
      const o = { width, continued: i < list.length - 1, oblique: f.oblique ? 12 : false, ...extra } as Options;
      if (i === 0) this.doc.text(r.text, x, this.doc.y, o);
      else this.doc.text(r.text, o);
    });
  }

  private tagged(tag: string, draw: () => void, parent: Struct = this.root) {
    parent.add(this.doc.struct(tag, {}, draw));
  }

  /** About how much of the next block must fit below a heading so the heading is not left alone. */
  private need(next: Block | undefined, after?: Block): number {
    if (next?.type === 'figure') return (Math.min(this.width, 460) * next.height) / next.width + 30;
    // A short table and its chart stay together with their heading.
    if (next?.type === 'table' && after?.type === 'figure' && next.rows.length <= 8)
      return next.rows.length * 16 + 24 + this.need(after);
    if (next?.type === 'table') return 80;
    if (next?.type === 'fields') return Math.min(next.rows.length * 17 + 10, 120);
    return 45;
  }

  block(b: Block, next?: Block, after?: Block) {
    const doc = this.doc;
    switch (b.type) {
      case 'title':
        doc.y = MARGIN + 150;
        this.tagged('Title', () => this.runs([{ text: b.text, bold: true }], MARGIN, this.width, 28, INK));
        doc.moveDown(0.3);
        this.tagged('P', () => this.runs([{ text: b.subtitle }], MARGIN, this.width, 16, ACCENT));
        doc.moveDown(2);
        this.h1 = doc.outline.addItem(b.text);
        return;
      case 'heading': {
        const size = HEADING_SIZE[b.level - 1];
        this.room((b.level <= 2 ? 50 : 30) + this.need(next, after));
        doc.moveDown(b.level === 1 ? 0.8 : b.level === 2 ? 0.6 : 0.4);
        this.tagged(`H${b.level}`, () =>
          this.runs(
            [{ text: b.text, bold: true, italic: b.level >= 5 }],
            MARGIN,
            this.width,
            size,
            b.level <= 4 ? ACCENT : INK,
          ),
        );
        doc.moveDown(b.level <= 2 ? 0.4 : 0.25);
        if (b.level === 1) this.h1 = doc.outline.addItem(b.text);
        else if (b.level === 2) (this.h1 ?? doc.outline).addItem(b.text);
        return;
      }
      case 'paragraph': {
        this.room(28);
        const note = b.style === 'note';
        this.tagged('P', () =>
          this.runs(
            note ? b.runs.map((r) => ({ ...r, italic: true })) : b.runs,
            MARGIN,
            this.width,
            note ? 9.5 : SIZE,
            note ? MUTED : INK,
          ),
        );
        doc.moveDown(0.5);
        return;
      }
      case 'fields':
        for (const [k, v] of b.rows) {
          this.room(24);
          this.tagged('P', () =>
            this.runs([{ text: fieldLabel(k), bold: true }, { text: v }], MARGIN, this.width, SIZE, INK),
          );
          doc.moveDown(0.2);
        }
        doc.moveDown(0.3);
        return;
      case 'list':
        this.list(b);
        return;
      case 'table':
        this.table(b);
        return;
      case 'figure':
        this.figure(b);
        return;
      case 'pageBreak':
        doc.addPage();
        return;
    }
  }

  private list(b: Extract<Block, { type: 'list' }>) {
    const doc = this.doc;
    const indent = b.ordered ? 20 : 14;
    const x = MARGIN + 6;
    const list = doc.struct('L');
    this.root.add(list);
    b.items.forEach((item, i) => {
      this.room(26);
      const y = doc.y;
      const li = doc.struct('LI');
      list.add(li);
      this.tagged(
        'Lbl',
        () =>
          doc
            .font(this.faces.regular)
            .fontSize(SIZE)
            .fillColor(INK)
            .text(b.ordered ? `${i + 1}.` : '•', x, y, { width: indent, lineBreak: false }),
        li,
      );
      doc.y = y;
      this.tagged('LBody', () => this.runs(item, x + indent, this.width - 6 - indent, SIZE, INK), li);
      li.end();
      doc.moveDown(0.25);
    });
    list.end();
    doc.x = MARGIN;
    doc.moveDown(0.4);
  }

  private figure(b: Extract<Block, { type: 'figure' }>) {
    const doc = this.doc;
    const w = Math.min(this.width, 460);
    const h = (w * b.height) / b.width;
    this.room(h + 34);
    const x = MARGIN + (this.width - w) / 2;
    const y = doc.y + 4;
    const fontCallback = (_family: string, bold: boolean) => (bold ? this.faces.bold : this.faces.regular);
    // Without its own width and height the SVG scales to the box given here (by its viewBox).
    const svg = b.svg.replace(/^(<svg[^>]*?) width="[\d.]+" height="[\d.]+"/, '$1');
    this.tagged('Figure', () =>
      SVGtoPDF(doc, svg, x, y, { width: w, height: h, assumePt: true, fontCallback, warningCallback: () => {} }),
    );
    doc.y = y + h + 6;
    this.tagged('Caption', () =>
      this.runs([{ text: b.caption, italic: true }], MARGIN, this.width, 9, MUTED, { align: 'center' }),
    );
    doc.moveDown(0.9);
  }

  /** A table split into pages by hand, so that the header row repeats on every page. */
  private table(b: Extract<Block, { type: 'table' }>) {
    const doc = this.doc;
    const total = b.columns.reduce((n, c) => n + c.width, 0);
    const widths = b.columns.map((c) => (c.width / total) * this.width);
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
      font: { src: this.faces.bold },
      backgroundColor: '#e6eaef',
    }));
    const headH = height(
      b.columns.map((c) => c.title),
      this.faces.bold,
    );
    const draw = (rows: string[][]) => {
      doc.font(this.faces.regular).fontSize(8.5).fillColor(INK);
      doc.table({
        position: { x: MARGIN, y: doc.y },
        columnStyles: columns,
        defaultStyle: { border: 0.5, borderColor: '#bfc5cc', padding: [3, 4, 3, 4] },
        data: [header, ...rows],
        structParent: this.root,
      } as PDFKit.Mixins.TableOptionsWithData);
    };
    this.room(headH + (b.rows[0] ? height(b.rows[0], this.faces.regular) : 0) + 4);
    let batch: string[][] = [];
    let y = doc.y + headH;
    for (const r of b.rows) {
      const h = height(r, this.faces.regular);
      if (y + h > doc.page.height - MARGIN - 6) {
        if (batch.length) draw(batch);
        doc.addPage();
        batch = [];
        y = doc.y + headH;
      }
      batch.push(r);
      y += h;
    }
    if (batch.length || !b.rows.length) draw(batch);
    doc.x = MARGIN;
    doc.moveDown(0.8);
  }

  footer(label: (page: number, of: number) => string) {
    const doc = this.doc;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.markContent('Artifact', { type: 'Pagination' } as PDFKit.Mixins.MarkingOptions);
      doc.font(this.faces.regular).fontSize(8.5).fillColor(MUTED);
      doc.text(label(i + 1, range.count), MARGIN, doc.page.height - MARGIN + 20, {
        width: this.width,
        align: 'right',
        lineBreak: false,
      });
      doc.endMarkedContent();
      doc.page.margins.bottom = bottom;
    }
  }
}
