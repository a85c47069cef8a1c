/**
 * Gender review of governing documents (issue 13 item 6, seed 004): the built-in criteria and the
 * rules of the review's summary. Pure, tested without a database (rules.test.ts).
 *
 * Rules in words:
 * 1. A review uses one or more built-in groups of criteria — the six national gender equality
 *    sub-goals, the 4R method, the five questions of a gender-equal decision — and any criteria of
 *    its own (LGBTQI, other grounds of discrimination …). A criterion's key is stable: built-in
 *    ones are named (`subgoal-1`, `4r-resources`, `decision-2`), own ones `own-<id>`.
 * 2. A document is rated against each criterion of the review: clear, partly or missing; until
 *    then it is not yet rated. A rating of a criterion the review does not use is not counted.
 * 3. A document's summary counts its clear, partly, missing and not-yet-rated criteria; the counts
 *    add up to the number of criteria of the review.
 * 4. A document's perspective: not assessed while fewer than half its criteria are rated; clear
 *    when at least half the criteria are clear and at most a quarter missing; missing when none is
 *    clear and at least half are missing; otherwise partly.
 * 5. The whole review's result is the sum of its documents' counts, the number of documents by
 *    perspective, and its share of clear ratings among the rated ones (null when none is rated).
 */
import genderEquality from '../goals/data/gender-equality.json' with { type: 'json' };

export const RATINGS = ['clear', 'partly', 'missing'] as const;
export type Rating = (typeof RATINGS)[number];

export const BUILTIN_GROUPS = ['subgoals', 'fourR', 'decision'] as const;
export type BuiltinGroup = (typeof BUILTIN_GROUPS)[number];
export type CriterionGroup = BuiltinGroup | 'own';

export const REVIEW_STATUSES = ['in_progress', 'done'] as const;
export const WORK_STATUSES = ['not_started', 'in_progress', 'done'] as const;

export interface Bilingual {
  sv: string;
  en: string;
}
export interface Criterion {
  key: string;
  group: CriterionGroup;
  name: Bilingual;
  description: Bilingual;
  /** For the sub-goals: the code of the item in the built-in framework 'gender-equality'. */
  goalCode: string | null;
}

const subgoals: Criterion[] = genderEquality.items
  .filter((i) => i.level === 'subgoal')
  .map((i) => ({
    key: `subgoal-${i.code}`,
    group: 'subgoals' as const,
    name: { sv: `${i.code}. ${i.name.sv}`, en: `${i.code}. ${i.name.en}` },
    description: { sv: i.text?.sv ?? '', en: i.text?.en ?? '' },
    goalCode: i.code,
  }));

const fourR: Criterion[] = [
  [
    'representation',
    { sv: 'Representation', en: 'Representation' },
    {
      sv: 'Hur många kvinnor och män berörs, deltar och beslutar – beskriver dokumentet fördelningen?',
      en: 'How many women and men are affected, take part and decide – does the document describe the division?',
    },
  ],
  [
    'resources',
    { sv: 'Resurser', en: 'Resources' },
    {
      sv: 'Hur fördelas resurser – pengar, tid, utrymme – mellan kvinnor och män?',
      en: 'How are resources – money, time, space – divided between women and men?',
    },
  ],
  [
    'realia',
    { sv: 'Realia', en: 'Realia' },
    {
      sv: 'Varför ser fördelningen ut som den gör – vilka normer och värderingar styr?',
      en: 'Why is the division as it is – which norms and values govern it?',
    },
  ],
  [
    'realisation',
    { sv: 'Realisering', en: 'Realisation' },
    {
      sv: 'Vad behöver förändras, och hur – finns mål och åtgärder för ett jämställt resultat?',
      en: 'What needs to change, and how – are there goals and measures for a gender-equal result?',
    },
  ],
].map(([k, name, description]) => ({
  key: `4r-${k as string}`,
  group: 'fourR' as const,
  name: name as Bilingual,
  description: description as Bilingual,
  goalCode: null,
}));

