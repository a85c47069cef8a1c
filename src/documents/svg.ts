/** Small helpers for building SVG as strings. */
export const FONT = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

export const esc = (s: string | number): string =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const r1 = (n: number): number => Math.round(n * 10) / 10;

export interface TextOptions {
  size?: number;
  weight?: 'normal' | 'bold';
  anchor?: 'start' | 'middle' | 'end';
  fill?: string;
  opacity?: number;
  extra?: string;
}

export function text(x: number, y: number, content: string, o: TextOptions = {}): string {
  const attrs = [
    `x="${r1(x)}"`,
    `y="${r1(y)}"`,
    `font-size="${o.size ?? 14}"`,
    o.weight === 'bold' ? 'font-weight="bold"' : '',
    `text-anchor="${o.anchor ?? 'start'}"`,
    `fill="${o.fill ?? '#1f2328'}"`,
    o.opacity !== undefined ? `opacity="${o.opacity}"` : '',
    o.extra ?? '',
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${esc(content)}</text>`;
}

/** Wraps text into at most `maxLines` lines of about `perLine` characters, ending with … when cut. */
export function wrap(s: string, perLine: number, maxLines: number): string[] {
  const words = s
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => {
      const parts: string[] = [];
      while (w.length > perLine) {
        parts.push(`${w.slice(0, perLine - 1)}-`);
        w = w.slice(perLine - 1);
      }
      return [...parts, w];
    });
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (next.length <= perLine || !line) line = next;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  const cut = lines.slice(0, maxLines).map((l) => (l.length > perLine ? `${l.slice(0, perLine - 1)}…` : l));
  if (lines.length > maxLines) {
    const last = cut[maxLines - 1];
    cut[maxLines - 1] = `${last.slice(0, Math.max(1, perLine - 1)).replace(/…$/, '')}…`;
  }
  return cut;
}

export const svgDocument = (
  width: number,
  height: number,
  title: string,
  desc: string,
  body: string[],
  id: string,
): string =>
  [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${esc(FONT)}">`,
    `<title id="${id}-title">${esc(title)}</title>`,
    `<desc id="${id}-desc">${esc(desc)}</desc>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    ...body,
    '</svg>',
  ].join('\n');

const unesc = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The <title> and <desc> of an SVG, as plain text for alt texts. */
export function svgSummary(svg: string): { title: string; desc: string } {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/.exec(svg)?.[1] ?? '';
  const desc = /<desc[^>]*>([\s\S]*?)<\/desc>/.exec(svg)?.[1] ?? '';
  return { title: unesc(title), desc: unesc(desc) };
}
