import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  LevelFormat,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { fieldLabel, type Block, type ListItem, type Run } from './blocks.js';
import { PICTURE_PX } from './pdf-parts.js';
import { svgToPng } from './raster.js';

/** The Word writer's parts: runs, tables with a repeating header row, real numbered lists, pictures, signature lines. */
export const TEXT_WIDTH = 9638; // A4 width 11906 twips less 2 cm margins on each side
const FIGURE_PX = 600; // at 96 px to the inch, within the text width (642 px)
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'BFC5CC' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
export const ORDERED = 'doc-ordered';
export const BULLET = 'doc-bullet';

/** Runs as Word runs; a line break inside a run becomes Word's break. */
export const runs = (rs: Run[], o: { size?: number; color?: string; italics?: boolean } = {}) =>
  rs.flatMap((r) =>
    r.text.split('\n').map(
      (text, i) =>
        new TextRun({
          text,
          bold: r.bold,
          italics: o.italics || r.italic,
          size: o.size,
          color: o.color,
          break: i > 0 ? 1 : undefined,
        }),
    ),
  );

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

export function table(b: Extract<Block, { type: 'table' }>): Table {
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
        (r, k) =>
          new TableRow({
            cantSplit: true,
            children: r.map((v, i) =>
              cell(v, widths[i], {
                right: right(i),
                fill: b.emphasis?.[k] ? 'FFF1E5' : undefined,
                bold: Boolean(b.emphasis?.[k]) && i === 0,
              }),
            ),
          }),
      ),
    ],
  });
}

/** A list's items as numbered paragraphs; each ordered list (nested ones too) counts from 1 in its own instance. */
export function listParagraphs(ordered: boolean, items: ListItem[], level: number, next: () => number): Paragraph[] {
  const instance = ordered ? next() : 0;
  return items.flatMap((item) => [
    new Paragraph({
      numbering: { reference: ordered ? ORDERED : BULLET, level, instance },
      spacing: { after: 60 },
      children: runs(item.runs),
    }),
    ...(item.sublist ? listParagraphs(item.sublist.ordered, item.sublist.items, level + 1, next) : []),
  ]);
}

const indent = (level: number, hanging: number) => ({
  paragraph: { indent: { left: 640 + level * 440, hanging } },
});
/** Three levels of decimal and of bullet numbering. */
export const numbering = {
  config: [
    {
      reference: ORDERED,
      levels: [0, 1, 2].map((level) => ({
        level,
        format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level],
        text: `%${level + 1}.`,
        alignment: AlignmentType.START,
        style: indent(level, 360),
      })),
    },
    {
      reference: BULLET,
      levels: [0, 1, 2].map((level) => ({
        level,
        format: LevelFormat.BULLET,
        text: ['•', '◦', '▪'][level],
        alignment: AlignmentType.START,
        style: indent(level, 320),
      })),
    },
  ],
};

export function figure(b: Extract<Block, { type: 'figure' }>): Paragraph[] {
  const height = Math.round((FIGURE_PX * b.height) / b.width);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [
        new ImageRun({
          type: 'png',
          data: svgToPng(b.svg, PICTURE_PX),
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

/** Signature lines as a borderless two-column table whose cells have a top rule: the line to sign on. */
export function signatures(b: Extract<Block, { type: 'signatures' }>): (Paragraph | Table)[] {
  const half = Math.round(TEXT_WIDTH / 2);
  const signCell = (label: string, name?: string) =>
    new TableCell({
      width: { size: half, type: WidthType.DXA },
      borders: { top: { style: BorderStyle.SINGLE, size: 6, color: '1F2328' }, bottom: NONE, left: NONE, right: NONE },
      margins: { right: 280 },
      children: [
        new Paragraph({ spacing: { before: 40 }, children: [new TextRun({ text: label, bold: true, size: 19 })] }),
        ...(name ? [new Paragraph({ children: [new TextRun({ text: name, size: 19 })] })] : []),
      ],
    });
  const empty = () =>
    new TableCell({
      width: { size: half, type: WidthType.DXA },
      borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
      children: [new Paragraph({})],
    });
  const rows: TableRow[] = [];
  const spacer = () =>
    new TableRow({ height: { value: 800, rule: 'atLeast' }, children: [empty(), empty()], cantSplit: true });
  if (b.placeAndDate) rows.push(spacer(), new TableRow({ children: [signCell(b.placeAndDate), empty()] }));
  for (let i = 0; i < b.signatories.length; i += 2) {
    const pair = b.signatories.slice(i, i + 2);
    rows.push(
      spacer(),
      new TableRow({
        cantSplit: true,
        children: [signCell(pair[0].role, pair[0].name), pair[1] ? signCell(pair[1].role, pair[1].name) : empty()],
      }),
    );
  }
  return [
    new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: [half, half], rows }),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

/** A framed box: a one-cell table with a border, kept together on its page. */
export function box(b: Extract<Block, { type: 'box' }>): (Paragraph | Table)[] {
  const frame = { style: BorderStyle.SINGLE, size: 8, color: '1F2328' };
  const children: Paragraph[] = [];
  const keep = { keepNext: true, keepLines: true };
  if (b.title)
    children.push(
      new Paragraph({
        ...keep,
        spacing: { before: 60, after: 100 },
        children: [new TextRun({ text: b.title, bold: true })],
      }),
    );
  for (const p of b.paragraphs ?? [])
    children.push(new Paragraph({ ...keep, spacing: { after: 100 }, children: runs(p) }));
  for (const [k, v] of b.rows ?? [])
    children.push(
      new Paragraph({
        ...keep,
        spacing: { after: 60 },
        children: [new TextRun({ text: fieldLabel(k), bold: true, size: 19 }), new TextRun({ text: v, size: 19 })],
      }),
    );
  for (const s of b.signatories ?? [])
    children.push(
      new Paragraph({ ...keep, spacing: { before: 560 }, children: [] }),
      new Paragraph({
        ...keep,
        border: { top: { style: BorderStyle.SINGLE, size: 6, color: '1F2328', space: 2 } },
        indent: { right: Math.round(TEXT_WIDTH / 2) },
        children: [new TextRun({ text: s.role, bold: true, size: 19 })],
      }),
      ...(s.name ? [new Paragraph({ ...keep, children: [new TextRun({ text: s.name, size: 19 })] })] : []),
    );
  if (!children.length) children.push(new Paragraph({}));
  return [
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [TEXT_WIDTH],
      rows: [
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: TEXT_WIDTH, type: WidthType.DXA },
              borders: { top: frame, bottom: frame, left: frame, right: frame },
              margins: { top: 100, bottom: 140, left: 160, right: 160 },
              children,
            }),
          ],
        }),
      ],
    }),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}
