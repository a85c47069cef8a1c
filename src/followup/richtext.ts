/**
 * The activity reports' rich text: a small, safe subset of Markdown that the web, Word and PDF all
 * render from the same blocks. Nothing is ever interpreted as HTML.
 *
 *   # Heading 1 / ## Heading 2 / ### Heading 3
 *   - bullet item (also * or •)
 *   1. numbered item
 *   **bold** and *italic* inside any line
 *   blank line = new paragraph; lines of one paragraph are joined with a space
 */

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}
export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; runs: Run[] }
  | { type: 'paragraph'; runs: Run[] }
  | { type: 'list'; ordered: boolean; items: Run[][] };

/** Inline **bold** and *italic*; an unmatched marker is kept as text. */
export function parseInline(line: string): Run[] {
  const runs: Run[] = [];
  const re = /\*\*(.+?)\*\*|\*(?!\s)(.+?)\*/g;
  let at = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (m.index > at) runs.push({ text: line.slice(at, m.index) });
    if (m[1] !== undefined) runs.push({ text: m[1], bold: true });
    else runs.push({ text: m[2], italic: true });
    at = m.index + m[0].length;
  }
  if (at < line.length) runs.push({ text: line.slice(at) });
  return runs.length ? runs : [{ text: '' }];
}

export function parseRichText(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: Run[][] } | null = null;
  const flush = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', runs: parseInline(paragraph.join(' ')) });
    paragraph = [];
    if (list) blocks.push({ type: 'list', ...list });
    list = null;
  };
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ type: 'heading', level: heading[1].length as 1 | 2 | 3, runs: parseInline(heading[2]) });
      continue;
    }
    const bullet = /^[-*•]\s+(.*)$/.exec(line);
    const numbered = /^\d{1,3}[.)]\s+(.*)$/.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      const ordered = !!numbered && !bullet;
      if (paragraph.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(parseInline(item[1]));
      continue;
    }
    if (list) flush();
    paragraph.push(line);
  }
  flush();
  return blocks;
}

/** The text without markup, e.g. for a CSV cell or a search. */
export const plainText = (blocks: Block[]): string =>
  blocks
    .map((b) =>
      b.type === 'list'
        ? b.items.map((i, n) => `${b.ordered ? `${n + 1}.` : '–'} ${i.map((r) => r.text).join('')}`).join('\n')
        : b.runs.map((r) => r.text).join(''),
    )
    .join('\n\n');
