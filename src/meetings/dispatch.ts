import { asc, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { change } from '../platform/db/unit-of-work.js';
import { saveVersioned } from '../platform/db/versioned.js';
import { queueMail } from '../platform/mail/outbox.js';
import { authorize, type Actor } from '../policy/policy.js';
import { organisationNames } from '../organisations/index.js';
import { personSummaries } from '../people/index.js';
import { dispatches, meetings } from './schema.js';
import type { Meeting } from './contract.js';
import { findMeeting, meetingRow } from './repository.js';
import { currentMeeting, placeMeeting, presentMeeting } from './meetings.js';
import { meetingCall, protocolItems, protocolModel } from './protocol-map.js';
import { extractPdf, meetingCalendar, meetingDays } from './protocol/index.js';

const target = (m: { countyId: string; organisationId: string }) => ({
  countyId: m.countyId,
  organisationId: m.organisationId,
});

/**
 * The call (kallelse): a mail to every participant with an address, with the agenda and a calendar
 * invitation (.ics), queued in the outbox in the same transaction as the meeting's new status; who
 * got it is recorded. A new call of a called meeting goes again (the invitation updates).
 */
export async function sendCall(
  db: Db,
  actor: Actor | undefined,
  id: string,
  version: number,
  baseUrl: string,
): Promise<Meeting> {
  const after = await change(db, {
    entity: 'meeting',
    action: 'update',
    load: (tx) => findMeeting(tx, id),
    authorise: (m) => authorize(actor, 'update', 'meeting', target(m)),
    apply: async (tx, m) => {
      if (m.status !== 'planned' && m.status !== 'called')
        throw new AppError('meeting.status', `A meeting that is ${m.status} is not called`, { status: m.status });
      await saveVersioned(tx, {
        table: meetings,
        entity: 'meeting',
        id,
        expectedVersion: version,
        values: { status: 'called', calledAt: new Date() },
        present: currentMeeting(actor, id),
      });
      const org = (await organisationNames(tx, [m.organisationId])).get(m.organisationId)?.name ?? '';
      const call = meetingCall({ ...m, version: version + 1 }, org, `${baseUrl}/meetings/${m.id}`);
      const ics = Buffer.from(meetingCalendar(call)).toString('base64');
      const emails = await personSummaries(
        tx,
        m.participants.flatMap((p) => (p.personId ? [p.personId] : [])),
      );
      const agenda = m.items.map(
        (i) => `§ ${i.number} ${i.title}${i.registrationNumber ? ` (${i.registrationNumber})` : ''}`,
      );
      for (const p of m.participants) {
        const email = p.personId ? (emails.get(p.personId)?.email ?? null) : null;
        const mailId = email
          ? await queueMail(tx, {
              to: email,
              subject: `Kallelse: ${m.body.name} ${meetingDays(m.startDate, m.endDate !== m.startDate ? m.endDate : null)}`,
              text: [
                `Du kallas till sammanträde med ${m.body.name}.`,
                `Tid: ${meetingDays(m.startDate, m.endDate !== m.startDate ? m.endDate : null)}${m.startTime ? ` kl. ${m.startTime}` : ''}`,
                ...(m.place ? [`Plats: ${m.place}`] : []),
                ...(m.onlineUrl ? [`Länk: ${m.onlineUrl}`] : []),
                '',
                'Föredragningslista:',
                ...agenda,
              ].join('\n'),
              attachments: [
                { filename: 'kallelse.ics', contentType: 'text/calendar; charset=utf-8; method=REQUEST', content: ics },
              ],
            })
          : null;
        await tx
          .insert(dispatches)
          .values({ meetingId: id, kind: 'call', recipient: p.name, email, mailId, sent: !!mailId });
      }
      return id;
    },
    present: findMeeting,
    place: placeMeeting,
  });
  return presentMeeting(actor, after);
}

/**
 * Extracts (protokollsutdrag) of an adjusted protocol: each § to its recipients (expedieras till)
 * with an address, as a PDF extract with "Utdragsbestyrkande"; every recipient is recorded, with or
 * without an address, so the secretary sees who still needs a letter.
 */
export async function sendExtracts(
  db: Db,
  actor: Actor | undefined,
  id: string,
  input: { version: number; itemIds?: string[] },
): Promise<Meeting> {
  const after = await change(db, {
    entity: 'protocol',
    action: 'update',
    load: (tx) => findMeeting(tx, id),
    authorise: (m) => authorize(actor, 'update', 'meeting', target(m)),
    apply: async (tx, m) => {
      if (m.status !== 'adjusted' && m.status !== 'announced')
        throw new AppError('meeting.not_adjusted', 'Extracts are sent from an adjusted protocol', { status: m.status });
      if (m.version !== input.version)
        throw new AppError('record.stale', 'The protocol changed after you opened it', {
          current: presentMeeting(actor, m),
        });
      const items = await protocolItems(tx, m);
      const chosen = input.itemIds ? items.filter((i) => input.itemIds!.includes(i.id)) : items;
      if (input.itemIds && chosen.length !== input.itemIds.length)
        throw new AppError('record.not_found', 'A § is not in this protocol', { field: 'itemIds' });
      const model = await protocolModel(tx, m, items);
      for (const item of chosen) {
        const pdf = item.recipients.some((r) => r.email) ? await extractPdf(model, [item.number]) : null;
        for (const r of item.recipients) {
          const mailId =
            r.email && pdf
              ? await queueMail(tx, {
                  to: r.email,
                  subject: `Protokollsutdrag: ${m.body.name} § ${item.number} ${item.title}`,
                  text: `Protokollsutdrag från ${m.body.name} ${m.startDate}, § ${item.number} ${item.title}.`,
                  attachments: [
                    {
                      filename: `protokollsutdrag-${item.year}-${item.number}.pdf`,
                      contentType: 'application/pdf',
                      content: pdf.toString('base64'),
                    },
                  ],
                })
              : null;
          await tx.insert(dispatches).values({
            meetingId: id,
            kind: 'extract',
            itemIds: [item.id],
            recipient: r.name,
            email: r.email ?? null,
            mailId,
            sent: !!mailId,
          });
        }
      }
      return id;
    },
    present: findMeeting,
    place: placeMeeting,
  });
  return presentMeeting(actor, after);
}

export async function listDispatches(db: Db, actor: Actor | undefined, id: string) {
  const m = await meetingRow(db, id);
  authorize(actor, 'read', 'meeting', target(m));
  const model = await findMeeting(db, id);
  const numbers = new Map(model.items.map((i) => [i.id, i.number]));
  const rows = await db.select().from(dispatches).where(eq(dispatches.meetingId, id)).orderBy(asc(dispatches.at));
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind as 'call' | 'extract',
      itemNumbers: ((r.itemIds ?? []) as string[]).flatMap((x) => (numbers.has(x) ? [numbers.get(x)!] : [])),
      recipient: r.recipient,
      email: r.email,
      sent: r.sent,
      at: r.at.toISOString(),
    })),
  };
}
