import { fromMarkdown } from 'mdast-util-from-markdown';
import type { List as MdList, ListItem as MdListItem, Nodes, PhrasingContent, RootContent } from 'mdast';
import type { RichBlock, RichDoc, RichInline } from './schema.js';

/**
 * Markdown (the activity reports' old restricted Markdown, and the texts still written as plain text with
 * Markdown habits) as the rich-text tree, read by a well-kept CommonMark parser (mdast-util-from-markdown)
 * rather than by hand. What the tree cannot hold is kept as text: raw HTML stays visible as written (never
 * interpreted), a link keeps its words, an image its alt text, a block quote its paragraphs.
 */
type Mark = 'bold' | 'italic';
type Inline = RichInline;

function inlines(nodes: PhrasingContent[], marks: Mark[] = []): Inline[] {
  return nodes.flatMap((n): Inline[] => {
    switch (n.type) {
      case 'text':
      case 'inlineCode':
      case 'html':
        return textNode(n.value, marks);
      case 'strong':
        return inlines(n.children, marks.includes('bold') ? marks : [...marks, 'bold']);
      case 'emphasis':
        return inlines(n.children, marks.includes('italic') ? marks : [...marks, 'italic']);
      case 'break':
        return [{ type: 'hardBreak' }];
      case 'link':
      case 'delete':
        return inlines(n.children as PhrasingContent[], marks);
      case 'image':
        return textNode(n.alt ?? '', marks);
      default:
        return [];
    }
  });
}

/** A soft line break inside a paragraph reads as a space, as the old format joined the lines of a paragraph. */
function textNode(value: string, marks: Mark[]): Inline[] {
  const text = value.replace(/[ \t]*\r?\n[ \t]*/g, ' ');
  if (!text) return [];
  return [{ type: 'text', text, ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}) }];
}

/** Neighbouring text nodes with the same marks become one, as ProseMirror itself stores them. */
function merged(xs: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const x of xs) {
    const last = out.at(-1);
    if (x.type === 'text' && last?.type === 'text' && JSON.stringify(last.marks) === JSON.stringify(x.marks))
      out[out.length - 1] = { ...last, text: last.text + x.text };
    else out.push(x);
  }
  return out;
}

const paragraph = (content: Inline[]): RichBlock => {
  const c = merged(content);
  return c.length ? { type: 'paragraph', content: c } : { type: 'paragraph' };
};

const MAX_DEPTH = 3;

function list(l: MdList, depth: number): RichBlock[] {
  const items = l.children.map((item) => listItem(item, depth));
  if (l.ordered) {
    const start = l.start ?? 1;
    // As Tiptap saves a numbered list, so a converted report and one saved by the editor look alike.
    return [{ type: 'orderedList', attrs: { start, type: null }, content: items }] as RichBlock[];
  }
  return [{ type: 'bulletList', content: items }] as RichBlock[];
}

function listItem(item: MdListItem, depth: number) {
  const content = item.children.flatMap((c) => {
    if (c.type === 'list' && depth >= MAX_DEPTH)
      // Deeper than the tree holds: the items become paragraphs of this item, marked with a dash.
      return c.children.flatMap((i) => blocks(i.children, depth).map((b) => prefixed(b)));
    return blocks([c], depth + 1).filter((b) => b.type !== 'heading');
  });
  return { type: 'listItem', content: content.length ? content : [{ type: 'paragraph' }] };
}

function prefixed(b: RichBlock): RichBlock {
  if (b.type !== 'paragraph') return b;
  return paragraph([{ type: 'text', text: '– ' }, ...(b.content ?? [])]);
}

function blocks(nodes: (RootContent | Nodes)[], depth: number): RichBlock[] {
  return nodes.flatMap((n): RichBlock[] => {
    switch (n.type) {
      case 'heading': {
        const content = merged(inlines(n.children));
        const level = Math.min(3, n.depth) as 1 | 2 | 3;
        return [{ type: 'heading', attrs: { level }, ...(content.length ? { content } : {}) }];
      }
      case 'paragraph':
        return [paragraph(inlines(n.children))];
      case 'list':
        return list(n, depth);
      case 'blockquote':
        return blocks(n.children, depth);
      case 'code':
      case 'html':
        return n.value
          .split(/\r?\n\s*\r?\n/)
          .filter((s) => s.trim())
          .map((s) => paragraph(textNode(s.trim(), [])));
      default:
        return [];
    }
  });
}

/** Markdown as a rich-text document; an empty text gives a document with one empty paragraph. */
export function markdownToRichDoc(markdown: string): RichDoc {
  // The old format also took "•" as a bullet; CommonMark does not.
  const source = markdown.replace(/\r\n?/g, '\n').replace(/^(\s*)•\s+/gm, '$1- ');
  const content = blocks(fromMarkdown(source).children, 1);
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] } as RichDoc;
}
