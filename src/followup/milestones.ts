import { and, eq } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';
import { saveVersioned } from '../platform/db/versioned.js';
import { change } from '../platform/db/unit-of-work.js';
import { todayIso } from '../platform/today.js';
import { authorize, type Actor } from '../policy/policy.js';
import { findPerson } from '../people/index.js';
import { findBody } from '../bodies/index.js';
import type { UpdateMilestone } from './contract.js';
import { followupMilestones } from './schema.js';
import { findCycleRow, type CycleRow } from './repository.js';
import { checkCycleDate, currentCycle, cyclePlace, cycleTarget } from './access.js';
import { getCycle } from './cycles.js';

type MilestoneRow = typeof followupMilestones.$inferSelect;

/** A milestone as its history shows it: which one, and what can be changed. */
const milestoneFields = (m: MilestoneRow) => ({
  milestone: m.kind,
  dueDate: m.dueDate,
  ownerPersonId: m.ownerPersonId,
  ownerBodyId: m.ownerBodyId,
  status: m.status,
  note: m.note,
});

async function findMilestone(tx: Executor, cycleId: string, milestoneId: string) {
  const [m] = await tx
    .select()
    .from(followupMilestones)
    .where(and(eq(followupMilestones.id, milestoneId), eq(followupMilestones.cycleId, cycleId)));
  if (!m) throw notFound('milestone', milestoneId);
  return m;
}

/** A milestone's owner is a current person or a body of the cycle's county. */
async function checkOwners(tx: Executor, c: CycleRow, input: UpdateMilestone) {
  if (input.ownerPersonId) {
    const p = await findPerson(tx, input.ownerPersonId);
    if (p.countyId !== c.countyId || p.archived) throw notFound('person', input.ownerPersonId);
  }
  if (input.ownerBodyId && (await findBody(tx, input.ownerBodyId)).countyId !== c.countyId)
    throw notFound('body', input.ownerBodyId);
}

/** Change a milestone's due date, owner, status or note; done milestones remember the day. */
export async function updateMilestone(
  db: Db,
  actor: Actor | undefined,
  id: string,
  milestoneId: string,
  input: UpdateMilestone,
) {
  let cycle: CycleRow | undefined;
  await change(db, {
    entity: 'followup',
    action: 'update',
    load: async (tx) => {
      cycle = await findCycleRow(tx, id);
      return { c: cycle, m: await findMilestone(tx, id, milestoneId) };
    },
    authorise: ({ c }) => authorize(actor, 'update', 'followup', cycleTarget(c)),
    before: ({ m }) => milestoneFields(m),
    apply: async (tx, { c, m }, a) => {
      await checkOwners(tx, c, input);
      checkCycleDate(c.year, input.dueDate, 'dueDate');
      const { version, ...values } = input;
      const set: Record<string, unknown> = { ...values };
      if (input.status && input.status !== m.status) set.doneOn = input.status === 'done' ? todayIso() : null;
      await saveVersioned(tx, {
        table: followupMilestones,
        entity: 'milestone',
        id: milestoneId,
        expectedVersion: version,
        values: set,
        present: currentCycle(a, id),
      });
      return milestoneId;
    },
    present: async (tx) => milestoneFields(await findMilestone(tx, id, milestoneId)),
    // A milestone's history is the cycle's.
    place: () => cyclePlace(cycle!),
  });
  return getCycle(db, actor, id);
}
