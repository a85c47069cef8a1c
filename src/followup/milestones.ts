import { and, eq, isNotNull, isNull, ne } from 'drizzle-orm';
import type { Db } from '../platform/db/database.js';
import type { Services } from '../platform/context.js';
import { notFound } from '../platform/errors.js';
import { updateVersioned } from '../platform/db/versioned.js';
import { todayIso } from '../platform/today.js';
import type { Actor } from '../policy/policy.js';
import { recordChange } from '../audit/record.js';
import { people } from '../people/schema.js';
import { bodies } from '../bodies/schema.js';
import { organisations } from '../organisations/schema.js';
import type { RemindOwners, UpdateMilestone } from './contract.js';
import { followupCycles, followupMilestones } from './schema.js';
import { milestonesOf } from './repository.js';
import { auditOf, checkCycleDate, cycleFor, getCycle } from './cycles.js';
import { milestonesToRemind } from './rules.js';
import { milestoneReminderMail } from './mail.js';

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

/** E-mail the owners of milestones that are overdue or due soon; returns how many mails went out. */
export async function remindOwners(
  services: Services,
  actor: Actor | undefined,
  id: string,
  rule: RemindOwners,
  now = new Date(),
  today = todayIso(),
) {
  const db = services.database.db;
  const mails = await db.transaction(async (tx) => {
    const { c, actor: a } = actor
      ? await cycleFor(tx, actor, 'update', id)
      : { c: (await tx.select().from(followupCycles).where(eq(followupCycles.id, id)))[0], actor: null };
    // Locked, so two presses at once do not remind anyone twice.
    await tx
      .select({ id: followupMilestones.id })
      .from(followupMilestones)
      .where(eq(followupMilestones.cycleId, id))
      .for('update');
    const due = milestonesToRemind(
      (await milestonesOf(tx, id, today)).map((m) => ({
        ...m,
        lastRemindedAt: m.lastRemindedAt ? new Date(m.lastRemindedAt) : null,
      })),
      today,
      now,
      rule,
    );
    const url = `${services.config.publicUrl}/followup/${id}`;
    const out = due.map((m) => milestoneReminderMail({ name: m.ownerName, email: m.ownerEmail! }, m, c, url));
    for (const m of due)
      await tx
        .update(followupMilestones)
        .set({ remindersSent: m.remindersSent + 1, lastRemindedAt: now })
        .where(eq(followupMilestones.id, m.id));
    if (due.length)
      await recordChange(tx, a, {
        action: 'remind',
        ...auditOf(c),
        after: { reminded: due.map((m) => ({ milestone: m.kind, to: m.ownerEmail })) },
      });
    return out;
  });
  for (const m of mails) await services.mailer.send(m);
  return { sent: mails.length };
}

/** Once a day: remind owners of overdue milestones (and those due within 3 days) in every open cycle. */
export async function remindAllOwners(services: Services, now = new Date(), today = todayIso()) {
  const db = services.database.db;
  const open = await db
    .selectDistinct({ id: followupCycles.id })
    .from(followupCycles)
    .innerJoin(followupMilestones, eq(followupMilestones.cycleId, followupCycles.id))
    .where(
      and(
        eq(followupCycles.status, 'open'),
        ne(followupMilestones.status, 'done'),
        isNotNull(followupMilestones.ownerPersonId),
      ),
    );
  let sent = 0;
  for (const { id } of open)
    sent += (await remindOwners(services, undefined, id, { withinDays: 3, minIntervalDays: 7 }, now, today)).sent;
  return sent;
}

/** Check once a day in the running server; the minimum interval makes restarts harmless. */
export function scheduleOwnerReminders(services: Services): () => void {
  const run = () => remindAllOwners(services).catch(() => undefined);
  const first = setTimeout(run, 90_000);
  const timer = setInterval(run, 24 * 3600_000);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
