import type { Answers, Compilation, Question, Section } from '../../surveys/contract.js';
import { compile } from '../../surveys/index.js';
import { builtinScales, templates } from '../../surveys/index.js';
import type { CycleCompilation } from '../contract.js';

/**
 * The bodies' questionnaire of the sample cycle (tests and the sample documents only): the seed's
 * six questions, a year's responses from six collaboration bodies, and the two earlier years,
 * compiled with the surveys' own compilation rule. `extended` adds one question of each other
 * type (multiple choice, matrix, rating, short text) so that every column kind is exercised.
 */
export const fid = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

const scales = new Map(builtinScales.map((s, i) => [s.key, { id: fid(900 + i), options: s.options }]));
const o = (code: string, sv: string, en: string) => ({ code, label: { sv, en } });

const extraQuestions: Question[] = [
  {
    key: 'q7',
    type: 'multiple_choice',
    text: { sv: 'Vilka former av stöd har ni använt?', en: 'Which forms of support have you used?' },
    help: null,
    required: false,
    maxSelected: null,
    options: [
      o('meetings', 'Möten med regionens tjänstemän', 'Meetings with the region’s officers'),
      o('documents', 'Skriftliga underlag', 'Written documents'),
      o('training', 'Utbildning', 'Training'),
    ],
  },
  {
    key: 'q8',
    type: 'matrix',
    text: { sv: 'Hur bedömer ni samverkan inom', en: 'How do you rate the collaboration in' },
    help: null,
    required: false,
    scaleId: fid(901),
    options: builtinScales[1].options,
    statements: [
      { key: 'planning', text: { sv: 'planeringen', en: 'planning' } },
      { key: 'followup', text: { sv: 'uppföljningen', en: 'follow-up' } },
    ],
  },
  {
    key: 'q9',
    type: 'rating',
    text: { sv: 'Betyg på samverkan i stort (1–5)', en: 'Overall rating of the collaboration (1–5)' },
    help: null,
    required: false,
    max: 5,
  },
  {
    key: 'q10',
    type: 'short_text',
    text: { sv: 'Kontaktperson i organet', en: 'Contact person in the body' },
    help: null,
    required: false,
    maxLength: 200,
  },
];

export function surveySections(extended = false): Section[] {
  const base = templates[0].sections(scales);
  return extended
    ? [
        ...base,
        { key: 'tillagg', title: { sv: 'Tilläggsfrågor', en: 'Additional questions' }, questions: extraQuestions },
      ]
    : base;
}

export const BODIES = [
  'Beredningsgruppen för kompetensförsörjning',
  'Folkhälsorådet Jämtlands län',
  'Länsgruppen för energi och klimat',
  'Regionala utvecklingsgruppen',
  'Nätverket för skolchefer',
  'Styrgruppen för social hållbarhet',
];

/** Answer sets of the six bodies; the years and the questions draw on different ones, so their columns differ. */
const PLAN = [
  ['largely', 'yes', 'largely', 'small_extent', 'yes', 'no_plan'],
  ['largely', 'largely', 'small_extent', 'small_extent', 'yes', 'not_at_all'],
  ['small_extent', 'largely', 'not_at_all', 'small_extent', 'largely', 'no_plan'],
];
const SAT = [
  ['satisfied', 'mostly_satisfied', 'mostly_satisfied', 'not_quite_satisfied', 'satisfied', 'dissatisfied'],
  [
    'mostly_satisfied',
    'mostly_satisfied',
    'not_quite_satisfied',
    'not_quite_satisfied',
    'satisfied',
    'mostly_satisfied',
  ],
  [
    'not_quite_satisfied',
    'mostly_satisfied',
    'not_quite_satisfied',
    'dissatisfied',
    'mostly_satisfied',
    'dissatisfied',
  ],
  ['satisfied', 'satisfied', 'mostly_satisfied', 'mostly_satisfied', 'not_quite_satisfied', 'mostly_satisfied'],
];
const rotate = <T>(xs: T[], k: number) => xs.map((_, i) => xs[(i + k) % xs.length]);
const sat = (shift: number, q: number) => rotate(SAT[(shift + q) % SAT.length], q);

export const SUGGESTIONS = [
  'Skicka underlagen minst två veckor före mötena så att kommunerna hinner förankra dem.',
  'Fler gemensamma arbetsmöten på plats i Härjedalen och Strömsund; resorna till Östersund tar en hel dag.',
  'Tydligare återkoppling på vad som hänt med våra synpunkter från förra året.',
  'Bra stöd från regionens tjänstemän – fortsätt med de digitala avstämningarna!',
];

/** One year's answers from the bodies; `shift` varies the years. */
export function yearAnswers(shift: number, extended: boolean): Answers[] {
  return BODIES.map((_, i) => {
    const a: Answers = {
      q1: PLAN[shift][i],
      q2: sat(shift, 0)[i],
      q3: sat(shift, 1)[i],
      q4: sat(shift, 2)[i],
      q5: sat(shift, 3)[i],
    };
    if (shift === 0 && SUGGESTIONS[i]) a.q6 = SUGGESTIONS[i];
    if (extended) {
      a.q7 = [
        ['meetings', 'documents'],
        ['meetings'],
        ['documents', 'training'],
        ['meetings', 'training'],
        ['meetings'],
        [],
      ][i];
      a.q8 = { planning: SAT[0][i], followup: SAT[1][(i + 2) % 6] };
      a.q9 = (i % 5) + 1;
      a.q10 = i % 2 ? `Kontakt ${i + 1}` : '';
    }
    return a;
  });
}

function compiled(
  year: number,
  shift: number,
  extended: boolean,
  previous: { year: number; compilation: Compilation }[],
): Compilation {
  const questions = surveySections(extended).flatMap((s) => s.questions);
  const answers = yearAnswers(shift, extended);
  return compile({
    questions,
    responses: answers.map((a, i) => ({ bodyId: fid(300 + i), bodyName: BODIES[i], answers: a })),
    invited: 8,
    completed: answers.length,
    previous,
  });
}

/** The questionnaire's part of the compilation: figures, question texts and suggestions. */
export function surveyCompilation(
  year: number,
  extended = false,
): Pick<CycleCompilation, 'questionnaire' | 'questions' | 'suggestions'> {
  const y2 = compiled(year - 2, 2, extended, []);
  const y1 = compiled(year - 1, 1, extended, [{ year: year - 2, compilation: y2 }]);
  const questionnaire = compiled(year, 0, extended, [
    { year: year - 1, compilation: y1 },
    { year: year - 2, compilation: y2 },
  ]);
  const questions = surveySections(extended)
    .flatMap((s) => s.questions)
    .map((q, i) => ({
      key: q.key,
      number: i + 1,
      text: q.text,
      options: 'options' in q ? q.options : [],
      statements: q.type === 'matrix' ? q.statements : [],
    }));
  const suggestions = questionnaire.questions
    .filter((q) => q.type === 'long_text')
    .flatMap((q) => q.texts.map((x) => ({ questionKey: q.key, text: x.text, bodyName: x.bodyName })));
  return { questionnaire, questions, suggestions };
}
