import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FilledRichDoc, markdownToRichDoc, RichDoc, richBlocks, richPlainText, RichTextView } from './index.js';

const t = (text: string, ...marks: ('bold' | 'italic')[]) => ({
  type: 'text' as const,
  text,
  ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}),
});
const p = (...content: ReturnType<typeof t>[]) => ({ type: 'paragraph' as const, content });
const li = (...content: object[]) => ({ type: 'listItem', content });

/** What Tiptap's StarterKit saves for a report with a heading, emphasis, a nested list and a numbered list. */
const tiptap = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [t('Årets arbete')] },
    p(t('Vi har '), t('genomfört', 'bold'), t(' tre '), t('utbildningar', 'bold', 'italic'), t('.')),
    {
      type: 'bulletList',
      content: [
        li(p(t('Lärcentra')), { type: 'bulletList', content: [li(p(t('Sveg'))), li(p(t('Strömsund')))] }),
        li(p(t('FoU'))),
      ],
    },
    { type: 'orderedList', attrs: { start: 1, type: null }, content: [li(p(t('Första'))), li(p(t('Andra')))] },
    { type: 'paragraph', content: [t('Rad ett'), { type: 'hardBreak' }, t('rad två')] },
    { type: 'paragraph' },
  ],
};

describe('the rich-text contract', () => {
  it('takes what the editor saves', () => {
    expect(RichDoc.parse(tiptap)).toEqual(tiptap);
    expect(FilledRichDoc.safeParse(tiptap).success).toBe(true);
  });
  it('stores nothing but the allowed nodes, marks and attributes', () => {
    const bad = [
      // a link, an underline, a colour
      { type: 'doc', content: [p({ ...t('x'), marks: [{ type: 'link', attrs: { href: 'javascript:x' } }] } as never)] },
      { type: 'doc', content: [p({ ...t('x'), marks: [{ type: 'underline' }] } as never)] },
      { type: 'doc', content: [p({ ...t('x'), marks: [{ type: 'bold', attrs: { color: 'red' } }] } as never)] },
      // an image, a code block, raw HTML, a level-4 heading, an attribute on a paragraph, an unknown key
      { type: 'doc', content: [{ type: 'image', attrs: { src: 'http://x' } }] },
      { type: 'doc', content: [{ type: 'codeBlock', content: [t('x')] }] },
      { type: 'doc', content: [{ type: 'html', value: '<b>x</b>' }] },
      { type: 'doc', content: [{ type: 'heading', attrs: { level: 4 }, content: [t('x')] }] },
      { type: 'doc', content: [{ type: 'paragraph', attrs: { textAlign: 'center' }, content: [t('x')] }] },
      { type: 'doc', content: [{ ...p(t('x')), html: '<b>x</b>' }] },
      // a string (the old Markdown), an empty text node
      '# Rubrik',
      { type: 'doc', content: [p(t(''))] },
    ];
    for (const b of bad) expect(RichDoc.safeParse(b).success, JSON.stringify(b)).toBe(false);
  });
  it('lets lists nest three levels deep, not four', () => {
    const nest = (depth: number): object =>
      depth === 1
        ? { type: 'bulletList', content: [li(p(t('x')))] }
        : { type: 'bulletList', content: [li(p(t('x')), nest(depth - 1))] };
    expect(RichDoc.safeParse({ type: 'doc', content: [nest(3)] }).success).toBe(true);
    expect(RichDoc.safeParse({ type: 'doc', content: [nest(4)] }).success).toBe(false);
  });
  it('limits the text to 50 000 characters and refuses an empty report', () => {
    expect(RichDoc.safeParse({ type: 'doc', content: [p(t('x'.repeat(50_000)))] }).success).toBe(true);
    expect(RichDoc.safeParse({ type: 'doc', content: [p(t('x'.repeat(50_001)))] }).success).toBe(false);
    expect(FilledRichDoc.safeParse({ type: 'doc', content: [{ type: 'paragraph' }] }).success).toBe(false);
  });
});

