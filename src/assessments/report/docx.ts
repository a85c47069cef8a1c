import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Assessment } from '../contract.js';
import { fieldLabel, reportBlocks, type Block } from './content.js';
import { texts, type Locale } from './texts.js';

/** The report as a Word document with real headings, tables and pictures with alt text. */
const TEXT_WIDTH = 9638; // A4 width 11906 twips less 2 cm margins on each side
const FIGURE_PX = 580; // pictures at 96 px to the inch, within the text width (642 px)
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'BFC5CC' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

const cellParagraph = (text: string, bold = false) =>
  new Paragraph({ spacing: { before: 20, after: 20 }, children: [new TextRun({ text, bold, size: 17 })] });

function table(b: Extract<Block, { type: 'table' }>): Table {
  const total = b.columns.reduce((n, c) => n + c.width, 0);
  const widths = b.columns.map((c) => Math.round((c.width / total) * TEXT_WIDTH));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: b.columns.map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i], type: WidthType.DXA },
          borders: BORDERS,
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E6EAEF' },
          children: [cellParagraph(c.title, true)],
        }),
    ),
  });
  const rows = b.rows.map(
    (r, k) =>
      new TableRow({
        cantSplit: true,
        children: r.map(
          (v, i) =>
            new TableCell({
              width: { size: widths[i], type: WidthType.DXA },
              borders: BORDERS,
              shading: b.emphasis?.[k] ? { type: ShadingType.CLEAR, color: 'auto', fill: 'FFF1E5' } : undefined,
              children: [cellParagraph(v, Boolean(b.emphasis?.[k]) && i === 0)],
            }),
        ),
      }),
  );
  return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, rows: [header, ...rows] });
}

function render(b: Block): (Paragraph | Table)[] {
  switch (b.type) {
    case 'title':
      return [
        new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 1200 }, children: [new TextRun(b.text)] }),
        new Paragraph({
          spacing: { after: 360 },
          children: [new TextRun({ text: b.subtitle, size: 40, color: '1F4E79' })],
        }),
      ];
    case 'heading':
      return [
        new Paragraph({
          heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          keepNext: true,
          children: [new TextRun(b.text)],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          spacing: { before: 120, after: 120 },
          keepNext: b.style === 'question',
          children: [
            new TextRun({
              text: b.text,
              italics: b.style === 'question',
              color: b.style === 'note' ? '57606A' : undefined,
            }),
          ],
        }),
      ];
    case 'fields':
      return b.rows.map(
        ([k, v]) =>
          new Paragraph({
            spacing: { after: 80 },
            children: [new TextRun({ text: fieldLabel(k), bold: true }), new TextRun(v)],
          }),
      );
    case 'list':
      return b.items.map((item, i) =>
        b.ordered
          ? new Paragraph({
              indent: { left: 360, hanging: 360 },
              spacing: { after: 60 },
              children: [new TextRun(`${i + 1}.\t${item}`)],
            })
          : new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: [new TextRun(item)] }),
      );
    case 'table':
      return [table(b), new Paragraph({ spacing: { after: 120 }, children: [] })];
    case 'figure': {
      const height = Math.round((FIGURE_PX * b.height) / b.width);
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          children: [
            new ImageRun({
              type: 'png',
              data: b.png,
              transformation: { width: FIGURE_PX, height },
              altText: { title: b.title, description: b.alt, name: b.title },
            }),
          ],
        }),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 240 },
          children: [new TextRun({ text: b.caption, italics: true, size: 18 })],
        }),
      ];
    }
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

export async function renderDocx(a: Assessment, locale: Locale): Promise<Buffer> {
  const t = texts(locale);
  const font = 'Calibri';
  const doc = new Document({
    title: `${t.reportTitle} – ${a.initiative.name}`,
    subject: a.initiative.programmeName,
    creator: 'Samsyn',
    description: `${t.reportTitle}: ${a.initiative.programmeName}, ${a.initiative.name}, ${t.assessmentNumber} ${a.number}`,
    styles: {
      default: {
        document: { run: { font, size: 21, language: { value: t.lang } } },
        title: { run: { font, size: 56, bold: true, color: '1F2328' } },
        heading1: {
          run: { font, size: 32, bold: true, color: '1F4E79' },
          paragraph: { spacing: { before: 360, after: 160 } },
        },
        heading2: {
          run: { font, size: 26, bold: true, color: '1F4E79' },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } },
        },
        children: reportBlocks(a, locale).flatMap(render),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
