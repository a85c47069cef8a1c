/**
 * The report editor's toolbar: each button writes the restricted Markdown of src/followup/richtext.ts
 * at the cursor, so a person never needs to know the syntax. Pure, so it is tested without a browser.
 */
export type Format = 'heading' | 'bullets' | 'numbered' | 'bold';

export interface Edit {
  text: string;
  /** The selection after the edit. */
  start: number;
  end: number;
}

const prefixes: Record<Exclude<Format, 'bold'>, RegExp> = {
  heading: /^#{1,3}\s+/,
  bullets: /^[-*•]\s+/,
  numbered: /^\d{1,3}[.)]\s+/,
};

/** Apply a format to the selection (start–end) of `text`. Line formats toggle on the selected lines. */
export function applyFormat(text: string, start: number, end: number, format: Format): Edit {
  if (format === 'bold') {
    const selected = text.slice(start, end);
    // Markers go around the words, not around the spaces a double-click may have taken with them.
    const lead = selected.length - selected.trimStart().length;
    const trail = selected.length - selected.trimEnd().length;
    const s = start + lead;
    const e = Math.max(s, end - trail);
    const inner = text.slice(s, e);
    const next = `${text.slice(0, s)}**${inner}**${text.slice(e)}`;
    return { text: next, start: s + 2, end: e + 2 };
  }
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', Math.max(end - (end > start && text[end - 1] === '\n' ? 1 : 0), start));
  const lineEnd = nl === -1 ? text.length : nl;
  const lines = text.slice(lineStart, lineEnd).split('\n');
  const re = prefixes[format];
  const content = lines.filter((l) => l.trim() !== '');
  const all = content.length > 0 && content.every((l) => re.test(l.trimStart()));
  let n = 0;
  const changed = lines.map((l) => {
    if (l.trim() === '' && lines.length > 1) return l;
    const bare = l
      .trimStart()
      .replace(prefixes.heading, '')
      .replace(prefixes.bullets, '')
      .replace(prefixes.numbered, '');
    if (all) return bare;
    n += 1;
    return `${format === 'heading' ? '## ' : format === 'bullets' ? '- ' : `${n}. `}${bare}`;
  });
  const block = changed.join('\n');
  const next = text.slice(0, lineStart) + block + text.slice(lineEnd);
  const caret = lineStart + block.length;
  return lines.length === 1 ? { text: next, start: caret, end: caret } : { text: next, start: lineStart, end: caret };
}
