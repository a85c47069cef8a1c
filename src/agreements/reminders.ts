import { and, eq } from 'drizzle-orm';
import type { Services } from '../platform/context.js';
import { agreements, remindersSent } from './schema.js';
import { findAgreement, todayIso } from './repository.js';
import { remindersDue } from './rules/index.js';
import { recordChange } from '../audit/record.js';
import type { IsoDate } from './rules/dates.js';

const text = {
  subject: (title: string, party: string, deadline: string) =>
    `Påminnelse: sista dag för uppsägning ${deadline} – ${title}, ${party}`,
  body: (title: string, party: string, deadline: string, end: string, next: string, url: string) =>
    `Hej!\n\nDetta är en påminnelse från Samsyn om samverkansavtalet ”${title}” med ${party}.\n\nAvtalet förlängs automatiskt om ingen part säger upp det. Sista dag för att en uppsägning ska ha kommit fram är ${deadline}; avtalet löper då ut ${end}. Utan uppsägning förlängs det till ${next}.\n\nAvtalet i Samsyn: ${url}\n\n— English —\nA reminder about the collaboration agreement "${title}" with ${party}: a notice of termination must be received by ${deadline} to end it on ${end}; otherwise it is extended to ${next}.\n\nSamsyn`,
};

/**
 * E-mail the current contact persons of both parties when a notice deadline is within the
 * template's reminder days; each deadline is reminded once. Returns how many mails went out.
 */
export async function sendNoticeReminders(
  services: Services,
  today: IsoDate = todayIso(),
  countyId: string | null = null,
): Promise<number> {
  const db = services.database.db;
  const rows = await db
    .select({ id: agreements.id })
    .from(agreements)
    .where(countyId ? eq(agreements.countyId, countyId) : undefined);
  let sent = 0;
  for (const { id } of rows) {
    const a = await findAgreement(db, id);
    if (a.status.status === 'ended' || a.notices.length) continue;
    const due = remindersDue(a.periods, today, a.terms.reminderDays);
    for (const p of due) {
      const [already] = await db
        .select()
        .from(remindersSent)
        .where(and(eq(remindersSent.agreementId, id), eq(remindersSent.deadline, p.noticeDeadline)));
      if (already) continue;
      const next = a.periods.find((x) => x.number === p.number + 1);
      const to = a.contacts.map((c) => c.email).filter((e): e is string => !!e);
      for (const address of to) {
        await services.mailer.send({
          to: address,
          subject: text.subject(a.title, a.party.name, p.noticeDeadline),
          text: text.body(
            a.title,
            a.party.name,
            p.noticeDeadline,
            p.end,
            next?.end ?? '–',
            `${services.config.publicUrl}/agreements/${id}`,
          ),
        });
        sent++;
      }
      await db.insert(remindersSent).values({ agreementId: id, deadline: p.noticeDeadline }).onConflictDoNothing();
      await recordChange(db, null, {
        action: 'remind',
        entityType: 'agreement',
        entityId: id,
        countyId: a.countyId,
        organisationId: a.party.id,
        after: { noticeDeadline: p.noticeDeadline, to },
      });
    }
  }
  return sent;
}

/** Check once a day in the running server; the work is idempotent, so restarts are harmless. */
export function scheduleReminders(services: Services): () => void {
  const run = () => sendNoticeReminders(services).catch(() => undefined);
  const first = setTimeout(run, 60_000);
  const timer = setInterval(run, 24 * 3600_000);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
