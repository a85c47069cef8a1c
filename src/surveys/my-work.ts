/** What waits for a person in the surveys (issue 10 item 12): read by the overview through the face. */
import { and, asc, count, eq, exists, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.js';
import type { Actor } from '../policy/policy.js';
import { scopeFor, scopeWhere } from '../policy/scope.js';
import { workList, type WorkItem, type WorkList, type WorkQuery } from '../overview/contract.js';
import { invitations, questionnaires } from './schema.js';

export interface SurveyWork {
  /** Questionnaires open for answers, with how many of the invited have answered. */
  openQuestionnaires: WorkList;
}

/**
 * The open questionnaires in the policy's scope (the county's), closing first first; a member's:
 * those their organisation runs or is invited to. Two queries whatever their number.
 */
export async function surveyWorkFor(db: Executor, actor: Actor, q: WorkQuery): Promise<SurveyWork> {
  const own = q.organisationId
    ? or(
        eq(questionnaires.organisationId, q.organisationId),
        exists(
          db
            .select({ one: sql`1` })
            .from(invitations)
            .where(
              and(eq(invitations.questionnaireId, questionnaires.id), eq(invitations.organisationId, q.organisationId)),
            ),
        ),
      )
    : undefined;
  const rows = await db
    .select({
      id: questionnaires.id,
      title: questionnaires.title,
      closesAt: questionnaires.closesAt,
      status: questionnaires.status,
    })
    .from(questionnaires)
    .where(
      and(
        scopeWhere(scopeFor(actor, 'survey'), { countyId: questionnaires.countyId }),
        eq(questionnaires.status, 'open'),
        own,
      ),
    )
    .orderBy(asc(questionnaires.closesAt), asc(questionnaires.createdAt));
  const counts = rows.length
    ? await db
        .select({
          id: invitations.questionnaireId,
          invited: count(),
          answered: sql<number>`count(*) filter (where ${invitations.completed})`.mapWith(Number),
        })
        .from(invitations)
        .where(
          inArray(
            invitations.questionnaireId,
            rows.map((r) => r.id),
          ),
        )
        .groupBy(invitations.questionnaireId)
    : [];
  const countsOf = new Map(counts.map((c) => [c.id, c]));
  const items: WorkItem[] = rows.map((r) => ({
    kind: 'questionnaire',
    key: r.id,
    title: r.title.sv,
    titleEn: r.title.en,
    context: null,
    dueDate: r.closesAt,
    state: r.status,
    step: null,
    milestone: null,
    response: { answered: countsOf.get(r.id)?.answered ?? 0, invited: countsOf.get(r.id)?.invited ?? 0 },
    link: { kind: 'questionnaire', id: r.id },
  }));
  return { openQuestionnaires: workList(items, q.limit) };
}
