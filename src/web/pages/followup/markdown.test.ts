import { describe, expect, it } from 'vitest';
import { parseRichText } from '../../../followup/richtext';
import { applyFormat } from './markdown';

describe('the report toolbar', () => {
  it('makes the selected words bold, and leaves the cursor between the markers when nothing is selected', () => {
    expect(applyFormat('Vi höll tre möten.', 8, 12, 'bold')).toEqual({
      text: 'Vi höll **tre** möten.',
      start: 10,
      end: 13,
    });
    expect(applyFormat('Vi höll tre möten.', 7, 12, 'bold').text).toBe('Vi höll **tre** möten.');
    expect(applyFormat('Ab', 1, 1, 'bold')).toEqual({ text: 'A****b', start: 3, end: 3 });
  });

  it('turns the line with the cursor into a heading, and back', () => {
    const once = applyFormat('Inledning\nText', 3, 3, 'heading');
    expect(once.text).toBe('## Inledning\nText');
    expect(applyFormat(once.text, 4, 4, 'heading').text).toBe('Inledning\nText');
  });

  it('numbers the selected lines from 1 and makes bullets of them', () => {
    const text = 'Före\nett\ntvå\nEfter';
    const numbered = applyFormat(text, 5, 12, 'numbered');
    expect(numbered.text).toBe('Före\n1. ett\n2. två\nEfter');
    expect(applyFormat(numbered.text, 5, 17, 'bullets').text).toBe('Före\n- ett\n- två\nEfter');
    expect(parseRichText(applyFormat(numbered.text, 5, 17, 'bullets').text).map((b) => b.type)).toEqual([
      'paragraph',
      'list',
      'paragraph',
    ]);
  });

  it('starts a list item on an empty line', () => {
    expect(applyFormat('', 0, 0, 'bullets')).toEqual({ text: '- ', start: 2, end: 2 });
    expect(applyFormat('Text\n', 5, 5, 'numbered').text).toBe('Text\n1. ');
  });
});
