/** What waits for a person in the yearly follow-up (issue 10 item 12): read by the overview through the face. */
import { and, asc, eq, inArray, lte, ne, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.js';
import type { Actor } from '../policy/policy.js';
import { scopeFor, scopeWhere } from '../policy/scope.js';
import { templatesJoinedBy } from '../agreements/index.js';
import { workList, type WorkItem, type WorkList, type WorkQuery } from '../overview/contract.js';
import { followupCycles, followupMilestones } from './schema.js';

export interface FollowupWork {
  /** Milestones not done and due by the horizon (overdue ones included), of follow-ups not yet decided. */
  milestonesComing: WorkList;
}

/**
 * The milestones of open follow-up cycles in the policy's scope (the county's), soonest first; a
 * member's: those of the follow-ups of agreements their organisation is party to, and those they own.
 * Two queries whatever their number.
 */
export async function followupWorkFor(db: Executor, actor: Actor, q: WorkQuery): Promise<FollowupWork> {
  let own: SQL | undefined;
  if (q.organisationId) {
    const templates = await templatesJoinedBy(db, q.organisationId);
    own = or(
      eq(followupCycles.organisationId, q.organisationId),
      templates.length ? inArray(followupCycles.templateId, templates) : undefined,
      q.personId ? eq(followupMilestones.ownerPersonId, q.personId) : undefined,
    );
  }
  const rows = await db
    .select({
      id: followupMilestones.id,
      kind: followupMilestones.kind,
      dueDate: followupMilestones.dueDate,
      status: followupMilestones.status,
      cycleId: followupCycles.id,
      cycle: followupCycles.title,
    })
    .from(followupMilestones)
    .innerJoin(followupCycles, eq(followupCycles.id, followupMilestones.cycleId))
    .where(
      and(
        scopeWhere(scopeFor(actor, 'followup'), { countyId: followupCycles.countyId }),
        eq(followupCycles.status, 'open'),
        ne(followupMilestones.status, 'done'),
        lte(followupMilestones.dueDate, q.until),
        own,
      ),
    )
    .orderBy(asc(followupMilestones.dueDate), asc(followupCycles.title));
  const items: WorkItem[] = rows.map((m) => ({
    kind: 'milestone',
    key: m.id,
    title: m.cycle,
    titleEn: null,
    context: null,
    dueDate: m.dueDate,
    state: m.status,
    step: null,
    milestone: m.kind,
    response: null,
    link: { kind: 'followupCycle', id: m.cycleId },
  }));
  return { milestonesComing: workList(items, q.limit) };
}
