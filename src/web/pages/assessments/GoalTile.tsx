import { SDG_COLORS } from './goals';

/** Relative luminance of a #rrggbb colour (WCAG 2.1). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
const DARK = '#1a1b1e';

/** White or dark text on a goal's colour, whichever contrasts more (AA needs 4.5:1 for normal text). */
export function textOn(background: string): string {
  const bg = luminance(background);
  return contrast(bg, 1) >= contrast(bg, luminance(DARK)) ? '#ffffff' : DARK;
}

/**
 * An Agenda 2030 goal's number in a tile of its official colour (the goal's "icon"). The number and
 * name are always written next to it, so the colour is never the only way to tell goals apart.
 */
export function GoalTile({ code, color }: { code: string; color?: string | null }) {
  const bg = SDG_COLORS[code] ?? color ?? '#495057';
  return (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        flex: '0 0 auto',
        width: 36,
        height: 36,
        borderRadius: 4,
        background: bg,
        color: textOn(bg),
        fontWeight: 700,
        fontSize: 19,
        lineHeight: 1,
      }}
    >
      {code}
    </span>
  );
}
