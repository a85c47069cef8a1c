import PDFDocument from 'pdfkit';
import { pageText, type DocumentSpec } from './blocks.js';
import { documentFonts, type ReportFonts } from './fonts.js';
import { MARGIN, MUTED, Writer } from './pdf-writer.js';

/**
 * The one PDF writer: a tagged PDF/UA-minded document (structure tree, language, title shown, alt texts,
 * bookmarks per level-1 and level-2 heading), the running header and page numbers as artifacts.
 * Fonts are set by file path, not by a registered name: pdfkit caches a font under the key it was asked
 * for only on first sight, so a registered name that it finds again by font name is parsed anew on every call.
 */
export function renderPdf(spec: DocumentSpec): Promise<Buffer> {
  const faces = documentFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    tagged: true,
    lang: spec.lang,
    displayTitle: true,
    bufferPages: true,
    pdfVersion: '1.7',
    font: faces.regular,
    info: {
      Title: spec.title,
      Author: spec.author ?? 'Samsyn',
      ...(spec.subject ? { Subject: spec.subject } : {}),
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
  const w = new Writer(doc, root, faces);
  spec.blocks.forEach((b, i) => w.block(b, spec.blocks[i + 1], spec.blocks[i + 2]));
  root.end();
  pageFurniture(doc, spec, faces, w.width);
  doc.end();
  return done;
}

/**
 * The header (from the second page, or on every page when asked; up to three lines, with a right-hand text
 * beside the first), the boxes to initial in and "Sida n av m" on every page, marked as pagination artifacts.
 */
function pageFurniture(doc: PDFKit.PDFDocument, spec: DocumentSpec, faces: ReportFonts, width: number) {
  const range = doc.bufferedPageRange();
  const lines = spec.header ? spec.header.split('\n').slice(0, 3) : [];
  const rows = Math.max(lines.length, spec.headerRight ? Math.min(3, spec.headerRight.split('\n').length) : 0);
  const boxes = spec.footerBoxes ?? [];
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    const top = doc.page.margins.top;
    doc.page.margins.bottom = 0;
    doc.page.margins.top = 0;
    doc.markContent('Artifact', { type: 'Pagination' } as PDFKit.Mixins.MarkingOptions);
    doc.font(faces.regular).fontSize(8.5).fillColor(MUTED);
    if (lines.length && (i > range.start || spec.headerOnFirstPage)) {
      const step = 10.5;
      const y0 = MARGIN - 10 - rows * step;
      lines.forEach((l, k) =>
        doc
          .font(k === 0 && lines.length > 1 ? faces.bold : faces.regular)
          .text(l, MARGIN, y0 + k * step, { width: width * 0.62, align: 'left', lineBreak: false }),
      );
      (spec.headerRight ?? '')
        .split('\n')
        .slice(0, 3)
        .forEach((r, k) =>
          doc
            .font(faces.bold)
            .text(r, MARGIN + width * 0.62, y0 + k * step, { width: width * 0.38, align: 'right', lineBreak: false }),
        );
    }
    const boxW = 105;
    boxes.forEach((label, k) => {
      const x = MARGIN + k * boxW;
      const y = doc.page.height - MARGIN + 10;
      doc.save().rect(x, y, boxW, 30).lineWidth(0.5).strokeColor(MUTED).stroke().restore();
      doc
        .font(faces.regular)
        .fontSize(7)
        .fillColor(MUTED)
        .text(label, x + 3, y + 3, { width: boxW - 6, lineBreak: false });
    });
    doc.font(faces.regular).fontSize(8.5).fillColor(MUTED);
    doc.text(
      pageText(spec.pageLabel, i + 1, range.count),
      MARGIN,
      doc.page.height - MARGIN + (boxes.length ? 30 : 20),
      {
        width,
        align: 'right',
        lineBreak: false,
      },
    );
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
    doc.page.margins.top = top;
  }
}
