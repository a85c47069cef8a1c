import { createElement, Fragment, type ReactNode } from 'react';
import type { RichDoc, RichInline, RichList } from './schema.js';

/**
 * The rich-text tree as React elements: the page's rendering of the very tree Word and PDF draw. Only the
 * contract's nodes become elements, each text a text node, so nothing is ever read as HTML.
 * `headingLevel` is the HTML level of the text's top heading, so the text sits under the page's headings;
 * `classNames` lets the web app style the parts without this module knowing the component library.
 */
export interface RichTextViewProps {
  doc: RichDoc;
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  classNames?: Partial<Record<'root' | 'heading' | 'paragraph' | 'list', string>>;
}

function inline(content: RichInline[] | undefined): ReactNode {
  return (content ?? []).map((n, i) => {
    if (n.type === 'hardBreak') return createElement('br', { key: i });
    let node: ReactNode = n.text;
    if (n.marks?.some((m) => m.type === 'italic')) node = createElement('em', null, node);
    if (n.marks?.some((m) => m.type === 'bold')) node = createElement('strong', null, node);
    return createElement(Fragment, { key: i }, node);
  });
}

function list(l: RichList, key: number, className?: string): ReactNode {
  const ordered = l.type === 'orderedList';
  const start = ordered ? l.attrs?.start : undefined;
  return createElement(
    ordered ? 'ol' : 'ul',
    { key, className, ...(start != null && start !== 1 ? { start } : {}) },
    l.content.map((li, j) =>
      createElement(
        'li',
        { key: j },
        li.content.map((c, k) =>
          c.type === 'paragraph'
            ? createElement(Fragment, { key: k }, k > 0 ? createElement('br') : null, inline(c.content))
            : list(c, k, className),
        ),
      ),
    ),
  );
}

export function RichTextView({ doc, headingLevel = 4, classNames = {} }: RichTextViewProps) {
  const levels = doc.content.flatMap((b) => (b.type === 'heading' ? [b.attrs.level] : []));
  const top = Math.min(3, ...levels);
  return createElement(
    'div',
    { className: classNames.root },
    doc.content.map((b, i) => {
      if (b.type === 'heading') {
        const level = Math.min(6, headingLevel + b.attrs.level - top);
        return createElement(`h${level}`, { key: i, className: classNames.heading }, inline(b.content));
      }
      if (b.type === 'paragraph')
        return b.content?.length
          ? createElement('p', { key: i, className: classNames.paragraph }, inline(b.content))
          : null;
      return list(b, i, classNames.list);
    }),
  );
}
