import { count, eq } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import type { Actor } from '../policy/policy.js';
import { bodyNames } from '../bodies/index.js';
import type { Answers, Compilation, QuestionnaireRecord } from './contract.js';
import { invitations, responses } from './schema.js';
import { releasedAnonymous, type Anonymity } from './anonymity.js';
import { questionnaireFor } from './access.js';
import { byName, findQuestionnaire, namesOf } from './repository.js';
import { compile } from './compile.js';
import { numbered } from './answers.js';

export interface CompileOptions extends Anonymity {
  /** Earlier years' compilations of the same questionnaire, shown beside this one's. */
  previous?: { year: number; compilation: Compilation }[];
}

/** The questionnaire's answers compiled now, for the signed-in person (per body only when it is not anonymous). */
export async function compileQuestionnaire(
  db: Db,
  actor: Actor | undefined,
  id: string,
  anonymity: Anonymity,
): Promise<Compilation> {
  const { q } = await questionnaireFor(db, actor, 'read', id);
  return compileRecord(db, q, anonymity);
}

/**
 * A questionnaire's responses compiled (the face's function; the caller has authorised the reader):
 * named answers per body, anonymous ones only in groups of at least `minGroup` and never per body,
 * with how many are not shown.
 */
export async function compileSurvey(db: Executor, questionnaireId: string, opts: CompileOptions) {
  return compileRecord(db, await findQuestionnaire(db, questionnaireId), opts);
}

/** A named questionnaire's responses with their bodies' names. */
async function namedResponses(db: Executor, questionnaireId: string) {
  const rows = await db
    .select({ answers: responses.answers, bodyId: responses.bodyId })
    .from(responses)
    .where(eq(responses.questionnaireId, questionnaireId));
  const names = await bodyNames(
    db,
    rows.flatMap((r) => (r.bodyId ? [r.bodyId] : [])),
  );
  return rows.map((r) => ({ ...r, bodyName: r.bodyId ? (names.get(r.bodyId)?.name ?? null) : null }));
}

export async function compileRecord(
  db: Executor,
  q: QuestionnaireRecord,
  { minGroup, previous = [] }: CompileOptions,
): Promise<Compilation> {
  const anonymous = q.anonymous ? await releasedAnonymous(db, q.id, { minGroup }) : null;
  const list = anonymous
    ? anonymous.rows.map((r) => ({ ...r, bodyId: null, bodyName: null }))
    : await namedResponses(db, q.id);
  const tracked = await db
    .select({ completed: invitations.completed, n: count() })
    .from(invitations)
    .where(eq(invitations.questionnaireId, q.id))
    .groupBy(invitations.completed);
  const invited = tracked.reduce((s, t) => s + Number(t.n), 0);
  const completed = Number(tracked.find((t) => t.completed)?.n ?? 0);
  return compile({
    questions: numbered(q.sections).map((x) => x.q),
    responses: list,
    invited,
    completed,
    previous,
    waiting: anonymous?.notShown ?? 0,
    minGroup: q.anonymous ? minGroup : null,
  });
}

/** One response as exported: an anonymous one carries nothing but its answers. */
export interface ExportedResponse {
  bodyName: string | null;
  organisationName: string | null;
  respondentName: string | null;
  /** When it was submitted (named questionnaires only). */
  submittedAt: string | null;
  answers: Answers;
}

/**
 * Every response that may be shown, for exports (the face's function; the caller has authorised
 * the reader). Anonymous answers only as the compilation shows them: mixed groups of at least
 * `minGroup`, in the order of their random ids, so the export's order says nothing.
 */
export async function surveyResponses(
  db: Executor,
  questionnaireId: string,
  anonymity: Anonymity,
): Promise<{ q: QuestionnaireRecord; rows: ExportedResponse[] }> {
  const q = await findQuestionnaire(db, questionnaireId);
  if (q.anonymous) {
    const { rows } = await releasedAnonymous(db, q.id, anonymity);
    const bare = { bodyName: null, organisationName: null, respondentName: null, submittedAt: null };
    return { q, rows: rows.map((r) => ({ ...bare, answers: r.answers })) };
  }
  const rows = await db
    .select({
      answers: responses.answers,
      submittedAt: responses.submittedAt,
      bodyId: responses.bodyId,
      organisationId: responses.organisationId,
      respondentName: invitations.name,
    })
    .from(responses)
    .innerJoin(invitations, eq(invitations.id, responses.invitationId))
    .where(eq(responses.questionnaireId, q.id));
  const names = await namesOf(db, rows);
  return {
    q,
    rows: rows
      .map((r) => ({
        answers: r.answers,
        submittedAt: r.submittedAt.toISOString(),
        bodyName: names.body(r.bodyId),
        organisationName: names.organisation(r.organisationId),
        respondentName: r.respondentName,
      }))
      .sort((a, b) => byName(a.bodyName, b.bodyName) || byName(a.respondentName, b.respondentName)),
  };
}
