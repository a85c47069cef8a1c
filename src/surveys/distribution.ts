import { eq } from 'drizzle-orm';
import type { Services } from '../platform/context.js';
import type { Db, Executor } from '../platform/db/database.js';
import { queueMails } from '../platform/mail/outbox.js';
import { AppError, notFound } from '../platform/errors.js';
import type { Actor } from '../policy/policy.js';
import { recordChange } from '../audit/index.js';
import { newToken, sha256 } from '../auth/index.js';
import { bodyNames, countyBodiesWithLeads } from '../bodies/index.js';
import { organisationNames } from '../organisations/index.js';
import { personContacts } from '../people/index.js';
import type { BodyRecipient, InviteInput, QuestionnaireRecord, Skipped } from './contract.js';
import { invitations, surveyLinks } from './schema.js';
import { invitationsOf, swedishToday } from './repository.js';
import { auditOf, questionnaireFor } from './access.js';
import { respondLink, surveyMail } from './mail.js';
import { selectReminders, type ReminderRule } from './reminder-rule.js';
import { responseRates } from './compile.js';

type Mail = ReturnType<typeof surveyMail>;
type NewInvitation = typeof invitations.$inferInsert;

function assertOpen(q: QuestionnaireRecord) {
  if (q.status !== 'open' || q.closesAt < swedishToday()) {
    throw new AppError(
      'survey.not_open',
      'Open the questionnaire (and keep its closing date ahead) before inviting or reminding',
    );
  }
}

type Found = { invitation: NewInvitation; skipped?: undefined } | { invitation?: undefined; skipped: Skipped };

/** The county's bodies with the one who would answer for each (their chair, else their secretary, with an address). */
async function bodyRespondents(tx: Executor, q: QuestionnaireRecord, bodyIds?: string[]) {
  const list = await countyBodiesWithLeads(tx, q.countyId, swedishToday(), bodyIds);
  const contacts = await personContacts(
    tx,
    list.flatMap((b) => b.leads.map((l) => l.personId)),
  );
  return list.map(({ leads, ...body }) => {
    // Chairs first, then the longest serving: the first of them with an address who is not archived.
    const lead = leads.find((l) => {
      const p = contacts.get(l.personId);
      return p?.email && !p.archived;
    });
    const p = lead && contacts.get(lead.personId)!;
    const m =
      lead && p
        ? {
            personId: p.id,
            given: p.givenName,
            family: p.familyName,
            email: p.email,
            organisationId: lead.organisationId,
            locale: p.locale,
          }
        : undefined;
    return { body, m };
  });
}

/** The body's current chair, else its current secretary, with an e-mail address: the one who answers for it. */
async function respondentsFor(tx: Executor, q: QuestionnaireRecord, bodyIds: string[]): Promise<Found[]> {
  if (!bodyIds.length) return [];
  const found = await bodyRespondents(tx, q, bodyIds);
  const missing = bodyIds.find((id) => !found.some((f) => f.body.id === id));
  if (missing) throw notFound('body', missing);
  return found.map(({ body, m }): Found =>
    m
      ? {
          invitation: {
            questionnaireId: q.id,
            bodyId: body.id,
            personId: m.personId,
            organisationId: m.organisationId,
            name: `${m.given} ${m.family}`,
            email: m.email!,
            locale: m.locale ?? 'sv',
          },
        }
      : { skipped: { bodyId: body.id, personId: null, name: body.name, reason: 'no_chair_or_secretary' } },
  );
}

/** Before sending: each of the county's bodies and who would receive its link, or why nobody would. */
export async function bodyRecipients(db: Db, actor: Actor | undefined, id: string): Promise<BodyRecipient[]> {
  const { q } = await questionnaireFor(db, actor, 'read', id);
  return (await bodyRespondents(db, q)).map(({ body, m }) => ({
    bodyId: body.id,
    bodyName: body.name,
    recipient: m ? { name: `${m.given} ${m.family}`, email: m.email! } : null,
    reason: m ? null : 'no_chair_or_secretary',
  }));
}

