import PDFDocument from 'pdfkit';
import type { Cycle, CycleCompilation } from '../contract.js';
import { documentTitle, reportBlocks } from './content.js';
import { reportFaces } from './fonts.js';
import { MARGIN, Writer } from './pdf-writer.js';
import { texts, type Locale } from './texts.js';

/** The report as a tagged PDF (headings, paragraphs, lists, tables, figures with alt text) with bookmarks and page numbers. */
export async function cycleReportPdf(cycle: Cycle, compilation: CycleCompilation, locale: Locale): Promise<Buffer> {
  const t = texts(locale);
  const faces = reportFaces();
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    tagged: true,
    lang: t.lang,
    displayTitle: true,
    bufferPages: true,
    pdfVersion: '1.7',
    font: faces.regular,
    info: {
      Title: documentTitle(cycle, locale),
      Author: cycle.organisationName,
      Subject: cycle.templateTitle,
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
  const blocks = reportBlocks(cycle, compilation, locale);
  blocks.forEach((b, i) => w.block(b, blocks[i + 1], blocks[i + 2]));
  root.end();
  w.footer(t.page);
  doc.end();
  return done;
}
