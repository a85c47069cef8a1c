import type { CycleCompilation } from '../contract.js';
import type { QuestionSummary } from '../../surveys/contract.js';
import { fields, heading, list, para, table, type Block } from '../../documents/index.js';
import { chartFigure } from './chart.js';
import { earlier } from './content-intro.js';
import { countPct, num, pct } from './format.js';
import type { Locale, Texts } from './texts.js';

/** The bodies' questionnaire: response rate, per question the distribution beside earlier years and per body, and the suggestions. */
type Meta = CycleCompilation['questions'][number];
type Count = { code: string; count: number; percent: number };
type Tally = { answered: number; distribution: Count[] };

const at = (d: Count[], code: string) => d.find((x) => x.code === code) ?? { code, count: 0, percent: 0 };
const meanOf = (x: Tally) =>
  x.answered ? x.distribution.reduce((s, d) => s + Number(d.code) * d.count, 0) / x.answered : null;

function choiceBlocks(q: QuestionSummary, meta: Meta | undefined, year: number, locale: Locale, t: Texts): Block[] {
  const codes = q.distribution.map((d) => d.code);
  const label = (code: string) => meta?.options.find((o) => o.code === code)?.label[locale] ?? code;
  const tallies = [{ year, ...q }, ...earlier(q.previous)];
  const yearCol = (y: number) => ({ title: String(y), width: 62 / tallies.length, align: 'right' as const });
  const rows = codes.map((code) => [
    label(code),
    ...tallies.map((x) => countPct(at(x.distribution, code).count, at(x.distribution, code).percent, locale)),
  ]);
  rows.push([t.answered, ...tallies.map((x) => String(x.answered))]);
  if (q.type === 'rating')
    rows.push([t.mean, ...tallies.map((x) => (meanOf(x) == null ? '–' : num(meanOf(x)!, locale)))]);
  const out: Block[] = [table([{ title: t.option, width: 38 }, ...tallies.map((x) => yearCol(x.year))], rows)];
  if (q.type === 'multiple_choice') out.push(para(t.multipleNote, 'note'));
  if (q.byBody.length) {
    out.push(heading(3, t.perBody));
    out.push(
      table(
        [
          { title: t.body, width: 26 },
          ...codes.map((c) => ({ title: label(c), width: 62 / codes.length, align: 'right' as const })),
          { title: t.answered, width: 12, align: 'right' },
        ],
        q.byBody.map((b) => [b.bodyName, ...codes.map((c) => String(at(b.distribution, c).count)), String(b.answered)]),
      ),
    );
  }
  const title = t.questionChart(meta?.number ?? 0);
  const chart =
    q.type === 'multiple_choice'
      ? {
          categories: [t.chosen, t.notChosen],
          styles: [0, 6],
          bars: codes.map((c) => ({
            label: label(c),
            values: [at(q.distribution, c).count, q.answered - at(q.distribution, c).count],
          })),
        }
      : {
          categories: codes.map(label),
          bars: tallies.map((x) => ({ label: String(x.year), values: codes.map((c) => at(x.distribution, c).count) })),
        };
  out.push(
    chartFigure(
      { id: `question-${q.key}`, title, ...chart, nLabel: t.nAnswers, emptyLabel: t.noAnswers, locale },
      t.figure(title),
    ),
  );
  return out;
}

function matrixBlocks(q: QuestionSummary, meta: Meta | undefined, year: number, locale: Locale, t: Texts): Block[] {
  const codes = q.statements[0]?.distribution.map((d) => d.code) ?? [];
  const label = (code: string) => meta?.options.find((o) => o.code === code)?.label[locale] ?? code;
  const statement = (key: string) => meta?.statements?.find((x) => x.key === key)?.text[locale] ?? key;
  const tallies = [{ year, statements: q.statements }, ...earlier(q.previous)];
  const rows = q.statements.flatMap((s) =>
    tallies.map((x) => {
      const st = x.statements.find((y) => y.key === s.key) ?? { answered: 0, distribution: [] };
      return [
        statement(s.key),
        String(x.year),
        ...codes.map((c) => countPct(at(st.distribution, c).count, at(st.distribution, c).percent, locale)),
        String(st.answered),
      ];
    }),
  );
  const title = t.questionChart(meta?.number ?? 0);
  return [
    table(
      [
        { title: t.statement, width: 20 },
        { title: t.year, width: 10 },
        ...codes.map((c) => ({ title: label(c), width: 60 / codes.length, align: 'right' as const })),
        { title: t.answered, width: 10, align: 'right' },
      ],
      rows,
    ),
    chartFigure(
      {
        id: `question-${q.key}`,
        title,
        categories: codes.map(label),
        bars: q.statements.map((s) => ({
          label: statement(s.key),
          values: codes.map((c) => at(s.distribution, c).count),
        })),
        nLabel: t.nAnswers,
        emptyLabel: t.noAnswers,
        locale,
      },
      t.figure(title),
    ),
  ];
}

export function questionnaireBlocks(c: CycleCompilation, title: string | null, locale: Locale, t: Texts): Block[] {
  const q = c.questionnaire;
  if (!q) return [heading(1, t.questionnaire), para(t.noQuestionnaire)];
  const out: Block[] = [
    heading(1, t.questionnaire),
    ...(title ? [para(title, 'note')] : []),
    fields([
      [t.invited, String(q.invited)],
      [t.completed, String(q.completed)],
      [t.responseRate, pct(q.responseRate, locale)],
    ]),
  ];
  q.questions.forEach((s, i) => {
    const meta = c.questions.find((m) => m.key === s.key);
    out.push(heading(2, t.question(meta?.number ?? i + 1, meta?.text[locale] ?? s.key)));
    if (s.type === 'short_text' || s.type === 'long_text')
      out.push(para(t.textAnswers(c.suggestions.filter((x) => x.questionKey === s.key).length || s.texts.length)));
    else if (s.type === 'matrix') out.push(...matrixBlocks(s, meta, c.year, locale, t));
    else if (!s.answered && !s.previous.length) out.push(para(t.noAnswers, 'note'));
    else out.push(...choiceBlocks(s, meta, c.year, locale, t));
  });
  return out;
}

export function suggestionBlocks(c: CycleCompilation, locale: Locale, t: Texts): Block[] {
  const out: Block[] = [heading(1, t.suggestions)];
  if (!c.suggestions.length) return [...out, para(t.noSuggestions)];
  const keys = [...new Set(c.suggestions.map((s) => s.questionKey))];
  for (const key of keys) {
    const meta = c.questions.find((m) => m.key === key);
    if (keys.length > 1) out.push(heading(2, meta ? t.question(meta.number, meta.text[locale]) : key));
    out.push(
      list(
        false,
        c.suggestions
          .filter((s) => s.questionKey === key)
          .map((s) => [{ text: s.text }, ...(s.bodyName ? [{ text: ` – ${s.bodyName}`, italic: true }] : [])]),
      ),
    );
  }
  return out;
}
