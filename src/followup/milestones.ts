import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';
import { updateVersioned } from '../platform/db/versioned.js';
import { todayIso } from '../platform/today.js';
import type { Actor } from '../policy/policy.js';
import { recordChange } from '../audit/index.js';
import { people } from '../people/index.js';
import { bodies } from '../bodies/index.js';
import { organisations } from '../organisations/index.js';
import type { UpdateMilestone } from './contract.js';
import { followupMilestones } from './schema.js';
import { auditOf, checkCycleDate, cycleFor, getCycle } from './cycles.js';

/** Change a milestone's due date, owner, status or note; done milestones remember the day. */
export async function updateMilestone(
  db: Db,
  actor: Actor | undefined,
  id: string,
  milestoneId: string,
  input: UpdateMilestone,
) {
  await db.transaction(async (tx) => {
    const { c, actor: a } = await cycleFor(tx, actor, 'update', id);
    const [before] = await tx
      .select()
      .from(followupMilestones)
      .where(and(eq(followupMilestones.id, milestoneId), eq(followupMilestones.cycleId, id)));
    if (!before) throw notFound('milestone', milestoneId);
    if (input.ownerPersonId) {
      const [p] = await tx
        .select({ id: people.id })
        .from(people)
        .innerJoin(organisations, eq(organisations.id, people.organisationId))
        .where(
          and(eq(people.id, input.ownerPersonId), eq(organisations.countyId, c.countyId), isNull(people.archivedAt)),
        );
      if (!p) throw notFound('person', input.ownerPersonId);
    }
    if (input.ownerBodyId) {
      const [b] = await tx
        .select({ id: bodies.id })
        .from(bodies)
        .where(and(eq(bodies.id, input.ownerBodyId), eq(bodies.countyId, c.countyId)));
      if (!b) throw notFound('body', input.ownerBodyId);
    }
    checkCycleDate(c.year, input.dueDate, 'dueDate');
    const { version, ...values } = input;
    const set: Record<string, unknown> = { ...values };
    if (input.status && input.status !== before.status) set.doneOn = input.status === 'done' ? todayIso() : null;
    const after = await updateVersioned(tx, followupMilestones, 'milestone', milestoneId, version, set);
    await recordChange(tx, a, {
      action: 'update',
      ...auditOf(c),
      before: { milestone: before.kind, ...pick(before) },
      after: { milestone: after.kind, ...pick(after) },
    });
  });
  return getCycle(db, actor, id);
}

const pick = (m: typeof followupMilestones.$inferSelect) => ({
  dueDate: m.dueDate,
  ownerPersonId: m.ownerPersonId,
  ownerBodyId: m.ownerBodyId,
  status: m.status,
  note: m.note,
});