const decision: Criterion[] = (
  [
    [{ sv: 'Berör beslutet kvinnor och män?', en: 'Does the decision affect women and men?' }],
    [{ sv: 'Finns statistik uppdelad på kön?', en: 'Are there statistics by sex?' }],
    [
      {
        sv: 'Beskrivs konsekvenserna för kvinnor och män?',
        en: 'Are the consequences for women and men described?',
      },
    ],
    [
      {
        sv: 'Finns åtgärder för omotiverade skillnader?',
        en: 'Are there measures for unjustified differences?',
      },
    ],
    [
      {
        sv: 'Finns koppling till organisationens jämställdhetsmål?',
        en: 'Is there a link to the organisation’s gender equality goals?',
      },
    ],
  ] as [Bilingual][]
).map(([name], i) => ({
  key: `decision-${i + 1}`,
  group: 'decision' as const,
  name,
  description: {
    sv: 'En av fem frågor för ett jämställt beslut (ja/nej).',
    en: 'One of five questions of a gender-equal decision (yes/no).',
  },
  goalCode: null,
}));

/** The built-in criteria, by group, in their order. */
export const BUILTIN_CRITERIA: Readonly<Record<BuiltinGroup, readonly Criterion[]>> = {
  subgoals,
  fourR,
  decision,
};
const builtinByKey = new Map(Object.values(BUILTIN_CRITERIA).flatMap((cs) => cs.map((c) => [c.key, c])));

export const ownKey = (id: string) => `own-${id}`;
export const isBuiltinKey = (key: string) => builtinByKey.has(key);

/** Rule 1: the criteria a review uses, built-in groups first in their order, then its own. */
export function reviewCriteria(groups: readonly string[], own: readonly Criterion[]): Criterion[] {
  return [...BUILTIN_GROUPS.filter((g) => groups.includes(g)).flatMap((g) => BUILTIN_CRITERIA[g]), ...own];
}

export interface Counts {
  clear: number;
  partly: number;
  missing: number;
  unrated: number;
}
export type Perspective = Rating | 'not_assessed';

/** Rule 2 and 3: a document's counts over the review's criteria (ratings of other criteria ignored). */
export function documentCounts(
  criteria: readonly { key: string }[],
  ratings: ReadonlyMap<string, Rating | null>,
): Counts {
  const c: Counts = { clear: 0, partly: 0, missing: 0, unrated: 0 };
  for (const { key } of criteria) {
    const r = ratings.get(key) ?? null;
    if (r) c[r] += 1;
    else c.unrated += 1;
  }
  return c;
}

/** Rule 4: a document's gender perspective from its counts. */
export function perspective(c: Counts): Perspective {
  const total = c.clear + c.partly + c.missing + c.unrated;
  const rated = total - c.unrated;
  if (total === 0 || rated * 2 < total) return 'not_assessed';
  if (c.clear * 2 >= total && c.missing * 4 <= total) return 'clear';
  if (c.clear === 0 && c.missing * 2 >= total) return 'missing';
  return 'partly';
}

export interface ReviewResult extends Counts {
  documents: Record<Perspective, number>;
  /** Clear ratings among the rated ones (0–1), null when nothing is rated. */
  clearShare: number | null;
}

/** Rule 5: the whole review's result. */
export function reviewResult(docs: readonly Counts[]): ReviewResult {
  const sum: Counts = { clear: 0, partly: 0, missing: 0, unrated: 0 };
  const documents: Record<Perspective, number> = { clear: 0, partly: 0, missing: 0, not_assessed: 0 };
  for (const d of docs) {
    sum.clear += d.clear;
    sum.partly += d.partly;
    sum.missing += d.missing;
    sum.unrated += d.unrated;
    documents[perspective(d)] += 1;
  }
  const rated = sum.clear + sum.partly + sum.missing;
  return { ...sum, documents, clearShare: rated ? Math.round((sum.clear / rated) * 1000) / 1000 : null };
}
