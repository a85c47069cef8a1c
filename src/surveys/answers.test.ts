import { describe, expect, it } from 'vitest';
import { checkAnswer, mergeAnswers, numbered, requireAnswers } from './answers.js';
import { builtinScales, templates } from './template.js';
import type { Question, Section } from './contract.js';

const scales = new Map(
  builtinScales.map((s) => [s.key, { id: '00000000-0000-4000-8000-000000000001', options: s.options }]),
);
const seed = templates[0].sections(scales);
const extra: Section = {
  key: 'extra',
  title: { sv: 'Extra', en: 'Extra' },
  questions: [
    {
      key: 'many',
      type: 'multiple_choice',
      text: { sv: 'Flera', en: 'Many' },
      help: null,
      required: false,
      maxSelected: 2,
      options: [
        { code: 'a', label: { sv: 'A', en: 'A' } },
        { code: 'b', label: { sv: 'B', en: 'B' } },
        { code: 'c', label: { sv: 'C', en: 'C' } },
      ],
    },
    {
      key: 'grid',
      type: 'matrix',
      text: { sv: 'Rutnät', en: 'Grid' },
      help: null,
      required: true,
      scaleId: null,
      options: builtinScales[1].options,
      statements: [
        { key: 's1', text: { sv: 'Ett', en: 'One' } },
        { key: 's2', text: { sv: 'Två', en: 'Two' } },
      ],
    },
    { key: 'stars', type: 'rating', text: { sv: 'Betyg', en: 'Rating' }, help: null, required: false, max: 5 },
    { key: 'short', type: 'short_text', text: { sv: 'Kort', en: 'Short' }, help: null, required: false, maxLength: 10 },
  ],
};
const sections = [...seed, extra];
const q = (key: string) => numbered(sections).find((x) => x.q.key === key)!;
const check = (key: string, v: unknown) => checkAnswer(q(key).q as Question, q(key).number, v as never);
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return {
      code: (e as { code: string }).code,
      details: (e as { details: Record<string, unknown> }).details,
      message: (e as Error).message,
    };
  }
  return null;
};

describe('answers', () => {
  it('numbers the seed questionnaire 1–6 across its two sections', () => {
    expect(numbered(seed).map((x) => `${x.number}:${x.q.key}`)).toEqual([
      '1:q1',
      '2:q2',
      '3:q3',
      '4:q4',
      '5:q5',
      '6:q6',
    ]);
  });

  it('accepts an option of the question and refuses one outside it, naming the question', () => {
    expect(check('q1', 'largely')).toBe('largely');
    const e = codeOf(() => check('q2', 'largely'));
    expect(e?.code).toBe('survey.answer_invalid');
    expect(e?.details).toMatchObject({ field: 'answers.q2', question: '2', reason: 'option' });
    expect(e?.message).toContain('Question 2');
  });

  it('checks multiple choice (options, maximum), matrix (statements and options), rating range and text length', () => {
    expect(check('many', ['c', 'a', 'a'])).toEqual(['a', 'c']);
    expect(codeOf(() => check('many', ['a', 'b', 'c']))?.details).toMatchObject({ reason: 'too_many' });
    expect(codeOf(() => check('many', ['x']))?.details).toMatchObject({ reason: 'option' });
    expect(check('grid', { s1: 'satisfied' })).toEqual({ s1: 'satisfied' });
    expect(codeOf(() => check('grid', { s3: 'satisfied' }))?.details).toMatchObject({ reason: 'statement' });
    expect(codeOf(() => check('grid', { s1: 'yes' }))?.details).toMatchObject({ reason: 'option' });
    expect(check('stars', 5)).toBe(5);
    expect(codeOf(() => check('stars', 6))?.details).toMatchObject({ reason: 'range' });
    expect(codeOf(() => check('stars', 2.5))?.details).toMatchObject({ reason: 'range' });
    expect(check('short', '  tio tecken ')).toBe('tio tecken');
    expect(codeOf(() => check('short', 'elva tecken'))?.details).toMatchObject({
      reason: 'too_long',
      field: 'answers.short',
    });
    expect(codeOf(() => check('q6', 42))?.details).toMatchObject({ reason: 'type' });
  });

  it('merges saved answers, clearing with null or empty text, and refuses unknown questions', () => {
    const merged = mergeAnswers(sections, { q1: 'yes', q6: 'Mer tid' }, { q1: 'largely', q6: '  ', q2: 'satisfied' });
    expect(merged).toEqual({ q1: 'largely', q2: 'satisfied' });
    expect(mergeAnswers(sections, merged, { q2: null })).toEqual({ q1: 'largely' });
    expect(codeOf(() => mergeAnswers(sections, {}, { q99: 'x' }))?.details).toMatchObject({
      reason: 'unknown_question',
    });
  });

  it('requires every required question, and every statement of a required matrix', () => {
    const e = codeOf(() => requireAnswers(seed, { q1: 'yes', q2: 'satisfied' }));
    expect(e?.code).toBe('survey.answer_required');
    expect(e?.details).toMatchObject({ question: '3, 4, 5', keys: ['q3', 'q4', 'q5'], field: 'answers.q3' });
    expect(
      codeOf(() =>
        requireAnswers(seed, {
          q1: 'yes',
          q2: 'satisfied',
          q3: 'satisfied',
          q4: 'dissatisfied',
          q5: 'mostly_satisfied',
        }),
      ),
    ).toBeNull();
    expect(codeOf(() => requireAnswers([extra], { grid: { s1: 'satisfied' } }))?.details).toMatchObject({
      keys: ['grid'],
    });
  });
});
