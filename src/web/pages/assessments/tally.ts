import type { GoalTally } from '../../../assessments/contract';

/** "+2 −1" (and "?1" for knowledge gaps): a cell says it in text, never by colour alone. */
export function tallyText(g: GoalTally | undefined): string {
  if (!g || g.positive + g.negative + g.unknown === 0) return '–';
  return [g.positive ? `+${g.positive}` : '', g.negative ? `−${g.negative}` : '', g.unknown ? `?${g.unknown}` : '']
    .filter(Boolean)
    .join(' ');
}

/** Net impact as text with a real minus sign. */
export const netText = (net: number) => (net > 0 ? `+${net}` : net < 0 ? `−${-net}` : '0');
