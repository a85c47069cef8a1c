import { and, eq, isNotNull, ne, or } from 'drizzle-orm';
import type { Services } from '../platform/context.js';
import type { Executor } from '../platform/db/database.js';
import { queueMails } from '../platform/mail/outbox.js';
import { todayIso } from '../platform/today.js';
import type { Actor } from '../policy/policy.js';
import { recordChange } from '../audit/index.js';
import type { RemindOwners } from './contract.js';
import { followupCycles, followupMilestones } from './schema.js';
import { milestonesOf, type CycleRow } from './repository.js';
import { auditOf, cycleFor } from './access.js';
import { milestonesToRemind } from './rules.js';
import { milestoneReminderMail } from './mail.js';

/** The rule of the daily run: overdue milestones and those due within 3 days, at most weekly. */
export const DAILY_RULE: RemindOwners = { withinDays: 3, minIntervalDays: 7 };

/**
 * Remind the owners of a cycle's due milestones: the reminder marks, the mails in the outbox and
 * the audit entry in the caller's transaction, so a crash leaves all or none. `actor` null is the
 * daily scheduler — only the job passes it; the route always has a signed-in, authorised person.
 */
async function remindInCycle(
  tx: Executor,
  services: Services,
  c: CycleRow,
  actor: Actor | null,
  rule: RemindOwners,
  now: Date,
  today: string,
) {
  // Locked, so two presses (or two servers) at once do not remind anyone twice.
  await tx
    .select({ id: followupMilestones.id })
    .from(followupMilestones)
    .where(eq(followupMilestones.cycleId, c.id))
    .for('update');
  const due = milestonesToRemind(
    (await milestonesOf(tx, c.id, today)).map((m) => ({
      ...m,
      lastRemindedAt: m.lastRemindedAt ? new Date(m.lastRemindedAt) : null,
    })),
    today,
    now,
    rule,
  );
  if (!due.length) return 0;
  const url = `${services.config.publicUrl}/followup/${c.id}`;
  for (const m of due)
    await tx
      .update(followupMilestones)
      .set({ remindersSent: m.remindersSent + 1, lastRemindedAt: now })
      .where(eq(followupMilestones.id, m.id));
  await recordChange(tx, actor, {
    action: 'remind',
    ...auditOf(c),
    after: { reminded: due.map((m) => ({ milestone: m.kind, to: m.ownerEmail })) },
  });
  return queueMails(
    tx,
    due.map((m) => milestoneReminderMail({ name: m.ownerName, email: m.ownerEmail! }, m, c, url)),
  );
}

/** A coordinator reminds the owners of a cycle's milestones now; returns how many mails were queued. */
export async function remindOwners(
  services: Services,
  actor: Actor | undefined,
  id: string,
  rule: RemindOwners,
  now = new Date(),
  today = todayIso(),
) {
  const sent = await services.database.db.transaction(async (tx) => {
    const { c, actor: a } = await cycleFor(tx, actor, 'update', id);
    return remindInCycle(tx, services, c, a, rule, now, today);
  });
  return { sent };
}

/** The daily run: every open cycle with an owned milestone not done; returns how many mails were queued. */
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
        // A milestone owned by a body alone is reminded through its chair (or secretary).
        or(isNotNull(followupMilestones.ownerPersonId), isNotNull(followupMilestones.ownerBodyId)),
      ),
    );
  let sent = 0;
  for (const { id } of open)
    sent += await db.transaction(async (tx) => {
      const [c] = await tx.select().from(followupCycles).where(eq(followupCycles.id, id));
      return c ? remindInCycle(tx, services, c, null, DAILY_RULE, now, today) : 0;
    });
  return sent;
}
