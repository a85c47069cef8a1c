import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { fieldLabel, type Block, type DocumentSpec } from './blocks.js';
import { box, figure, listParagraphs, numbering, runs, signatures, table, TEXT_WIDTH } from './docx-parts.js';

/** The one Word writer: real headings (so the navigation pane works), real lists, tables, pictures with alt text. */
const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];

function render(b: Block, nextList: () => number): (Paragraph | Table)[] {
  switch (b.type) {
    case 'title':
      return [
        new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 1600 }, children: [new TextRun(b.text)] }),
        new Paragraph({
          spacing: { after: 480 },
          children: [new TextRun({ text: b.subtitle, size: 38, color: '1F4E79' })],
        }),
      ];
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[b.level - 1], keepNext: true, children: [new TextRun(b.text)] })];
    case 'paragraph':
      return [
        new Paragraph({
          spacing: { before: 80, after: 120 },
          keepNext: b.style === 'question',
          children:
            b.style === 'note'
              ? runs(b.runs, { color: '57606A', italics: true })
              : runs(b.runs, { italics: b.style === 'question' }),
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
      return listParagraphs(b.ordered, b.items, 0, nextList);
    case 'table':
      return [table(b), new Paragraph({ spacing: { after: 120 }, children: [] })];
    case 'figure':
      return figure(b);
    case 'signatures':
      return signatures(b);
    case 'box':
      return box(b);
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };
const small = (text: string, bold = false) => new TextRun({ text, size: 17, color: '57606A', bold });

/** The page label with Word's page fields in place of the numbers, so Word counts the pages itself. */
function pageParagraph(label: string): Paragraph {
  const parts = label
    .split(/(\{page\}|\{pages\})/)
    .filter(Boolean)
    .map((p) => (p === '{page}' ? PageNumber.CURRENT : p === '{pages}' ? PageNumber.TOTAL_PAGES : p));
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    children: [new TextRun({ children: parts, size: 17, color: '57606A' })],
  });
}

/** The footer: the page label at the right, after the boxes to initial in when the document has them. */
function pageFooter(label: string, boxes: string[] = []): Footer {
  if (!boxes.length) return new Footer({ children: [pageParagraph(label)] });
  const boxWidth = 2000;
  const rest = TEXT_WIDTH - boxWidth * boxes.length;
  const line = { style: BorderStyle.SINGLE, size: 4, color: '57606A' };
  return new Footer({
    children: [
      new Table({
        width: { size: TEXT_WIDTH, type: WidthType.DXA },
        columnWidths: [...boxes.map(() => boxWidth), rest],
        rows: [
          new TableRow({
            height: { value: 560, rule: 'atLeast' },
            children: [
              ...boxes.map(
                (b) =>
                  new TableCell({
                    width: { size: boxWidth, type: WidthType.DXA },
                    borders: { top: line, bottom: line, left: line, right: line },
                    children: [new Paragraph({ children: [new TextRun({ text: b, size: 14, color: '57606A' })] })],
                  }),
              ),
              new TableCell({
                width: { size: rest, type: WidthType.DXA },
                borders: NO_BORDERS,
                verticalAlign: 'bottom',
                children: [pageParagraph(label)],
              }),
            ],
          }),
        ],
      }),
    ],
  });
}

/** The running header: its lines at the left, the right-hand text beside the first line. */
function pageHeader(text: string, right?: string): Header {
  const lines = text.split('\n');
  if (!right)
    return new Header({
      children: lines.map((l, i) => new Paragraph({ children: [small(l, i === 0 && lines.length > 1)] })),
    });
  const half = Math.round(TEXT_WIDTH / 2);
  return new Header({
    children: [
      new Table({
        width: { size: TEXT_WIDTH, type: WidthType.DXA },
        columnWidths: [half, TEXT_WIDTH - half],
        rows: [
          new TableRow({
            children: [
              new TableCell({
                width: { size: half, type: WidthType.DXA },
                borders: NO_BORDERS,
                children: lines.map((l, i) => new Paragraph({ children: [small(l, i === 0 && lines.length > 1)] })),
              }),
              new TableCell({
                width: { size: TEXT_WIDTH - half, type: WidthType.DXA },
                borders: NO_BORDERS,
                children: right
                  .split('\n')
                  .map((r) => new Paragraph({ alignment: AlignmentType.RIGHT, children: [small(r, true)] })),
              }),
            ],
          }),
        ],
      }),
      new Paragraph({ children: [] }),
    ],
  });
}

export async function renderDocx(spec: DocumentSpec): Promise<Buffer> {
  const font = 'Calibri';
  const heading = (size: number, before: number, italics = false) => ({
    run: { font, size, bold: true, italics, color: '1F4E79' },
    paragraph: { spacing: { before, after: 120 } },
  });
  let lists = 0;
  const children = spec.blocks.flatMap((b) => render(b, () => ++lists));
  const doc = new Document({
    title: spec.title,
    subject: spec.subject,
    creator: spec.author ?? 'Samsyn',
    description: spec.description,
    styles: {
      default: {
        document: { run: { font, size: 21, language: { value: spec.lang } } },
        title: { run: { font, size: 52, bold: true, color: '1F2328' } },
        heading1: heading(32, 360),
        heading2: heading(26, 280),
        heading3: heading(23, 220),
        heading4: heading(21, 180),
        heading5: heading(21, 160, true),
        heading6: heading(20, 140, true),
      },
    },
    numbering,
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } },
          titlePage: Boolean(spec.header) && !spec.headerOnFirstPage,
        },
        headers: spec.header
          ? {
              default: pageHeader(spec.header, spec.headerRight),
              ...(spec.headerOnFirstPage ? {} : { first: new Header({ children: [new Paragraph({})] }) }),
            }
          : undefined,
        footers:
          spec.header && !spec.headerOnFirstPage
            ? {
                default: pageFooter(spec.pageLabel, spec.footerBoxes),
                first: pageFooter(spec.pageLabel, spec.footerBoxes),
              }
            : { default: pageFooter(spec.pageLabel, spec.footerBoxes) },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
