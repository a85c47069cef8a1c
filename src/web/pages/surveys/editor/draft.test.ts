import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Key, SectionInput, type Section } from '../../../../surveys/contract';
import type { TFunction } from 'i18next';
import * as D from './draft';
import { describePath } from './paths';

const scaleId = '00000000-0000-4000-8000-000000000001';
const saved: Section[] = [
  {
    key: 'verksamhet',
    title: { sv: 'Verksamhet', en: 'Activities' },
    questions: [
      {
        key: 'q1',
        type: 'single_choice',
        text: { sv: 'Fullföljt?', en: 'Completed?' },
        help: null,
        required: true,
        scaleId,
        options: [],
      },
      {
        key: 'q2',
        type: 'multiple_choice',
        text: { sv: 'Vilka?', en: 'Which?' },
        help: { sv: 'Välj', en: 'Choose' },
        required: false,
        options: [
          { code: 'a', label: { sv: 'A', en: 'A' } },
          { code: 'b', label: { sv: 'B', en: 'B' } },
        ],
        maxSelected: 2,
      },
      {
        key: 'q3',
        type: 'matrix',
        text: { sv: 'Hur?', en: 'How?' },
        help: null,
        required: false,
        scaleId,
        options: [],
        statements: [{ key: 'p1', text: { sv: 'Bra', en: 'Good' } }],
      },
    ],
  },
  {
    key: 'ovrigt',
    title: { sv: 'Övrigt', en: 'Other' },
    questions: [
      { key: 'q4', type: 'rating', text: { sv: 'Betyg', en: 'Grade' }, help: null, required: false, max: 7 },
      { key: 'q5', type: 'short_text', text: { sv: 'Namn', en: 'Name' }, help: null, required: false, maxLength: 80 },
      {
        key: 'q6',
        type: 'long_text',
        text: { sv: 'Synpunkter', en: 'Views' },
        help: null,
        required: false,
        maxLength: 4000,
      },
    ],
  },
];

describe('the questionnaire editor’s draft', () => {
  it('reads saved sections and writes them back as the contract takes them', () => {
    const input = z.array(SectionInput).parse(D.toInput(D.fromSections(saved)));
    expect(input.map((s) => s.key)).toEqual(['verksamhet', 'ovrigt']);
    expect(input[0].questions[1]).toEqual({
      key: 'q2',
      type: 'multiple_choice',
      text: { sv: 'Vilka?', en: 'Which?' },
      help: { sv: 'Välj', en: 'Choose' },
      required: false,
      options: saved[0].questions[1].type === 'multiple_choice' ? saved[0].questions[1].options : [],
      maxSelected: 2,
    });
    expect(input[0].questions[2]).toMatchObject({
      type: 'matrix',
      scaleId,
      statements: [{ key: 'p1', text: { sv: 'Bra', en: 'Good' } }],
    });
    expect(input[1].questions.map((q) => ('max' in q ? q.max : 'maxLength' in q ? q.maxLength : null))).toEqual([
      7, 80, 4000,
    ]);
  });

  it('makes codes the Key contract accepts from Swedish wording', () => {
    for (const label of ['Ja, till stor del', 'Överens – i stort sett', 'Mycket nöjd!', 'Café ÅÄÖ', 'x'.repeat(80)]) {
      const code = D.codeFrom(label);
      expect(Key.safeParse(code).success, `${label} → ${code}`).toBe(true);
    }
    expect(D.codeFrom('Ja, till stor del')).toBe('ja_till_stor_del');
    expect(D.codeFrom('Överens')).toBe('overens');
    expect(D.codeFrom('!!!')).toBe('');
  });

  it('keys a new question by its place in the whole questionnaire, skipping taken ones', () => {
    const sections = D.fromSections(saved);
    const next = D.addQuestion(sections, 0);
    expect(next[0].questions[3].key).toBe('q7');
    const empty = D.addQuestion(D.addSection([]), 0);
    expect(empty[0].questions[0].key).toBe('q1');
    expect(D.addQuestion(empty, 0)[0].questions[1].key).toBe('q2');
  });

  it('follows the Swedish label with the code until the author writes their own', () => {
    let options = D.fromSections(saved)[0].questions[0].options; // a blank question's two options
    options = D.setOptionSv(options, 0, 'Ja');
    options = D.setOptionSv(options, 1, 'Ja');
    expect(options.map((o) => o.code)).toEqual(['ja', 'ja_2']);
    options = options.map((o, i) => (i === 0 ? { ...o, code: 'yes', codeAuto: false } : o));
    expect(D.setOptionSv(options, 0, 'Nej')[0].code).toBe('yes');
  });

  it('moves a question past the edge of its section into the next one', () => {
    const sections = D.fromSections(saved);
    const down = D.moveQuestion(sections, 0, 2, 1)!;
    expect(down.sections.map((s) => s.questions.map((q) => q.key))).toEqual([
      ['q1', 'q2'],
      ['q3', 'q4', 'q5', 'q6'],
    ]);
    expect([down.si, down.qi]).toEqual([1, 0]);
    const up = D.moveQuestion(down.sections, 1, 0, -1)!;
    expect(up.sections.map((s) => s.questions.map((q) => q.key))).toEqual([
      ['q1', 'q2', 'q3'],
      ['q4', 'q5', 'q6'],
    ]);
    expect(D.moveQuestion(sections, 0, 0, -1)).toBeNull();
    expect(D.canMoveQuestion(sections, 1, 2, 1)).toBe(false);
  });

  it('marks keys used twice at the repeat', () => {
    const sections = D.fromSections(saved);
    sections[1].questions[0].key = 'q1';
    sections[0].questions[1].options[1].code = 'a';
    expect(D.duplicateKeys(sections)).toEqual(['sections.1.questions.0.key', 'sections.0.questions.1.options.1.code']);
  });

  it('gives a text question its type’s usual length when the type changes', () => {
    const q = D.blankQuestion('short_text', 'q1');
    expect(D.withType(q, 'long_text').maxLength).toBe('4000');
    expect(D.withType({ ...q, maxLength: '300' }, 'long_text').maxLength).toBe('300');
  });

  it('sends no help text when both languages are empty', () => {
    const s = D.addQuestion(D.addSection([]), 0, 'short_text');
    expect((D.toInput(s)[0] as { questions: { help: unknown }[] }).questions[0].help).toBeNull();
  });
});

describe('where an error is, in words', () => {
  const t = ((key: string, o?: Record<string, unknown>) =>
    o ? `${key}(${Object.values(o).join(',')})` : key) as unknown as TFunction;
  const numberOf = (si: number, qi: number) => si * 10 + qi + 1;
  it.each([
    ['title.en', 'questionnaires.form.titleEn'],
    ['sections.1.title.sv', 'questionnaireEditor.where.section(2) – questionnaireEditor.section.titleSv'],
    ['sections.1.questions', 'questionnaireEditor.where.section(2)'],
    ['sections.1.questions.2.help.en', 'questionnaireEditor.where.question(13) – questionnaireEditor.question.helpEn'],
    [
      'sections.0.questions.0.options.2.code',
      'questionnaireEditor.where.question(1) – questionnaireEditor.list.optionCode(3)',
    ],
    [
      'sections.0.questions.0.statements.0.text.sv',
      'questionnaireEditor.where.question(1) – questionnaireEditor.list.statementSv(1)',
    ],
    ['options.1.label.en', 'questionnaireEditor.list.optionEn(2)'],
    ['name.sv', 'surveyScales.nameSv'],
  ])('%s', (path, words) => expect(describePath(path, t, numberOf)).toBe(words));
});
