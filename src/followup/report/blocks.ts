import { svgSize } from '../../assessments/report/raster.js';
import { svgSummary } from '../../assessments/report/svg.js';
import { parseRichText, type Run } from '../richtext.js';
import { stackedBarSvg, type StackedChart } from './chart.js';

/** The report as a list of neutral blocks, so that the Word and the PDF document say the same. */
export type { Run };
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
export interface Column {
  title: string;
  /** Relative width. */
  width: number;
  align?: 'left' | 'right';
}
export type Block =
  | { type: 'title'; text: string; subtitle: string }
  | { type: 'heading'; level: HeadingLevel; text: string }
  | { type: 'paragraph'; runs: Run[]; style?: 'note' }
  | { type: 'fields'; rows: [string, string][] }
  | { type: 'list'; ordered: boolean; items: Run[][] }
  | { type: 'table'; columns: Column[]; rows: string[][] }
  | { type: 'figure'; svg: string; width: number; height: number; title: string; alt: string; caption: string }
  | { type: 'pageBreak' };

export const heading = (level: HeadingLevel, text: string): Block => ({ type: 'heading', level, text });
export const para = (text: string, style?: 'note'): Block => ({ type: 'paragraph', runs: [{ text }], style });
export const fields = (rows: [string, string][]): Block => ({ type: 'fields', rows });
export const table = (columns: Column[], rows: string[][]): Block => ({ type: 'table', columns, rows });

/**
 * Restricted Markdown (an activity report, a valuation, a decision) as blocks; its headings go
 * below the section's own level, so the text's top heading under a level-3 heading becomes level 4.
 */
export function rich(source: string, below: HeadingLevel): Block[] {
  const blocks = parseRichText(source);
  // A text whose top heading is ### still starts right below the section.
  const top = Math.min(3, ...blocks.map((b) => (b.type === 'heading' ? b.level : 3)));
  return blocks.map((b): Block => {
    if (b.type === 'heading')
      return {
        type: 'heading',
        level: Math.min(6, below + 1 + b.level - top) as HeadingLevel,
        text: b.runs.map((r) => r.text).join(''),
      };
    if (b.type === 'list') return { type: 'list', ordered: b.ordered, items: b.items };
    return { type: 'paragraph', runs: b.runs };
  });
}

/** Plain text kept as written: a paragraph per blank-line-separated part. */
export const plain = (source: string): Block[] =>
  source
    .split(/\r?\n\s*\r?\n/)
    .map((s) => s.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter(Boolean)
    .map((s) => para(s));

export function figure(chart: StackedChart, caption: string): Block {
  const svg = stackedBarSvg(chart);
  const { width, height } = svgSize(svg);
  const { title, desc } = svgSummary(svg);
  return { type: 'figure', svg, width, height, title, alt: desc, caption };
}

/** "Label: " for a field. */
export const fieldLabel = (k: string): string => `${k}: `;
