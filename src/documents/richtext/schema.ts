import { z } from 'zod';

/**
 * The rich-text contract: a ProseMirror document as the Tiptap editor saves it (`editor.getJSON()`),
 * restricted to what a report needs and every document can draw — paragraphs, headings 1–3, bullet and
 * numbered lists (nested three deep), bold, italic and line breaks. Every object is strict, so no other
 * node, mark or attribute (a link, an image, a colour, raw HTML) can ever be stored.
 *
 * The nesting is spelled out level by level rather than recursive: the contract stays a plain JSON
 * Schema in the OpenAPI document, and a hostile tree cannot nest without end.
 */
export const richTextLimits = { text: 50_000, nodes: 5_000 } as const;

const Mark = z.union([
  z.object({ type: z.literal('bold') }).strict(),
  z.object({ type: z.literal('italic') }).strict(),
]);
export const TextNode = z
  .object({
    type: z.literal('text'),
    text: z.string().min(1),
    marks: z.array(Mark).max(2).optional(),
  })
  .strict();
const HardBreak = z.object({ type: z.literal('hardBreak') }).strict();
const Inline = z.union([TextNode, HardBreak]);
const Inlines = z.array(Inline).optional();

export const Paragraph = z.object({ type: z.literal('paragraph'), content: Inlines }).strict();
export const Heading = z
  .object({
    type: z.literal('heading'),
    attrs: z.object({ level: z.union([z.literal(1), z.literal(2), z.literal(3)]) }).strict(),
    content: Inlines,
  })
  .strict();

/** Tiptap's orderedList carries its first number and (from pasted HTML) a list-style type, which we ignore. */
const OrderedAttrs = z
  .object({
    start: z.number().int().min(0).max(100_000).optional(),
    type: z.string().max(8).nullable().optional(),
  })
  .strict()
  .optional();

function lists<T extends z.ZodTypeAny>(inner: T) {
  const ListItem = z
    .object({ type: z.literal('listItem'), content: z.array(z.union([Paragraph, inner])).min(1) })
    .strict();
  const Bullet = z.object({ type: z.literal('bulletList'), content: z.array(ListItem).min(1) }).strict();
  const Ordered = z
    .object({ type: z.literal('orderedList'), attrs: OrderedAttrs, content: z.array(ListItem).min(1) })
    .strict();
  return z.union([Bullet, Ordered]);
}
/** Lists nest three levels deep: the innermost items hold paragraphs only. */
const Innermost = z.never();
const List3 = lists(Innermost);
const List2 = lists(List3);
export const List = lists(List2);

export const RichBlock = z.union([Paragraph, Heading, List]);

export interface RichStats {
  text: number;
  nodes: number;
}
/** Counts the text characters and nodes of a tree (for the limits, and to tell an empty text). */
export function richStats(node: unknown, acc: RichStats = { text: 0, nodes: 0 }): RichStats {
  if (!node || typeof node !== 'object') return acc;
  const n = node as { text?: unknown; content?: unknown };
  acc.nodes++;
  if (typeof n.text === 'string') acc.text += n.text.length;
  if (Array.isArray(n.content)) for (const c of n.content) richStats(c, acc);
  return acc;
}

export const RichDoc = z
  .object({ type: z.literal('doc'), content: z.array(RichBlock).max(richTextLimits.nodes) })
  .strict()
  .superRefine((d, ctx) => {
    const s = richStats(d);
    if (s.text > richTextLimits.text)
      ctx.addIssue({ code: 'custom', message: `must be at most ${richTextLimits.text} characters` });
    if (s.nodes > richTextLimits.nodes)
      ctx.addIssue({ code: 'custom', message: `must have at most ${richTextLimits.nodes} parts` });
  })
  .meta({ description: 'Rich text: a ProseMirror (Tiptap) document of the allowed nodes and marks' });
export type RichDoc = z.infer<typeof RichDoc>;
export type RichBlock = z.infer<typeof RichBlock>;
export type RichInline = z.infer<typeof Inline>;
export type RichList = z.infer<typeof List>;

/** A rich text with some written text in it (an empty editor saves a doc with one empty paragraph). */
export const FilledRichDoc = RichDoc.refine((d) => richStats(d).text > 0, { message: 'must not be empty' });

export const emptyDoc = (): RichDoc => ({ type: 'doc', content: [{ type: 'paragraph' }] });
