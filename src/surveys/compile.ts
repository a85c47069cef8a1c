import type { Answers, Compilation, Question, QuestionSummary, ResponseRate } from './contract.js';

/**
 * The compilation rule: answer distribution per question (overall and per body), response rate,
 * and the same figures from earlier years beside them. Pure; the percentages are of those who
 * answered the question (for multiple choice they may add up to more than 100).
 */

/** Percent with one decimal, rounded half up; 0 of 0 is 0. */
export function percent(part: number, whole: number): number {
  if (whole <= 0) return 0;
  return Math.round((part * 1000) / whole) / 10;
}

export interface CompiledResponse {
  bodyId: string | null;
  bodyName: string | null;
  answers: Answers;
}

export interface CompileInput {
  questions: Question[];
  responses: CompiledResponse[];
  invited: number;
  completed: number;
  /** Earlier years' compilations of the same questionnaire (questions matched by key). */
  previous?: { year: number; compilation: Compilation }[];
  /** Anonymous answers given but not yet mixed into the pool, so not yet in these figures. */
  waiting?: number;
  /** The anonymity group (ANONYMOUS_MIN_GROUP) of an anonymous questionnaire; null or absent when named. */
  minGroup?: number | null;
}

type Tally = Pick<QuestionSummary, 'answered' | 'distribution' | 'statements'>;

const codesOf = (q: Question): string[] =>
  q.type === 'single_choice' || q.type === 'multiple_choice' || q.type === 'matrix'
    ? q.options.map((o) => o.code)
    : q.type === 'rating'
      ? Array.from({ length: q.max }, (_, i) => String(i + 1))
      : [];

function count(codes: string[], picks: string[][]) {
  const answered = picks.filter((p) => p.length > 0).length;
  return {
    answered,
    distribution: codes.map((code) => {
      const n = picks.filter((p) => p.includes(code)).length;
      return { code, count: n, percent: percent(n, answered) };
    }),
  };
}

/** The codes each response picked for a question (or one statement of a matrix). */
function picks(q: Question, answers: Answers[], statement?: string): string[][] {
  return answers.map((a) => {
    const v = a[q.key];
    if (v == null) return [];
    if (statement) return typeof v === 'object' && !Array.isArray(v) && v[statement] ? [v[statement]] : [];
    if (Array.isArray(v)) return v;
    if (typeof v === 'number') return [String(v)];
    return typeof v === 'string' ? [v] : [];
  });
}

function tally(q: Question, answers: Answers[]): Tally {
  if (q.type === 'matrix') {
    const statements = q.statements.map((s) => ({ key: s.key, ...count(codesOf(q), picks(q, answers, s.key)) }));
    return { answered: answers.filter((a) => a[q.key] != null).length, distribution: [], statements };
  }
  if (q.type === 'short_text' || q.type === 'long_text')
    return { answered: answers.filter((a) => typeof a[q.key] === 'string').length, distribution: [], statements: [] };
  return { ...count(codesOf(q), picks(q, answers)), statements: [] };
}

/** An earlier year's figures laid out on this year's codes, so the columns line up. */
function aligned(q: Question, prev: QuestionSummary): Tally {
  const codes = codesOf(q);
  const on = (dist: { code: string; count: number; percent: number }[]) =>
    codes.map((code) => dist.find((d) => d.code === code) ?? { code, count: 0, percent: 0 });
  return {
    answered: prev.answered,
    distribution: on(prev.distribution),
    statements:
      q.type === 'matrix'
        ? q.statements.map((s) => {
            const p = prev.statements.find((x) => x.key === s.key);
            return { key: s.key, answered: p?.answered ?? 0, distribution: on(p?.distribution ?? []) };
          })
        : [],
  };
}

function mean(q: Question, answers: Answers[]): number | null {
  if (q.type !== 'rating') return null;
  const values = answers.map((a) => a[q.key]).filter((v): v is number => typeof v === 'number');
  return values.length ? Math.round((values.reduce((s, v) => s + v, 0) * 10) / values.length) / 10 : null;
}

export function compile(input: CompileInput): Compilation {
  const all = input.responses.map((r) => r.answers);
  const bodies = new Map<string, { name: string; answers: Answers[] }>();
  for (const r of input.responses) {
    if (!r.bodyId) continue;
    const b = bodies.get(r.bodyId) ?? { name: r.bodyName ?? '', answers: [] };
    b.answers.push(r.answers);
    bodies.set(r.bodyId, b);
  }
  const byName = [...bodies].sort((x, y) => x[1].name.localeCompare(y[1].name, 'sv'));
  const questions = input.questions.map((q): QuestionSummary => ({
    key: q.key,
    type: q.type,
    ...tally(q, all),
    mean: mean(q, all),
    texts:
      q.type === 'short_text' || q.type === 'long_text'
        ? input.responses.flatMap((r) => {
            const v = r.answers[q.key];
            return typeof v === 'string' && v.trim() ? [{ text: v, bodyName: r.bodyName }] : [];
          })
        : [],
    byBody: byName.map(([bodyId, b]) => ({ bodyId, bodyName: b.name, ...tally(q, b.answers) })),
    previous: (input.previous ?? [])
      .map((p) => ({ year: p.year, found: p.compilation.questions.find((x) => x.key === q.key) }))
      .filter((p): p is { year: number; found: QuestionSummary } => !!p.found)
      .sort((a, b) => b.year - a.year)
      .map((p) => ({ year: p.year, ...aligned(q, p.found) })),
  }));
  return {
    invited: input.invited,
    completed: input.completed,
    responseRate: percent(input.completed, input.invited),
    waiting: input.waiting ?? 0,
    minGroup: input.minGroup ?? null,
    questions,
  };
}

export interface Tracked {
  bodyId: string | null;
  bodyName: string | null;
  organisationId: string | null;
  organisationName: string | null;
  started: boolean;
  completed: boolean;
}

/** Invited, started and completed, in total, per body and per organisation. */
export function responseRates(list: Tracked[]): ResponseRate {
  const rate = (xs: Tracked[]) => {
    const completed = xs.filter((x) => x.completed).length;
    return {
      invited: xs.length,
      started: xs.filter((x) => x.started || x.completed).length,
      completed,
      rate: percent(completed, xs.length),
    };
  };
  const group = (key: (t: Tracked) => string | null, name: (t: Tracked) => string | null) => {
    const m = new Map<string, Tracked[]>();
    for (const t of list) {
      const k = key(t);
      if (k) m.set(k, [...(m.get(k) ?? []), t]);
    }
    return [...m]
      .map(([id, xs]) => ({ id, name: name(xs[0]) ?? '', ...rate(xs) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  };
  return {
    total: rate(list),
    byBody: group(
      (t) => t.bodyId,
      (t) => t.bodyName,
    ).map(({ id, name, ...r }) => ({ bodyId: id, bodyName: name, ...r })),
    byOrganisation: group(
      (t) => t.organisationId,
      (t) => t.organisationName,
    ).map(({ id, name, ...r }) => ({ organisationId: id, organisationName: name, ...r })),
  };
}
