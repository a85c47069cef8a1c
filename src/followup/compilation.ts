import { eq } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import type { Actor } from '../policy/policy.js';
import { compileSurvey, findQuestionnaire, numbered, surveyResponses, type Anonymity } from '../surveys/index.js';
import type { Compilation } from '../surveys/contract.js';
import type { AreaRating, Cycle, CycleCompilation } from './contract.js';
import { municipalFeedback } from './schema.js';
import { presentCycle, type CycleRow, type FeedbackRow } from './repository.js';
import { cycleFor } from './access.js';
import { earlierCycles } from './cycles.js';
import { tallyRatings } from './rules.js';

/** The survey engine's anonymity rule (config ANONYMOUS_MIN_GROUP): anonymous answers only in groups this large. */
export type { Anonymity };

const submittedOf = async (db: Executor, cycleId: string) =>
  (await db.select().from(municipalFeedback).where(eq(municipalFeedback.cycleId, cycleId))).filter(
    (f) => f.submittedAt,
  );

/** An earlier cycle's questionnaire compiled on its own (its own earlier years are not needed). */
async function previousCompilations(
  db: Executor,
  earlier: CycleRow[],
  anonymity: Anonymity,
): Promise<{ year: number; compilation: Compilation }[]> {
  const out = [];
  for (const e of earlier)
    if (e.questionnaireId)
      out.push({ year: e.year, compilation: await compileSurvey(db, e.questionnaireId, anonymity) });
  return out;
}

/**
 * The whole cycle compiled: the bodies' questionnaire per question and body, the municipalities'
 * submitted ratings per area and per municipality, each with the earlier cycles of the same
 * agreements beside it, the suggestions, and the valuation and decision.
 */
export async function compileCycle(
  db: Db,
  actor: Actor | undefined,
  id: string,
  anonymity: Anonymity,
): Promise<CycleCompilation> {
  const { c, actor: a } = await cycleFor(db, actor, 'read', id);
  return compileFor(db, c, await presentCycle(db, a, c), anonymity);
}

export async function compileFor(
  db: Executor,
  c: CycleRow,
  cycle: Cycle,
  anonymity: Anonymity,
): Promise<CycleCompilation> {
  const earlier = await earlierCycles(db, c);
  const q = c.questionnaireId ? await findQuestionnaire(db, c.questionnaireId) : null;
  const questionnaire = q
    ? await compileSurvey(db, q.id, { ...anonymity, previous: await previousCompilations(db, earlier, anonymity) })
    : null;
  const now = await submittedOf(db, c.id);
  const before: { year: number; rows: FeedbackRow[] }[] = [];
  for (const e of earlier) before.push({ year: e.year, rows: await submittedOf(db, e.id) });
  const ratingOf = (rows: FeedbackRow[], org: string, code: string): AreaRating | null =>
    rows.find((r) => r.organisationId === org)?.areas.find((x) => x.areaCode === code)?.rating ?? null;
  const ratingsOf = (rows: FeedbackRow[], code: string) =>
    rows.map((r) => r.areas.find((x) => x.areaCode === code)?.rating ?? null);
  const names = new Map(cycle.municipalities.map((m) => [m.organisationId, m.organisationName]));
  const questions = q
    ? numbered(q.sections).map(({ q: x, number }) => ({
        key: x.key,
        number,
        text: x.text,
        options: 'options' in x ? x.options : [],
        statements: x.type === 'matrix' ? x.statements : [],
      }))
    : [];

  return {
    cycleId: c.id,
    year: c.year,
    questionnaire,
    questions,
    areas: cycle.areas.map((area) => ({
      code: area.code,
      name: area.name,
      ...tallyRatings(ratingsOf(now, area.code)),
      comments: now
        .flatMap((r) => {
          const comment = r.areas.find((x) => x.areaCode === area.code)?.comment;
          return comment ? [{ municipalityName: names.get(r.organisationId) ?? '', comment }] : [];
        })
        .sort((x, y) => x.municipalityName.localeCompare(y.municipalityName, 'sv')),
      previous: before.map((b) => ({ year: b.year, ...tallyRatings(ratingsOf(b.rows, area.code)) })),
    })),
    municipalities: cycle.municipalities.map((m) => {
      const mine = now.find((r) => r.organisationId === m.organisationId);
      return {
        organisationId: m.organisationId,
        name: m.organisationName,
        status: mine ? 'submitted' : m.status,
        areas: cycle.areas.map((area) => ({
          code: area.code,
          rating: ratingOf(now, m.organisationId, area.code),
          comment: mine?.areas.find((x) => x.areaCode === area.code)?.comment ?? null,
          previous: before.map((b) => ({ year: b.year, rating: ratingOf(b.rows, m.organisationId, area.code) })),
        })),
        meetingDate: mine?.meetingDate ?? null,
        notes: mine?.notes ?? null,
      };
    }),
    suggestions: (questionnaire?.questions ?? []).flatMap((s) =>
      s.texts.map((t) => ({ questionKey: s.key, text: t.text, bodyName: t.bodyName })),
    ),
    jointValuation: cycle.jointValuation,
    recommendedChanges: cycle.recommendedChanges,
    decision: cycle.decision,
  };
}

/**
 * Every response to the cycle's questionnaire, for the Excel and CSV export, from the survey
 * engine's face: named ones with who answered and when they submitted, anonymous ones with nothing
 * but their answers (no time either), and only as the compilation shows them.
 */
export const responsesOf = (db: Executor, questionnaireId: string, anonymity: Anonymity) =>
  surveyResponses(db, questionnaireId, anonymity);
