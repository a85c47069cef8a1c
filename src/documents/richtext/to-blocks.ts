import type { Block, HeadingLevel, ListItem, Run } from '../blocks.js';
import { markdownToRichDoc } from './from-markdown.js';
import type { RichBlock, RichDoc, RichInline, RichList } from './schema.js';

/** The rich-text tree as document blocks, so Word and PDF draw exactly what the page shows. */
export function richRuns(content: RichInline[] | undefined): Run[] {
  const runs: Run[] = [];
  for (const n of content ?? []) {
    if (n.type === 'hardBreak') {
      runs.push({ text: '\n' });
      continue;
    }
    const bold = n.marks?.some((m) => m.type === 'bold') || undefined;
    const italic = n.marks?.some((m) => m.type === 'italic') || undefined;
    runs.push({ text: n.text, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}) });
  }
  return runs;
}

const plainOf = (content: RichInline[] | undefined) =>
  (content ?? []).map((n) => (n.type === 'text' ? n.text : ' ')).join('');

function items(l: RichList): ListItem[] {
  return l.content.map((li) => {
    const paragraphs = li.content.filter((c) => c.type === 'paragraph');
    const runs = paragraphs.flatMap((p, i) => [...(i ? [{ text: '\n' }] : []), ...richRuns(p.content)]);
    const nested = li.content.find((c) => c.type !== 'paragraph') as RichList | undefined;
    return {
      runs,
      ...(nested ? { sublist: { ordered: nested.type === 'orderedList', items: items(nested) } } : {}),
    };
  });
}

/**
 * A rich text's blocks, its headings placed below the section's own level: a text whose top heading is a
 * level-1 heading, under a level-3 section heading, starts at level 4 (a text that starts at level 2 too).
 * A Markdown string (texts not yet written in the editor) is read into the tree first.
 */
export function richBlocks(source: RichDoc | string, below: HeadingLevel): Block[] {
  const doc = typeof source === 'string' ? markdownToRichDoc(source) : source;
  const levels = doc.content.flatMap((b) => (b.type === 'heading' ? [b.attrs.level] : []));
  const top = Math.min(3, ...levels);
  return doc.content.flatMap((b: RichBlock): Block[] => {
    if (b.type === 'heading')
      return [
        {
          type: 'heading',
          level: Math.min(6, below + 1 + b.attrs.level - top) as HeadingLevel,
          text: plainOf(b.content),
        },
      ];
    if (b.type === 'paragraph') return b.content?.length ? [{ type: 'paragraph', runs: richRuns(b.content) }] : [];
    return [{ type: 'list', ordered: b.type === 'orderedList', items: items(b) }];
  });
}

/** The text without markup (a CSV cell, a search, a stale-edit comparison): blocks by blank lines, items by "–". */
export function richPlainText(source: RichDoc | string): string {
  const doc = typeof source === 'string' ? markdownToRichDoc(source) : source;
  const list = (l: RichList, depth: number): string =>
    l.content
      .map((li, i) => {
        const mark = l.type === 'orderedList' ? `${(l.attrs?.start ?? 1) + i}.` : '–';
        // The mark before the item's first paragraph; its further paragraphs line up under the text.
        const pad = '  '.repeat(depth);
        return li.content
          .map((c, j) =>
            c.type === 'paragraph'
              ? `${pad}${j ? ' '.repeat(mark.length) : mark} ${plainOf(c.content)}`
              : list(c, depth + 1),
          )
          .join('\n');
      })
      .join('\n');
  return doc.content
    .map((b) => (b.type === 'paragraph' || b.type === 'heading' ? plainOf(b.content) : list(b, 0)))
    .filter((s) => s.trim())
    .join('\n\n');
}
