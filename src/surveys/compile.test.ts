import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compile, percent, responseRates, type CompiledResponse } from './compile.js';
import { numbered } from './answers.js';
import { builtinScales, templates } from './template.js';
import type { Answers, Question } from './contract.js';

const scales = new Map(
  builtinScales.map((s) => [s.key, { id: '00000000-0000-4000-8000-000000000001', options: s.options }]),
);
const questions = numbered(templates[0].sections(scales)).map((x) => x.q);
const extra: Question[] = [
  {
    key: 'many',
    type: 'multiple_choice',
    text: { sv: 'F', en: 'M' },
    help: null,
    required: false,
    maxSelected: null,
    options: [
      { code: 'a', label: { sv: 'A', en: 'A' } },
      { code: 'b', label: { sv: 'B', en: 'B' } },
    ],
  },
  {
    key: 'grid',
    type: 'matrix',
    text: { sv: 'R', en: 'G' },
    help: null,
    required: false,
    scaleId: null,
    options: builtinScales[1].options,
    statements: [
      { key: 's1', text: { sv: '1', en: '1' } },
      { key: 's2', text: { sv: '2', en: '2' } },
    ],
  },
  { key: 'stars', type: 'rating', text: { sv: 'B', en: 'R' }, help: null, required: false, max: 3 },
];
const fou = { bodyId: 'b-fou', bodyName: 'FoU-rådet' };
const buz = { bodyId: 'b-buz', bodyName: 'BUZ' };

describe('percent', () => {
  it('has one decimal, rounds half up and gives 0 of nothing', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(1, 8)).toBe(12.5);
    expect(percent(0, 0)).toBe(0);
    expect(percent(5, 5)).toBe(100);
  });
});

describe('compile', () => {
  const responses: CompiledResponse[] = [
    {
      ...fou,
      answers: {
        q1: 'yes',
        q2: 'satisfied',
        q6: 'Mer tid för förankring',
        many: ['a', 'b'],
        grid: { s1: 'satisfied', s2: 'dissatisfied' },
        stars: 3,
      },
    },
    { ...buz, answers: { q1: 'largely', q2: 'satisfied', many: ['a'], grid: { s1: 'satisfied' }, stars: 2 } },
    { ...buz, answers: { q1: 'largely', q2: 'mostly_satisfied', q6: '   ' } },
  ];
  const c = compile({ questions: [...questions, ...extra], responses, invited: 6, completed: 3 });
  const of = (key: string) => c.questions.find((x) => x.key === key)!;

  it('gives the response rate as completed of invited', () => {
    expect(c).toMatchObject({ invited: 6, completed: 3, responseRate: 50 });
  });

  it('counts every option of a single choice question in scale order, with percentages of those who answered', () => {
    expect(of('q1').answered).toBe(3);
    expect(of('q1').distribution).toEqual([
      { code: 'no_plan', count: 0, percent: 0 },
      { code: 'yes', count: 1, percent: 33.3 },
      { code: 'largely', count: 2, percent: 66.7 },
      { code: 'small_extent', count: 0, percent: 0 },
      { code: 'not_at_all', count: 0, percent: 0 },
    ]);
  });

  it('splits the distribution per body, bodies by name', () => {
    expect(of('q2').byBody.map((b) => [b.bodyName, b.answered, b.distribution.map((d) => d.count)])).toEqual([
      ['BUZ', 2, [1, 1, 0, 0]],
      ['FoU-rådet', 1, [1, 0, 0, 0]],
    ]);
  });

  it('lists free-text suggestions with their body, leaving out blank ones', () => {
    expect(of('q6').texts).toEqual([{ text: 'Mer tid för förankring', bodyName: 'FoU-rådet' }]);
    expect(of('q6').answered).toBe(2);
  });

  it('counts multiple choice per option (may add to more than 100 %), matrix per statement, rating with its mean', () => {
    expect(of('many').distribution).toEqual([
      { code: 'a', count: 2, percent: 100 },
      { code: 'b', count: 1, percent: 50 },
    ]);
    expect(of('grid').statements.map((s) => [s.key, s.answered, s.distribution.map((d) => d.count)])).toEqual([
      ['s1', 2, [2, 0, 0, 0]],
      ['s2', 1, [0, 0, 0, 1]],
    ]);
    expect(of('stars').distribution.map((d) => d.count)).toEqual([0, 1, 1]);
    expect(of('stars').mean).toBe(2.5);
  });

  it('puts earlier years beside this one, newest first, on this year’s options', () => {
    const y2023 = compile({
      questions,
      responses: [{ ...fou, answers: { q1: 'not_at_all' } }],
      invited: 2,
      completed: 1,
    });
    const y2024 = compile({
      questions,
      responses: [
        { ...fou, answers: { q1: 'yes' } },
        { ...buz, answers: { q1: 'yes' } },
      ],
      invited: 2,
      completed: 2,
    });
    const now = compile({
      questions,
      responses,
      invited: 6,
      completed: 3,
      previous: [
        { year: 2023, compilation: y2023 },
        { year: 2024, compilation: y2024 },
      ],
    });
    const q1 = now.questions.find((x) => x.key === 'q1')!;
    expect(q1.previous.map((p) => [p.year, p.answered, p.distribution.map((d) => d.count)])).toEqual([
      [2024, 2, [0, 2, 0, 0, 0]],
      [2023, 1, [0, 0, 0, 0, 1]],
    ]);
  });

  it('never counts more answers than responses, and counts sum to the answered for single choice (property)', () => {
    const codes = builtinScales[1].options.map((o) => o.code);
    fc.assert(
      fc.property(fc.array(fc.option(fc.constantFrom(...codes), { nil: undefined })), (picked) => {
        const rs: CompiledResponse[] = picked.map((p) => ({
          bodyId: null,
          bodyName: null,
          answers: p ? { q2: p } : ({} as Answers),
        }));
        const q2 = compile({ questions, responses: rs, invited: rs.length, completed: rs.length }).questions.find(
          (x) => x.key === 'q2',
        )!;
        expect(q2.answered).toBe(picked.filter(Boolean).length);
        expect(q2.distribution.reduce((s, d) => s + d.count, 0)).toBe(q2.answered);
      }),
    );
  });
});

describe('responseRates', () => {
  it('counts invited, started and completed in total, per body and per organisation', () => {
    const t = (body: string | null, org: string, started: boolean, completed: boolean) => ({
      bodyId: body,
      bodyName: body ? `Organ ${body}` : null,
      organisationId: org,
      organisationName: `Org ${org}`,
      started,
      completed,
    });
    const r = responseRates([
      t('1', 'a', true, true),
      t('2', 'a', true, false),
      t('3', 'b', false, false),
      t(null, 'b', false, true),
    ]);
    expect(r.total).toEqual({ invited: 4, started: 3, completed: 2, rate: 50 });
    expect(r.byBody.map((b) => [b.bodyName, b.invited, b.completed])).toEqual([
      ['Organ 1', 1, 1],
      ['Organ 2', 1, 0],
      ['Organ 3', 1, 0],
    ]);
    expect(r.byOrganisation).toEqual([
      { organisationId: 'a', organisationName: 'Org a', invited: 2, started: 2, completed: 1, rate: 50 },
      { organisationId: 'b', organisationName: 'Org b', invited: 2, started: 1, completed: 1, rate: 50 },
    ]);
  });
});
