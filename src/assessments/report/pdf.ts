import PDFDocument from 'pdfkit';
import type { Assessment } from '../contract.js';
import { fieldLabel, reportBlocks, type Block } from './content.js';
import { reportFonts } from './fonts.js';
import { texts, type Locale } from './texts.js';

/** The report as a tagged PDF (headings, paragraphs, lists, tables, figures with alt text) with bookmarks. */
const MARGIN = 56.7; // 2 cm
const INK = '#1f2328';
const ACCENT = '#1f4e79';
const MUTED = '#57606a';

type Doc = PDFKit.PDFDocument;
type Face = 'Body' | 'Bold';

type Struct = PDFKit.PDFStructureElement;

/**
 * Fonts are set by file path, not by a registered name: pdfkit caches a font under the key it was asked
 * for only on first sight, so a registered name that it finds again by font name is parsed anew on every call.
 */
class Writer {
  private h1: PDFKit.PDFOutline | null = null;
  constructor(
    private doc: Doc,
    private root: Struct,
    private faces: Record<Face, string>,
  ) {}

  private get width() {
    return this.doc.page.width - MARGIN * 2;
  }

  /** Starts a new page if less than `need` points are left. */
  private room(need: number) {
    if (this.doc.y + need > this.doc.page.height - MARGIN) this.doc.addPage();
  }

  private say(
    s: string,
    font: Face,
    size: number,
    color: string,
    structType = 'P',
    extra: PDFKit.Mixins.TextOptions = {},
  ) {
    this.doc.font(this.faces[font]).fontSize(size).fillColor(color);
    this.doc.text(s, MARGIN, this.doc.y, {
      width: this.width,
      structParent: this.root,
      structType,
      ...extra,
    } as PDFKit.Mixins.TextOptions);
  }

  /** About how much of the next block must fit below a heading so the heading is not left alone. */
  private need(next: Block | undefined): number {
    if (next?.type === 'figure') return (Math.min(this.width, 440) * next.height) / next.width + 30;
    if (next?.type === 'table') return 70;
    if (next?.type === 'fields') return Math.min(next.rows.length * 17 + 10, 160);
    return 40;
  }

  block(b: Block, next?: Block) {
    const doc = this.doc;
    switch (b.type) {
      case 'title':
        doc.y = MARGIN + 120;
        this.say(b.text, 'Bold', 30, INK, 'H1');
        doc.moveDown(0.3);
        this.say(b.subtitle, 'Body', 20, ACCENT, 'P');
        doc.moveDown(1.5);
        this.h1 = doc.outline.addItem(b.text);
        return;
      case 'heading':
        this.room((b.level === 1 ? 50 : 30) + this.need(next?.type === 'paragraph' ? undefined : next));
        doc.moveDown(b.level === 1 ? 0.8 : 0.5);
        this.say(b.text, 'Bold', b.level === 1 ? 17 : 13, ACCENT, b.level === 1 ? 'H1' : 'H2');
        doc.moveDown(0.35);
        if (b.level === 1) this.h1 = doc.outline.addItem(b.text);
        else (this.h1 ?? doc.outline).addItem(b.text);
        return;
      case 'paragraph':
        this.say(
          b.text,
          'Body',
          10.5,
          b.style === 'note' ? MUTED : INK,
          'P',
          b.style === 'question' ? { oblique: true } : {},
        );
        doc.moveDown(0.5);
        return;
      case 'fields':
        for (const [k, v] of b.rows) {
          this.room(30);
          doc.font(this.faces.Bold).fontSize(10.5).fillColor(INK);
          doc.text(fieldLabel(k), MARGIN, doc.y, {
            width: this.width,
            continued: true,
            structParent: this.root,
            structType: 'P',
          } as PDFKit.Mixins.TextOptions);
          doc.font(this.faces.Body).text(v);
          doc.moveDown(0.25);
        }
        doc.moveDown(0.3);
        return;
      case 'list': {
        const list = doc.struct('L');
        this.root.add(list);
        doc.font(this.faces.Body).fontSize(10.5).fillColor(INK);
        doc.list(b.items, MARGIN + 6, doc.y, {
          width: this.width - 6,
          listType: b.ordered ? 'numbered' : 'bullet',
          bulletRadius: 2,
          textIndent: 14,
          paragraphGap: 3,
          structParent: list,
        } as PDFKit.Mixins.TextOptions);
        list.end();
        doc.moveDown(0.6);
        return;
      }
      case 'table':
        this.table(b);
        return;
      case 'figure': {
        const w = Math.min(this.width, 440);
        const h = (w * b.height) / b.width;
        this.room(h + 30);
        const x = MARGIN + (this.width - w) / 2;
        const y = doc.y;
        this.root.add(doc.struct('Figure', { alt: b.alt }, () => doc.image(b.png, x, y, { width: w, height: h })));
        doc.y = y + h + 6;
        this.say(b.caption, 'Body', 9, MUTED, 'Caption', { align: 'center', oblique: true });
        doc.moveDown(0.8);
        return;
      }
      case 'pageBreak':
        doc.addPage();
        return;
    }
  }

