import { count, eq } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import type { Actor } from '../policy/policy.js';
import { bodies } from '../bodies/index.js';
import type { Compilation, Questionnaire } from './contract.js';
import { invitations, responses } from './schema.js';
import { releasedAnonymous } from './respond.js';
import { questionnaireFor } from './access.js';
import { compile } from './compile.js';
import { numbered } from './answers.js';

/** The questionnaire's answers compiled now (per body only when it is not anonymous). */
export async function compileQuestionnaire(db: Db, actor: Actor | undefined, id: string): Promise<Compilation> {
  const { q } = await questionnaireFor(db, actor, 'read', id);
  return compileLoaded(db, q);
}

/** The compilation of a questionnaire the caller has already authorised, with earlier years' beside it. */
export async function compileLoaded(
  db: Executor,
  q: Questionnaire,
  previous: { year: number; compilation: Compilation }[] = [],
): Promise<Compilation> {
  const id = q.id;
  const anonymous = q.anonymous ? await releasedAnonymous(db, q) : null;
  const list = anonymous
    ? anonymous.rows.map((r) => ({ ...r, bodyId: null, bodyName: null }))
    : await db
        .select({ answers: responses.answers, bodyId: responses.bodyId, bodyName: bodies.name })
        .from(responses)
        .leftJoin(bodies, eq(bodies.id, responses.bodyId))
        .where(eq(responses.questionnaireId, id));
  const tracked = await db
    .select({ completed: invitations.completed, n: count() })
    .from(invitations)
    .where(eq(invitations.questionnaireId, id))
    .groupBy(invitations.completed);
  const invited = tracked.reduce((s, t) => s + Number(t.n), 0);
  const completed = Number(tracked.find((t) => t.completed)?.n ?? 0);
  return compile({
    questions: numbered(q.sections).map((x) => x.q),
    responses: list,
    invited,
    completed,
    previous,
    waiting: anonymous?.waiting ?? 0,
  });
}
