import { fieldLabel, type Block, type ListItem, type Run } from './blocks.js';
import type { ReportFonts } from './fonts.js';
import { drawBox, drawFigure, drawSignatures, drawTable, type Pdf } from './pdf-parts.js';

/** Draws blocks on a tagged pdfkit document: headings, paragraphs with bold/italic runs, lists, tables, figures. */
export const MARGIN = 56.7; // 2 cm
export const INK = '#1f2328';
export const ACCENT = '#1f4e79';
export const MUTED = '#57606a';
const SIZE = 10.5;
const HEADING_SIZE = [17, 13.5, 12, 11, 10.5, 10.5];
type Struct = PDFKit.PDFStructureElement;
type Options = PDFKit.Mixins.TextOptions;

export class Writer implements Pdf {
  private h1: PDFKit.PDFOutline | null = null;
  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly root: Struct,
    readonly faces: ReportFonts,
  ) {}

  get width() {
    return this.doc.page.width - MARGIN * 2;
  }

  /** Starts a new page if less than `need` points are left. */
  room(need: number) {
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
  runs(rs: Run[], x: number, width: number, size: number, color: string, extra: Options = {}) {
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

  tagged(tag: string, draw: () => void, parent: Struct = this.root) {
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
        doc.y = MARGIN + 140;
        this.tagged('Title', () => this.runs([{ text: b.text, bold: true }], MARGIN, this.width, 28, INK));
        doc.moveDown(0.3);
        this.tagged('P', () => this.runs([{ text: b.subtitle }], MARGIN, this.width, 17, ACCENT));
        doc.moveDown(2);
        this.h1 = doc.outline.addItem(b.text);
        return;
      case 'heading': {
        const size = HEADING_SIZE[b.level - 1];
        this.room((b.level <= 2 ? 50 : 30) + this.need(next, after));
        doc.moveDown(b.level === 1 ? 0.8 : b.level === 2 ? 0.6 : 0.4);
        const run = { text: b.text, bold: true, italic: b.level >= 5 };
        this.tagged(`H${b.level}`, () => this.runs([run], MARGIN, this.width, size, b.level <= 4 ? ACCENT : INK));
        doc.moveDown(b.level <= 2 ? 0.4 : 0.25);
        if (b.level === 1) this.h1 = doc.outline.addItem(b.text);
        else if (b.level === 2) (this.h1 ?? doc.outline).addItem(b.text);
        return;
      }
      case 'paragraph': {
        this.room(b.style === 'question' ? 28 + this.need(next, after) : 28);
        const note = b.style === 'note';
        const slanted = note || b.style === 'question';
        const runs = slanted ? b.runs.map((r) => ({ ...r, italic: true })) : b.runs;
        this.tagged('P', () => this.runs(runs, MARGIN, this.width, note ? 9.5 : SIZE, note ? MUTED : INK));
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
      case 'list': {
        const list = doc.struct('L');
        this.root.add(list);
        this.list(b.ordered, b.items, list, MARGIN + 6);
        list.end();
        doc.x = MARGIN;
        doc.moveDown(0.4);
        return;
      }
      case 'table':
        drawTable(this, b);
        return;
      case 'figure':
        drawFigure(this, b);
        return;
      case 'signatures':
        drawSignatures(this, b);
        return;
      case 'box':
        drawBox(this, b);
        return;
      case 'pageBreak':
        doc.addPage();
        return;
    }
  }

  /** A list as L › LI › (Lbl, LBody), a nested list inside its item's LBody, indented one step further. */
  private list(ordered: boolean, items: ListItem[], list: Struct, x: number) {
    const doc = this.doc;
    const indent = ordered ? 20 : 14;
    items.forEach((item, i) => {
      this.room(26);
      const y = doc.y;
      const li = doc.struct('LI');
      list.add(li);
      const label = ordered ? `${i + 1}.` : x > MARGIN + 6 ? '◦' : '•';
      this.tagged(
        'Lbl',
        () =>
          doc
            .font(this.faces.regular)
            .fontSize(SIZE)
            .fillColor(INK)
            .text(label, x, y, { width: indent, lineBreak: false }),
        li,
      );
      doc.y = y;
      const body = doc.struct('LBody');
      li.add(body);
      this.tagged('P', () => this.runs(item.runs, x + indent, MARGIN + this.width - x - indent, SIZE, INK), body);
      doc.moveDown(0.25);
      if (item.sublist) {
        const sub = doc.struct('L');
        body.add(sub);
        this.list(item.sublist.ordered, item.sublist.items, sub, x + indent);
        sub.end();
      }
      body.end();
      li.end();
    });
  }
}
