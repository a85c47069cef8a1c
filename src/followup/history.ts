import { eq } from 'drizzle-orm';
import type { Db } from '../platform/db/database.js';
import { can, type Actor } from '../policy/policy.js';
import { activityReports, municipalFeedback } from './schema.js';
import { canSeeFeedback, findCycleRow, reportTarget } from './repository.js';

/**
 * The parts of a cycle with their own history, as far as the reader may see them: its reports
 * (drafts are the region's) and the municipalities' assessments (drafts are their authors').
 */
export async function cycleParts(db: Db, actor: Actor, id: string) {
  const c = await findCycleRow(db, id);
  const reports = await db
    .select({ id: activityReports.id, status: activityReports.status })
    .from(activityReports)
    .where(eq(activityReports.cycleId, id));
  const feedback = await db.select().from(municipalFeedback).where(eq(municipalFeedback.cycleId, id));
  return [
    {
      entityType: 'followup_report' as const,
      entityIds: reports
        .filter((r) => can(actor, 'read', 'followup', reportTarget(c, r.status === 'published')))
        .map((r) => r.id),
    },
    {
      entityType: 'followup_feedback' as const,
      entityIds: feedback.filter((f) => canSeeFeedback(actor, c.countyId, f.organisationId, f)).map((f) => f.id),
    },
  ];
}
