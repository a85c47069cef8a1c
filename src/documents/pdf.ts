import PDFDocument from 'pdfkit';
import { pageText, type DocumentSpec } from './blocks.js';
import { documentFonts } from './fonts.js';
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
  pageFurniture(doc, spec, faces.regular, w.width);
  doc.end();
  return done;
}

/** The header (from the second page) and "Sida n av m" on every page, marked as pagination artifacts. */
function pageFurniture(doc: PDFKit.PDFDocument, spec: DocumentSpec, font: string, width: number) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' } as PDFKit.Mixins.MarkingOptions);
    doc.font(font).fontSize(8.5).fillColor(MUTED);
    if (spec.header && i > range.start)
      doc.text(spec.header, MARGIN, MARGIN - 30, { width, align: 'left', lineBreak: false });
    doc.text(pageText(spec.pageLabel, i + 1, range.count), MARGIN, doc.page.height - MARGIN + 20, {
      width,
      align: 'right',
      lineBreak: false,
    });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
}
