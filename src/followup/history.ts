import { eq } from 'drizzle-orm';
import type { Db } from '../platform/db/database.js';
import { authorize, can, type Actor } from '../policy/policy.js';
import { listAuditOf } from '../audit/index.js';
import { activityReports, municipalFeedback } from './schema.js';
import { cycleFor } from './cycles.js';
import { canSeeFeedback, reportTarget } from './repository.js';

/** The cycle's history with that of its reports and assessments — only those the reader may see. */
export async function cycleHistory(db: Db, actor: Actor | undefined, id: string) {
  const { c, actor: a } = await cycleFor(db, actor, 'read', id);
  authorize(a, 'read', 'audit', { countyId: c.countyId, organisationId: c.organisationId });
  const reports = await db
    .select({ id: activityReports.id, status: activityReports.status })
    .from(activityReports)
    .where(eq(activityReports.cycleId, id));
  const feedback = await db.select().from(municipalFeedback).where(eq(municipalFeedback.cycleId, id));
  return listAuditOf(db, [
    { entityType: 'followup', entityIds: [id] },
    {
      entityType: 'followup_report',
      entityIds: reports
        .filter((r) => can(a, 'read', 'followup', reportTarget(c, r.status === 'published')))
        .map((r) => r.id),
    },
    {
      entityType: 'followup_feedback',
      entityIds: feedback.filter((f) => canSeeFeedback(a, c.countyId, f.organisationId, f)).map((f) => f.id),
    },
  ]);
}
