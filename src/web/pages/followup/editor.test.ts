import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { markdownToRichDoc, RichDoc } from '../../../documents/richtext/index';
import { editorExtensions } from './editor-extensions';
import { isOrderedMarker, nestLists } from './word-paste';

describe('the report editor', () => {
  const schema = getSchema(editorExtensions);
  it('can make only what the rich-text contract stores', () => {
    expect(Object.keys(schema.nodes).sort()).toEqual(
      ['bulletList', 'doc', 'hardBreak', 'heading', 'listItem', 'orderedList', 'paragraph', 'text'].sort(),
    );
    expect(Object.keys(schema.marks).sort()).toEqual(['bold', 'italic']);
  });
  it('reads a stored report and saves it back unchanged and valid', () => {
    const stored = markdownToRichDoc('# Rubrik\n\nText med **fet** och *kursiv*.\n\n- a\n  1. b\n\n1. c');
    const saved = schema.nodeFromJSON(stored).toJSON();
    expect(RichDoc.parse(saved)).toEqual(RichDoc.parse(stored));
  });
});

describe('pasting lists from Word', () => {
  it('tells numbers from bullets', () => {
    for (const m of ['1.', '12)', 'a.', 'iv.', '(2)']) expect(isOrderedMarker(m), m).toBe(true);
    for (const m of ['·', 'o', '§', '–', '']) expect(isOrderedMarker(m), m).toBe(false);
  });
  it('nests Word’s list paragraphs by level into real lists', () => {
    expect(
      nestLists([
        { level: 1, ordered: true, html: 'Ett' },
        { level: 2, ordered: false, html: 'a' },
        { level: 2, ordered: false, html: 'b' },
        { level: 1, ordered: true, html: 'Två' },
      ]),
    ).toBe('<ol><li><p>Ett</p><ul><li><p>a</p></li><li><p>b</p></li></ul></li><li><p>Två</p></li></ol>');
    expect(
      nestLists([
        { level: 1, ordered: false, html: 'x' },
        { level: 1, ordered: true, html: 'y' },
      ]),
    ).toBe('<ul><li><p>x</p></li></ul><ol><li><p>y</p></li></ol>');
  });
});
