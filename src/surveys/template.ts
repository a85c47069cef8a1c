import { inArray } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.js';
import type { Bi, Question, ScaleOption, Section } from './contract.js';
import { surveyScales } from './schema.js';

/**
 * Built-in scales and templates. The follow-up questionnaire to the collaboration bodies is kept
 * exactly as in seed 003 ("Frågor för uppföljning av samverkan mellan Region Jämtland Härjedalen
 * och länets kommuner"), with its answer options in the printed order.
 */
const o = (code: string, sv: string, en: string): ScaleOption => ({ code, label: { sv, en } });

export const builtinScales: { key: string; name: Bi; options: ScaleOption[] }[] = [
  {
    key: 'plan-fulfilment',
    name: { sv: 'Fullföljande av planerade aktiviteter', en: 'Completion of planned activities' },
    options: [
      o('no_plan', 'Har inte haft någon detaljerad plan', 'No detailed plan'),
      o('yes', 'Ja', 'Yes'),
      o('largely', 'Till stor del', 'Largely'),
      o('small_extent', 'Till liten del', 'To a small extent'),
      o('not_at_all', 'Inte hunnit med alls', 'Not at all'),
    ],
  },
  {
    key: 'satisfaction-4',
    name: { sv: 'Nöjdhet i fyra steg', en: 'Satisfaction in four steps' },
    options: [
      o('satisfied', 'Nöjd', 'Satisfied'),
      o('mostly_satisfied', 'I stort sett nöjd', 'Mostly satisfied'),
      o('not_quite_satisfied', 'Inte riktigt nöjd', 'Not quite satisfied'),
      o('dissatisfied', 'Missnöjd', 'Dissatisfied'),
    ],
  },
];

/** Make sure the built-in scales exist (idempotent) and return them by key. */
export async function ensureBuiltinScales(tx: Executor) {
  await tx
    .insert(surveyScales)
    .values(builtinScales.map((s) => ({ key: s.key, countyId: null, name: s.name, options: s.options })))
    .onConflictDoNothing({ target: surveyScales.key });
  const rows = await tx
    .select()
    .from(surveyScales)
    .where(
      inArray(
        surveyScales.key,
        builtinScales.map((s) => s.key),
      ),
    );
  return new Map(rows.map((r) => [r.key!, r]));
}

type ScaleRow = { id: string; options: ScaleOption[] };
const choice = (key: string, sv: string, en: string, scale: ScaleRow): Question => ({
  key,
  type: 'single_choice',
  text: { sv, en },
  help: null,
  required: true,
  scaleId: scale.id,
  options: scale.options,
});

export interface Template {
  key: string;
  title: Bi;
  intro: Bi | null;
  sections: (scales: Map<string, ScaleRow>) => Section[];
}

export const templates: Template[] = [
  {
    key: 'uppfoljning-samverkansorgan',
    title: {
      sv: 'Frågor för uppföljning av samverkan mellan Region Jämtland Härjedalen och länets kommuner',
      en: 'Questions for the follow-up of the collaboration between Region Jämtland Härjedalen and the county’s municipalities',
    },
    intro: {
      sv: 'Samverkansorganet besvarar frågorna genom sin ordförande eller sekreterare. Svaren sammanställs av regionen och delges kommunerna i början av november.',
      en: 'The collaboration body answers through its chair or secretary. The region compiles the answers and shares them with the municipalities at the start of November.',
    },
    sections: (scales) => {
      const plan = scales.get('plan-fulfilment')!;
      const satisfaction = scales.get('satisfaction-4')!;
      return [
        {
          key: 'verksamhet',
          title: { sv: 'Samverkansorganets verksamhet', en: 'The collaboration body’s activities' },
          questions: [
            choice(
              'q1',
              'Har ni fullföljt årets planerade aktiviteter?',
              'Have you completed this year’s planned activities?',
              plan,
            ),
            choice(
              'q2',
              'I vilken utsträckning är ni nöjda med resultatet av det gångna året?',
              'How satisfied are you with the result of the past year?',
              satisfaction,
            ),
          ],
        },
        {
          key: 'tjanstemannastod',
          title: { sv: 'Regionens tjänstemannastöd', en: 'The region’s staff support' },
          questions: [
            choice(
              'q3',
              'Har de underlag som regionens tjänstemän tagit fram varit av tillräcklig kvalitet?',
              'Have the documents prepared by the region’s officers been of sufficient quality?',
              satisfaction,
            ),
            choice(
              'q4',
              'Har regionens tjänstemäns samverkan skett så att det getts tid till förankring inom kommunerna?',
              'Has the region’s officers’ way of working given time for anchoring within the municipalities?',
              satisfaction,
            ),
            choice(
              'q5',
              'Har tjänstemannastödet varit i överensstämmelse med förväntningarna?',
              'Has the staff support matched expectations?',
              satisfaction,
            ),
            {
              key: 'q6',
              type: 'long_text',
              text: { sv: 'Synpunkter för förbättringar', en: 'Suggestions for improvement' },
              help: null,
              required: false,
              maxLength: 4000,
            },
          ],
        },
      ];
    },
  },
];
