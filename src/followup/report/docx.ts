import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { svgToPng } from '../../assessments/report/raster.js';
import type { Cycle, CycleCompilation } from '../contract.js';
import { fieldLabel, type Block, type Run } from './blocks.js';
import { documentTitle, reportBlocks } from './content.js';
import { texts, type Locale } from './texts.js';

/** The report as a Word document: real headings, real bullet and numbered lists, tables, and pictures with alt text. */
const TEXT_WIDTH = 9638; // A4 width 11906 twips less 2 cm margins on each side
const FIGURE_PX = 600; // at 96 px to the inch, within the text width (642 px)
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'BFC5CC' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];
const ORDERED = 'report-ordered';
const BULLET = 'report-bullet';

const runs = (rs: Run[], size?: number) =>
  rs.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic, size }));
const cell = (text: string, width: number, o: { bold?: boolean; fill?: string; right?: boolean }) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: BORDERS,
    shading: o.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: o.fill } : undefined,
    children: [
      new Paragraph({
        alignment: o.right ? AlignmentType.RIGHT : undefined,
        spacing: { before: 20, after: 20 },
        children: [new TextRun({ text, bold: o.bold, size: 17 })],
      }),
    ],
  });

function table(b: Extract<Block, { type: 'table' }>): Table {
  const total = b.columns.reduce((n, c) => n + c.width, 0);
  const widths = b.columns.map((c) => Math.round((c.width / total) * TEXT_WIDTH));
  const right = (i: number) => b.columns[i].align === 'right';
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: b.columns.map((c, i) => cell(c.title, widths[i], { bold: true, fill: 'E6EAEF', right: right(i) })),
      }),
      ...b.rows.map(
        (r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, widths[i], { right: right(i) })) }),
      ),
    ],
  });
}

function render(b: Block, list: () => number): (Paragraph | Table)[] {
  switch (b.type) {
    case 'title':
      return [
        new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 1800 }, children: [new TextRun(b.text)] }),
        new Paragraph({
          spacing: { after: 480 },
          children: [new TextRun({ text: b.subtitle, size: 36, color: '1F4E79' })],
        }),
      ];
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[b.level - 1], keepNext: true, children: [new TextRun(b.text)] })];
    case 'paragraph':
      return [
        new Paragraph({
          spacing: { before: 80, after: 120 },
          children:
            b.style === 'note'
              ? b.runs.map((r) => new TextRun({ text: r.text, color: '57606A', italics: true }))
              : runs(b.runs),
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
    case 'list': {
      const instance = b.ordered ? list() : 0;
      return b.items.map((item) =>
        b.ordered
          ? new Paragraph({
              numbering: { reference: ORDERED, level: 0, instance },
              spacing: { after: 60 },
              children: runs(item),
            })
          : new Paragraph({ numbering: { reference: BULLET, level: 0 }, spacing: { after: 60 }, children: runs(item) }),
      );
    }
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
              data: svgToPng(b.svg, 1400),
              transformation: { width: FIGURE_PX, height },
              altText: { title: b.title, description: b.alt, name: b.title },
            }),
          ],
        }),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 240 },
          children: [new TextRun({ text: b.caption, italics: true, size: 18, color: '57606A' })],
        }),
      ];
    }
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** "Sida {current} av {total}" with Word's page fields in place of the numbers. */
function pageFooter(locale: Locale): Footer {
  const parts = texts(locale)
    .page(-1, -2)
    .split(/(-1|-2)/)
    .filter(Boolean)
    .map((p) => (p === '-1' ? PageNumber.CURRENT : p === '-2' ? PageNumber.TOTAL_PAGES : p));
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ children: parts, size: 17, color: '57606A' })],
      }),
    ],
  });
}

export async function cycleReportDocx(cycle: Cycle, compilation: CycleCompilation, locale: Locale): Promise<Buffer> {
  const t = texts(locale);
  const font = 'Calibri';
  const heading = (size: number, before: number, italics = false) => ({
    run: { font, size, bold: true, italics, color: '1F4E79' },
    paragraph: { spacing: { before, after: 120 } },
  });
  let lists = 0;
  const children = reportBlocks(cycle, compilation, locale).flatMap((b) => render(b, () => ++lists));
  const doc = new Document({
    title: documentTitle(cycle, locale),
    subject: cycle.templateTitle,
    creator: 'Samsyn',
    description: `${t.reportTitle(cycle.year)}: ${cycle.templateTitle}, ${cycle.organisationName}`,
    styles: {
      default: {
        document: { run: { font, size: 21, language: { value: t.lang } } },
        title: { run: { font, size: 52, bold: true, color: '1F2328' } },
        heading1: heading(32, 360),
        heading2: heading(26, 280),
        heading3: heading(23, 220),
        heading4: heading(21, 180),
        heading5: heading(21, 160, true),
        heading6: heading(20, 140, true),
      },
    },
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 640, hanging: 360 } } },
            },
          ],
        },
        {
          reference: BULLET,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 640, hanging: 320 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } },
        },
        footers: { default: pageFooter(locale) },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
