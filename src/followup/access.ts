import { and, eq } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { todayIso } from '../platform/today.js';
import { authorize, type Actor } from '../policy/policy.js';
import { recordChange } from '../audit/index.js';
import type { Cycle, MilestoneKind } from './contract.js';
import { followupMilestones } from './schema.js';
import { findCycleRow, presentCycle, type CycleRow } from './repository.js';
import { cycleDateRange, inCycleRange } from './rules.js';

/** What the policy needs to know about a cycle: it belongs to the region that runs the agreements. */
export const cycleTarget = (c: { countyId: string; organisationId: string }) => ({
  countyId: c.countyId,
  organisationId: c.organisationId,
});

/** Where a change to the cycle (or to a part of it) is filed in the audit log. */
export const cyclePlace = (c: { id: string; countyId: string; organisationId: string }) => ({
  id: c.id,
  countyId: c.countyId,
  organisationId: c.organisationId,
});

/** The audit entry's place for what is recorded beside a unit of work (reminders, milestones moved by it). */
export const auditOf = (c: { id: string; countyId: string; organisationId: string }) => ({
  entityType: 'followup' as const,
  entityId: c.id,
  countyId: c.countyId,
  organisationId: c.organisationId,
});

/** Load a cycle with the permission checked on it. */
export async function cycleFor(db: Executor, actor: Actor | undefined, action: 'read' | 'update', id: string) {
  const c = await findCycleRow(db, id);
  return { c, actor: authorize(actor, action, 'followup', cycleTarget(c)) };
}

/**
 * The cycle as saved now, as the person sees it: what a 409 `record.stale` carries as
 * `details.current` (every follow-up change answers the whole cycle, so its stale answer does too).
 */
export const currentCycle =
  (actor: Actor, id: string) =>
  async (tx: Executor): Promise<Cycle> =>
    presentCycle(tx, actor, await findCycleRow(tx, id));

/** A date of the cycle's work outside its period and the year after is a typing error: 400 naming the field. */
export function checkCycleDate(year: number, date: string | null | undefined, field: string) {
  if (date && !inCycleRange(year, date)) {
    const { from, to } = cycleDateRange(year);
    throw new AppError(
      'request.validation_failed',
      `${field}: ${date} is outside the follow-up ${year} (${from} – ${to})`,
      [{ field: `body.${field}`, message: `must be between ${from} and ${to}` }],
    );
  }
}

export function assertOpen(c: CycleRow) {
  if (c.status !== 'open')
    throw new AppError(
      'followup.decided',
      'The council has decided on this follow-up; reports and assessments are closed',
    );
}

/**
 * Mark a milestone as reached (or started) by what just happened, unless someone set it done
 * already. It happens inside the change that caused it and is audited as its own entry, so the
 * history says why the milestone moved.
 */
export async function advanceMilestone(
  tx: Executor,
  actor: Actor | null,
  c: CycleRow,
  kind: MilestoneKind,
  status: 'planned' | 'in_progress' | 'done',
  on: string = todayIso(),
) {
  const [m] = await tx
    .select()
    .from(followupMilestones)
    .where(and(eq(followupMilestones.cycleId, c.id), eq(followupMilestones.kind, kind)));
  if (!m || m.status === status || (m.status === 'done' && status !== 'planned')) return;
  const doneOn = status === 'done' ? on : null;
  await tx
    .update(followupMilestones)
    .set({ status, doneOn, version: m.version + 1, updatedAt: new Date() })
    .where(eq(followupMilestones.id, m.id));
  await recordChange(tx, actor, {
    action: 'update',
    ...auditOf(c),
    before: { milestone: kind, status: m.status, doneOn: m.doneOn },
    after: { milestone: kind, status, doneOn },
  });
}
