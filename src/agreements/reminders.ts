import { eq } from 'drizzle-orm';
import type { Services } from '../platform/context.js';
import { queueMails } from '../platform/mail/outbox.js';
import { agreements, remindersSent } from './schema.js';
import { findAgreement, todayIso } from './repository.js';
import { remindersDue } from './rules/index.js';
import { recordChange } from '../audit/index.js';
import type { IsoDate } from './rules/dates.js';

const text = {
  subject: (title: string, party: string, deadline: string) =>
    `Påminnelse: sista dag för uppsägning ${deadline} – ${title}, ${party}`,
  body: (title: string, party: string, deadline: string, end: string, next: string, url: string) =>
    `Hej!\n\nDetta är en påminnelse från Samsyn om samverkansavtalet ”${title}” med ${party}.\n\nAvtalet förlängs automatiskt om ingen part säger upp det. Sista dag för att en uppsägning ska ha kommit fram är ${deadline}; avtalet löper då ut ${end}. Utan uppsägning förlängs det till ${next}.\n\nAvtalet i Samsyn: ${url}\n\n— English —\nA reminder about the collaboration agreement "${title}" with ${party}: a notice of termination must be received by ${deadline} to end it on ${end}; otherwise it is extended to ${next}.\n\nSamsyn`,
};

/**
 * Queue mail to the current contact persons of both parties when a notice deadline is within the
 * template's reminder days; each deadline is reminded once. The "reminded" mark, the mails in the
 * outbox and the audit entry are written in one transaction: a crash leaves all or none, and of two
 * servers running this at once only the one whose mark is written queues the mails (the other's
 * insert waits for it and then finds the mark). Returns how many mails were queued.
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
  let queued = 0;
  for (const { id } of rows) {
    const a = await findAgreement(db, id);
    if (a.status.status === 'ended' || a.notices.length) continue;
    for (const p of remindersDue(a.periods, today, a.terms.reminderDays)) {
      queued += await db.transaction(async (tx) => {
        const [mark] = await tx
          .insert(remindersSent)
          .values({ agreementId: id, deadline: p.noticeDeadline })
          .onConflictDoNothing()
          .returning();
        if (!mark) return 0;
        const next = a.periods.find((x) => x.number === p.number + 1);
        const to = a.contacts.map((c) => c.email).filter((e): e is string => !!e);
        const url = `${services.config.publicUrl}/agreements/${id}`;
        const subject = text.subject(a.title, a.party.name, p.noticeDeadline);
        const body = text.body(a.title, a.party.name, p.noticeDeadline, p.end, next?.end ?? '–', url);
        await recordChange(tx, null, {
          action: 'remind',
          entityType: 'agreement',
          entityId: id,
          countyId: a.countyId,
          organisationId: a.party.id,
          after: { noticeDeadline: p.noticeDeadline, to },
        });
        return queueMails(
          tx,
          to.map((address) => ({ to: address, subject, text: body })),
        );
      });
    }
  }
  return queued;
}