/** The people to invite, in the order given; each must be of the questionnaire's county. */
async function personRespondents(tx: Executor, q: QuestionnaireRecord, personIds: string[]): Promise<Found[]> {
  if (!personIds.length) return [];
  const contacts = await personContacts(tx, personIds);
  const orgs = await organisationNames(
    tx,
    [...contacts.values()].map((p) => p.organisationId),
  );
  return personIds.map((personId): Found => {
    const p = contacts.get(personId);
    if (!p || orgs.get(p.organisationId)?.countyId !== q.countyId) throw notFound('person', personId);
    if (!p.email || p.archived) return { skipped: { bodyId: null, personId, name: p.name, reason: 'no_email' } };
    return {
      invitation: {
        questionnaireId: q.id,
        personId,
        organisationId: p.organisationId,
        name: p.name,
        email: p.email,
        locale: p.locale ?? 'sv',
      },
    };
  });
}

/** A new link for an invitation: the token goes into the mail, only its hash into the database. */
async function newLink(tx: Executor, services: Services, invitationId: string) {
  const token = newToken();
  await tx.insert(surveyLinks).values({ tokenHash: sha256(token), invitationId });
  return respondLink(services.config.publicUrl, token);
}

/**
 * Invite bodies (their chair or secretary answers) and people; those already invited are left as
 * they are. The invitations and their mails (in the outbox) are written in one transaction.
 */
export async function invite(services: Services, actor: Actor | undefined, id: string, input: InviteInput) {
  const db = services.database.db;
  const created = await db.transaction(async (tx) => {
    const { q, actor: a } = await questionnaireFor(tx, actor, 'update', id);
    assertOpen(q);
    // One after another: a transaction is one connection. Those nobody can be invited for are
    // skipped and listed; the rest are invited.
    const found = await respondentsFor(tx, q, input.bodyIds);
    found.push(...(await personRespondents(tx, q, input.personIds)));
    const wanted = found.flatMap((f) => (f.invitation ? [f.invitation] : []));
    const skipped = found.flatMap((f) => (f.skipped ? [f.skipped] : []));
    const rows = wanted.length ? await tx.insert(invitations).values(wanted).onConflictDoNothing().returning() : [];
    const mails: Mail[] = [];
    const bodies = await bodyNames(tx, input.bodyIds);
    for (const r of rows)
      mails.push(
        surveyMail(
          q,
          { ...r, bodyName: r.bodyId ? (bodies.get(r.bodyId)?.name ?? null) : null },
          await newLink(tx, services, r.id),
          false,
        ),
      );
    if (rows.length)
      await recordChange(tx, a, {
        action: 'update',
        ...auditOf(q),
        after: { invited: rows.map((r) => ({ name: r.name, email: r.email, bodyId: r.bodyId })) },
      });
    await queueMails(tx, mails);
    return { created: rows.length, skipped };
  });
  return { ...created, invitations: await invitationsOf(db, id) };
}

export async function listInvitations(db: Db, actor: Actor | undefined, id: string) {
  await questionnaireFor(db, actor, 'read', id);
  return invitationsOf(db, id);
}

/**
 * Remind those who have not completed, by the rule in reminder-rule.ts; each reminder carries a
 * fresh link. The reminder marks and the mails (in the outbox) are written in one transaction.
 */
export async function remind(
  services: Services,
  actor: Actor | undefined,
  id: string,
  rule: ReminderRule,
  now = new Date(),
) {
  const db = services.database.db;
  const sent = await db.transaction(async (tx) => {
    const { q, actor: a } = await questionnaireFor(tx, actor, 'update', id);
    assertOpen(q);
    // Locked, so two coordinators pressing at once do not remind anyone twice.
    const rows = await tx.select().from(invitations).where(eq(invitations.questionnaireId, id)).for('update');
    const due = selectReminders(rows, now, rule);
    const bodyNames = new Map((await invitationsOf(tx, id)).map((i) => [i.id, i.bodyName]));
    const out: Mail[] = [];
    for (const r of due) {
      await tx
        .update(invitations)
        .set({ remindersSent: r.remindersSent + 1, lastRemindedAt: now })
        .where(eq(invitations.id, r.id));
      out.push(surveyMail(q, { ...r, bodyName: bodyNames.get(r.id) ?? null }, await newLink(tx, services, r.id), true));
    }
    if (due.length)
      await recordChange(tx, a, {
        action: 'update',
        ...auditOf(q),
        after: { reminded: due.map((r) => r.email), rule },
      });
    return queueMails(tx, out);
  });
  return { sent };
}

export async function responseRate(db: Db, actor: Actor | undefined, id: string) {
  await questionnaireFor(db, actor, 'read', id);
  return responseRates(await invitationsOf(db, id));
}