describe('reading Markdown into the tree', () => {
  it('reads headings, lists, paragraphs and emphasis, and keeps HTML as text', () => {
    const doc = markdownToRichDoc(
      '# Kompetens\nVi har **genomfört** tre *utbildningar*.\nFortsättning.\n\n- Lärcentra\n- FoU\n\n1. Första\n2. Andra\n\n<script>x</script>',
    );
    expect(RichDoc.parse(doc)).toEqual({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [t('Kompetens')] },
        p(t('Vi har '), t('genomfört', 'bold'), t(' tre '), t('utbildningar', 'italic'), t('. Fortsättning.')),
        { type: 'bulletList', content: [li(p(t('Lärcentra'))), li(p(t('FoU')))] },
        { type: 'orderedList', attrs: { start: 1, type: null }, content: [li(p(t('Första'))), li(p(t('Andra')))] },
        p(t('<script>x</script>')),
      ],
    });
  });
  it('takes "•" bullets, nested lists, and an empty text', () => {
    expect(markdownToRichDoc('• ett\n• två').content[0].type).toBe('bulletList');
    const nested = markdownToRichDoc('- a\n  - b\n    - c\n      - d');
    expect(RichDoc.safeParse(nested).success).toBe(true);
    expect(richPlainText(nested)).toContain('– d');
    expect(markdownToRichDoc('')).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
});

describe('the tree as document blocks and as plain text', () => {
  it('puts the headings below the section, keeps runs and nests lists', () => {
    const blocks = richBlocks(RichDoc.parse(tiptap), 3);
    expect(blocks[0]).toEqual({ type: 'heading', level: 4, text: 'Årets arbete' });
    expect(blocks[1]).toEqual({
      type: 'paragraph',
      runs: [
        { text: 'Vi har ' },
        { text: 'genomfört', bold: true },
        { text: ' tre ' },
        { text: 'utbildningar', bold: true, italic: true },
        { text: '.' },
      ],
    });
    expect(blocks[2]).toEqual({
      type: 'list',
      ordered: false,
      items: [
        {
          runs: [{ text: 'Lärcentra' }],
          sublist: { ordered: false, items: [{ runs: [{ text: 'Sveg' }] }, { runs: [{ text: 'Strömsund' }] }] },
        },
        { runs: [{ text: 'FoU' }] },
      ],
    });
    expect(blocks[3]).toMatchObject({ type: 'list', ordered: true });
    expect(blocks[4]).toEqual({ type: 'paragraph', runs: [{ text: 'Rad ett' }, { text: '\n' }, { text: 'rad två' }] });
    expect(blocks).toHaveLength(5); // the empty paragraph is not drawn
  });
  it('reads a Markdown string the same way', () => {
    expect(richBlocks('### Resultat\n\nText', 1)[0]).toEqual({ type: 'heading', level: 2, text: 'Resultat' });
  });
  it('marks a list item once, however many paragraphs it has', () => {
    const doc = RichDoc.parse({
      type: 'doc',
      content: [{ type: 'bulletList', content: [li(p(t('Ett')), p(t('Två')))] }],
    });
    expect(richPlainText(doc)).toBe('– Ett\n  Två');
  });
  it('gives the text without markup', () => {
    expect(richPlainText(RichDoc.parse(tiptap))).toBe(
      'Årets arbete\n\nVi har genomfört tre utbildningar.\n\n– Lärcentra\n  – Sveg\n  – Strömsund\n– FoU\n\n1. Första\n2. Andra\n\nRad ett rad två',
    );
  });
});

describe('the tree on the page', () => {
  it('is real headings, paragraphs, lists and emphasis, below the page’s heading level', () => {
    const html = renderToStaticMarkup(createElement(RichTextView, { doc: RichDoc.parse(tiptap), headingLevel: 4 }));
    expect(html).toContain('<h4>Årets arbete</h4>');
    expect(html).toContain('<strong>genomfört</strong>');
    expect(html).toContain('<strong><em>utbildningar</em></strong>');
    expect(html).toMatch(/<ul><li>Lärcentra<ul><li>Sveg<\/li><li>Strömsund<\/li><\/ul><\/li><li>FoU<\/li><\/ul>/);
    expect(html).toContain('<ol><li>Första</li><li>Andra</li></ol>');
    expect(html).toContain('Rad ett<br/>rad två');
  });
  it('shows text that looks like HTML as text', () => {
    const doc = markdownToRichDoc('<img src=x onerror=alert(1)>\n\nEn <b>fet</b> text');
    const html = renderToStaticMarkup(createElement(RichTextView, { doc }));
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
