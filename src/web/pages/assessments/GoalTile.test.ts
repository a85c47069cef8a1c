import { describe, expect, it } from 'vitest';
import { SDG_COLORS } from './goals';
import { textOn } from './GoalTile';

const lum = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const ratio = (a: string, b: string) => {
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

describe('goal tiles (issue 10 item 17)', () => {
  it('write every goal number in a text colour that meets AA on the goal colour (4.5:1, more than the 3:1 its large bold size needs)', () => {
    for (const [code, bg] of Object.entries(SDG_COLORS)) {
      expect(ratio(textOn(bg), bg), `goal ${code}`).toBeGreaterThanOrEqual(4.5);
    }
  });
  it('pick dark text on light goal colours (yellow, light blue) and white on dark ones', () => {
    expect(textOn(SDG_COLORS['7'])).not.toBe('#ffffff');
    expect(textOn(SDG_COLORS['17'])).toBe('#ffffff');
  });
});
