import { svgSize } from './raster.js';
import { svgSummary } from './svg.js';

/**
 * The block model every document is written in: a capability describes its document once as blocks,
 * and the one PDF writer and the one Word writer draw the same blocks, so both say the same.
 */

/** A piece of text in one face; `\n` inside a run is a line break within its paragraph. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
export interface Column {
  title: string;
  /** Relative width. */
  width: number;
  align?: 'left' | 'right';
}
/** A list item: its text, and optionally a list nested below it. */
export interface ListItem {
  runs: Run[];
  sublist?: { ordered: boolean; items: ListItem[] };
}
export interface Signatory {
  /** What the person signs as, e.g. "För Region Jämtland Härjedalen". */
  role: string;
  /** The printed name below the line, when known. */
  name?: string;
}

export type Block =
  | { type: 'title'; text: string; subtitle: string }
  | { type: 'heading'; level: HeadingLevel; text: string }
  /** `note`: a muted remark; `question`: the question a section answers, kept with what follows. */
  | { type: 'paragraph'; runs: Run[]; style?: 'note' | 'question' }
  /** Label–value lines, e.g. "Status: Beslutad". */
  | { type: 'fields'; rows: [string, string][] }
  | { type: 'list'; ordered: boolean; items: ListItem[] }
  /** `emphasis[k]` highlights row k (an overdue action, a missing actor). */
  | { type: 'table'; columns: Column[]; rows: string[][]; emphasis?: boolean[] }
  /**
   * A chart or map as SVG with its size (from the viewBox), title, alt text and caption. The PDF draws it
   * as vectors with real text unless `raster` asks for a picture (for drawings svg-to-pdfkit draws poorly);
   * Word always gets a picture.
   */
  | {
      type: 'figure';
      svg: string;
      width: number;
      height: number;
      title: string;
      alt: string;
      caption: string;
      raster?: boolean;
    }
  /** Lines to sign on, side by side in pairs: place and date, then each signatory's line and name. */
  | { type: 'signatures'; placeAndDate?: string; signatories: Signatory[] }
  /**
   * A framed box kept on one page (a protocol's notice-board certificate, an extract's certification): its
   * title, paragraphs, label–value rows and lines to sign on, in that order.
   */
  | { type: 'box'; title?: string; paragraphs?: Run[][]; rows?: [string, string][]; signatories?: Signatory[] }
  | { type: 'pageBreak' };

/** A whole document: metadata, an optional running header, page numbers in the footer, and the blocks. */
export interface DocumentSpec {
  title: string;
  subject?: string;
  author?: string;
  description?: string;
  /** BCP 47, e.g. sv-SE or en-GB: the PDF's /Lang and Word's proofing language. */
  lang: string;
  /**
   * Text at the top of every page but the first (e.g. the document's short title); `\n` starts a new line
   * (at most three lines, e.g. organisation, body and meeting date).
   */
  header?: string;
  /** Text at the right of the header (e.g. "SAMMANTRÄDESPROTOKOLL"); `\n` starts a new line. */
  headerRight?: string;
  /** The header on the first page too (a protocol's every page names its body and date). */
  headerOnFirstPage?: boolean;
  /** Small labelled boxes to initial in, at the left of every page's footer (e.g. "Justerandes signatur"). */
  footerBoxes?: string[];
  /** The footer's page label with `{page}` and `{pages}`, e.g. "Sida {page} av {pages}". */
  pageLabel: string;
  blocks: Block[];
}

export const heading = (level: HeadingLevel, text: string): Block => ({ type: 'heading', level, text });
export const para = (text: string, style?: 'note' | 'question'): Block => ({
  type: 'paragraph',
  runs: [{ text }],
  style,
});
export const fields = (rows: [string, string][]): Block => ({ type: 'fields', rows });
export const table = (columns: Column[], rows: string[][], emphasis?: boolean[]): Block => ({
  type: 'table',
  columns,
  rows,
  ...(emphasis ? { emphasis } : {}),
});
/** A flat list of plain texts or of runs. */
export const list = (ordered: boolean, items: (string | Run[])[]): Block => ({
  type: 'list',
  ordered,
  items: items.map((i) => ({ runs: typeof i === 'string' ? [{ text: i }] : i })),
});
export const pageBreak: Block = { type: 'pageBreak' };
/** A framed box: see the `box` block. */
export const box = (b: Omit<Extract<Block, { type: 'box' }>, 'type'>): Block => ({ type: 'box', ...b });

/** A figure from an SVG made with `svgDocument` (its <title> and <desc> become the title and the alt text). */
export function figure(svg: string, caption: string, o: { raster?: boolean } = {}): Block {
  const { width, height } = svgSize(svg);
  const { title, desc } = svgSummary(svg);
  return { type: 'figure', svg, width, height, title, alt: desc, caption, ...(o.raster ? { raster: true } : {}) };
}

/** Plain text kept as written: a paragraph per blank-line-separated part. */
export const plainParagraphs = (source: string): Block[] =>
  source
    .split(/\r?\n\s*\r?\n/)
    .map((s) => s.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter(Boolean)
    .map((s) => para(s));

/** "Label: " for a field, but "Question? " when the label is a question. */
export const fieldLabel = (k: string): string => (k.endsWith('?') ? `${k} ` : `${k}: `);

/** The page label with its numbers filled in. */
export const pageText = (label: string, page: number | string, pages: number | string): string =>
  label.replace('{page}', String(page)).replace('{pages}', String(pages));
