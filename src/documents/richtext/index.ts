/**
 * Rich text, the part of the documents module the browser also loads: the contract (a restricted
 * ProseMirror/Tiptap tree), the React view of it, reading Markdown into it, and its plain text.
 */
export { RichDoc, FilledRichDoc, RichBlock, richStats, richTextLimits, emptyDoc } from './schema.js';
export type { RichInline, RichList } from './schema.js';
export { markdownToRichDoc } from './from-markdown.js';
export { richBlocks, richPlainText, richRuns } from './to-blocks.js';
export { RichTextView, type RichTextViewProps } from './RichTextView.js';
