import { randomInt } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import type { Answers } from './contract.js';
import { anonymousResponses, questionnaires } from './schema.js';

/**
 * The anonymity rule (issue 10 item 2): an anonymous answer waits, unshown, until at least
 * `minGroup` answers wait together; then they are mixed into the pool as one group, in random order
 * with fresh ids, so neither order nor age says who answered when. Closing mixes nothing more: a
 * remainder smaller than the group stays unshown for good ("not shown"). Closing right after one
 * person answered, reading and reopening therefore shows nobody's answer.
 */
export interface Anonymity {
  /** ANONYMOUS_MIN_GROUP: the smallest group of answers ever shown. */
  minGroup: number;
}

function shuffled<T>(list: T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Store a submitted anonymous answer, unshown, with nothing that links it to anyone. */
export async function storeAnonymously(tx: Executor, questionnaireId: string, answers: Answers) {
  await tx.insert(anonymousResponses).values({ questionnaireId, answers, released: false });
}

const countWhere = async (db: Executor, questionnaireId: string, released: boolean) =>
  Number(
    (
      await db
        .select({ n: count() })
        .from(anonymousResponses)
        .where(and(eq(anonymousResponses.questionnaireId, questionnaireId), eq(anonymousResponses.released, released)))
    )[0].n,
  );

/**
 * Mix the waiting answers into the pool if at least `minGroup` wait. Releases take turns on the
 * questionnaire's row and count again once it is their turn, so a group is never smaller than the
 * minimum because another release took part of it.
 */
export async function releaseAnonymous(tx: Executor, questionnaireId: string, minGroup: number) {
  await tx
    .select({ id: questionnaires.id })
    .from(questionnaires)
    .where(eq(questionnaires.id, questionnaireId))
    .for('no key update');
  if ((await countWhere(tx, questionnaireId, false)) < minGroup) return;
  const waiting = await tx
    .delete(anonymousResponses)
    .where(and(eq(anonymousResponses.questionnaireId, questionnaireId), eq(anonymousResponses.released, false)))
    .returning({ answers: anonymousResponses.answers });
  if (waiting.length)
    await tx
      .insert(anonymousResponses)
      .values(shuffled(waiting.map((w) => w.answers)).map((a) => ({ questionnaireId, answers: a, released: true })));
}

/**
 * The anonymous answers that may be shown, in the order of their random ids, and how many are not
 * shown. Waiting answers are mixed in first when a whole group waits. A pool smaller than the group
 * (released before this rule existed) is not shown at all.
 */
export async function releasedAnonymous(db: Executor, questionnaireId: string, { minGroup }: Anonymity) {
  if ((await countWhere(db, questionnaireId, false)) >= minGroup)
    await (db as Db).transaction((tx) => releaseAnonymous(tx, questionnaireId, minGroup));
  const rows = await db
    .select({ answers: anonymousResponses.answers })
    .from(anonymousResponses)
    .where(and(eq(anonymousResponses.questionnaireId, questionnaireId), eq(anonymousResponses.released, true)))
    .orderBy(anonymousResponses.id);
  const waiting = await countWhere(db, questionnaireId, false);
  if (rows.length < minGroup) return { rows: [], notShown: waiting + rows.length };
  return { rows, notShown: waiting };
}