  /** A table split into pages by hand, so that the header row repeats on every page. */
  private table(b: Extract<Block, { type: 'table' }>) {
    const doc = this.doc;
    const total = b.columns.reduce((n, c) => n + c.width, 0);
    const widths = b.columns.map((c) => (c.width / total) * this.width);
    const height = (cells: string[], font: Face) =>
      Math.max(
        ...cells.map((v, i) =>
          doc
            .font(this.faces[font])
            .fontSize(8.5)
            .heightOfString(v || ' ', { width: widths[i] - 8 }),
        ),
      ) + 7;
    const header = b.columns.map((c) => ({
      text: c.title,
      type: 'TH' as const,
      font: { src: this.faces.Bold },
      backgroundColor: '#e6eaef',
    }));
    const headH = height(
      b.columns.map((c) => c.title),
      'Bold',
    );
    const bottom = () => doc.page.height - MARGIN - 6;
    const draw = (rows: number[]) => {
      doc.font(this.faces.Body).fontSize(8.5).fillColor(INK);
      const data = rows.map((k) =>
        b.rows[k].map((v) => ({ text: v, backgroundColor: b.emphasis?.[k] ? '#fff1e5' : undefined })),
      );
      doc.table({
        position: { x: MARGIN, y: doc.y },
        columnStyles: widths,
        defaultStyle: { border: 0.5, borderColor: '#bfc5cc', padding: [3, 4, 3, 4] },
        data: [header, ...data],
        structParent: this.root,
      } as PDFKit.Mixins.TableOptionsWithData);
    };
    let batch: number[] = [];
    let y = doc.y + headH;
    b.rows.forEach((r, k) => {
      const h = height(r, 'Body');
      if (y + h > bottom()) {
        if (batch.length) draw(batch);
        doc.addPage();
        batch = [];
        y = doc.y + headH;
      }
      batch.push(k);
      y += h;
    });
    if (batch.length) draw(batch);
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
      doc.font(this.faces.Body).fontSize(8.5).fillColor(MUTED);
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

export function renderPdf(a: Assessment, locale: Locale): Promise<Buffer> {
  const t = texts(locale);
  const fonts = reportFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    tagged: true,
    lang: t.lang,
    displayTitle: true,
    bufferPages: true,
    pdfVersion: '1.7',
    font: fonts.regular,
    info: {
      Title: `${t.reportTitle} – ${a.initiative.name}`,
      Author: 'Samsyn',
      Subject: a.initiative.programmeName,
      Creator: 'Samsyn',
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const w = new Writer(doc, root, { Body: fonts.regular, Bold: fonts.bold });
  const blocks = reportBlocks(a, locale);
  blocks.forEach((b, i) => w.block(b, blocks[i + 1]));
  root.end();
  w.footer((p, n) => (locale === 'sv' ? `Sida ${p} av ${n}` : `Page ${p} of ${n}`));
  doc.end();
  return done;
}
