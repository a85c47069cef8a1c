import { and, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { change } from '../platform/db/unit-of-work.js';
import { saveVersioned } from '../platform/db/versioned.js';
import { authorize, authorizeAdjusting, can, type Actor } from '../policy/policy.js';
import { todayIso } from '../platform/today.js';
import { approvals, items, meetings } from './schema.js';
import type { Item, ItemContent, Meeting, MeetingRecord } from './contract.js';
import {
  adjustersOf,
  approvalsOf,
  findItem,
  findMeeting,
  itemRow,
  itemsOfMeeting,
  meetingRow,
  participantsOf,
} from './repository.js';
import { currentMeeting, placeMeeting, presentMeeting } from './meetings.js';
import { presentItemFor } from './items.js';
import { profileFor } from './law.js';
import { isBlocking, protocolProblems, readyToAdjust, swedishDateOf, type ProtocolDraft } from './rules/index.js';
import type { Executor } from '../platform/db/database.js';
import { findBody } from '../bodies/index.js';

const target = (m: { countyId: string; organisationId: string }) => ({
  countyId: m.countyId,
  organisationId: m.organisationId,
});

/**
 * Who may adjust: the persons named for the protocol (the policy refuses everyone else, and everyone
 * while none is named). Only a person who runs the meeting learns that nobody is named yet (409), so
 * the answer to anyone else is the policy's and never the meeting's state.
 */
function adjustingTarget(actor: Actor | undefined, m: MeetingRecord) {
  const adjusterPersonIds = m.adjusters.map((a) => a.personId);
  if (!adjusterPersonIds.length && actor && can(actor, 'update', 'meeting', target(m)))
    throw new AppError('meeting.no_adjusters', 'Name the chair and the adjusters among the participants first');
  return { countyId: m.countyId, adjusterPersonIds };
}

/** The protocol as the rules see it: its head, who took part, and each § with its content. */
async function protocolDraft(tx: Executor, m: MeetingRecord): Promise<ProtocolDraft> {
  const rows = await itemsOfMeeting(tx, m.id);
  return {
    bodyName: m.body.name,
    place: m.place,
    onlineUrl: m.onlineUrl,
    attendance: m.participants,
    chairId: m.participants.find((p) => p.role === 'chair')?.id ?? null,
    adjusterIds: m.participants.filter((p) => p.adjuster).map((p) => p.id),
    paragraphs: rows.map((r) => {
      const c = r.content as ItemContent;
      return {
        number: r.number,
        jav: c.jav,
        title: r.title,
        // A proposition on the proposal says there was one, also when only the matter's text gives it.
        hasProposal: !!c.proposal || c.propositions.some((x) => x.on.includes('proposal')),
        motions: c.motions,
        propositions: c.propositions,
        vote: c.vote ?? null,
        decision: c.decision,
        reservations: c.reservations,
      };
    }),
  };
}

/**
 * 409 `meeting.not_ready` while the protocol lacks what the law requires of it (5 kap. 67 §): the
 * chair and the adjusters would sign something incomplete. Advice (the order of propositions) does
 * not stop it. `details.problems` lists each problem with its code, § and member, for the web.
 */
async function assertReadyToAdjust(tx: Executor, m: MeetingRecord) {
  const draft = await protocolDraft(tx, m);
  const rules = profileFor(m.body.type).rules;
  if (readyToAdjust(draft, rules)) return;
  const problems = protocolProblems(draft, rules)
    .filter(isBlocking)
    .map((p) => ({
      code: p.code,
      message: p.message,
      paragraph: p.paragraph ?? null,
      participantId: p.participantId ?? null,
      name: p.name ?? null,
    }));
  throw new AppError(
    'meeting.not_ready',
    `The protocol is not ready to adjust: ${problems.map((p) => p.message).join('; ')}`,
    { count: problems.length, problems },
  );
}

/**
 * The chair or a named adjuster approves the protocol as it is now (the version they saw), with
 * their own account; the time is kept. When the last of them approves, the protocol is adjusted
 * (dated that day) and locked.
 */
export async function approveProtocol(
  db: Db,
  actor: Actor | undefined,
  id: string,
  version: number,
  /** When it was approved: now, or the seed's own day for a protocol adjusted before Samsyn kept it. */
  at: Date = new Date(),
): Promise<Meeting> {
  const after = await change(db, {
    entity: 'protocol',
    action: 'update',
    load: (tx) => findMeeting(tx, id),
    authorise: (m) => {
      authorize(actor, 'read', 'meeting', target(m));
      return authorizeAdjusting(actor, adjustingTarget(actor, m));
    },
    apply: async (tx, m, a) => {
      if (m.status !== 'held')
        throw new AppError('meeting.status', `A protocol is adjusted after the meeting is held (now ${m.status})`, {
          status: m.status,
        });
      if (m.version !== version)
        throw new AppError('record.stale', 'The protocol changed after you opened it', {
          current: presentMeeting(actor, m),
        });
      if (m.adjusters.find((x) => x.personId === a.personId)?.approvedAt)
        throw new AppError('meeting.already_approved', 'You have already approved this protocol');
      await assertReadyToAdjust(tx, m);
      await tx.insert(approvals).values({ meetingId: id, personId: a.personId, edition: m.edition, approvedAt: at });
      const done = new Set((await approvalsOf(tx, id, m.edition)).map((x) => x.personId));
      const complete = m.adjusters.every((x) => done.has(x.personId));
      if (complete)
        await saveVersioned(tx, {
          table: meetings,
          entity: 'meeting',
          id,
          expectedVersion: version,
          values: { status: 'adjusted', adjustedOn: swedishDateOf(at.toISOString()) },
          present: currentMeeting(actor, id),
        });
      return id;
    },
    present: findMeeting,
    place: placeMeeting,
  });
  return presentMeeting(actor, after);
}

/**
 * Immediate adjusting (omedelbar justering) of one § at the meeting: when the chair and every
 * adjuster have approved it, the § is locked ahead of the rest of the protocol.
 */
export async function approveItem(
  db: Db,
  actor: Actor | undefined,
  meetingId: string,
  itemId: string,
  version: number,
): Promise<Item> {
  let where = { countyId: '', organisationId: '' };
  const after = await change(db, {
    entity: 'protocol',
    action: 'update',
    load: async (tx) => ({ m: await findMeeting(tx, meetingId), row: await itemRow(tx, itemId) }),
    authorise: ({ m }) => {
      authorize(actor, 'read', 'meeting', target(m));
      return authorizeAdjusting(actor, adjustingTarget(actor, m));
    },
    apply: async (tx, { m, row }, a) => {
      where = target(m);
      if (row.meetingId !== meetingId) throw new AppError('record.not_found', `No § ${itemId} in this meeting`);
      if (row.adjustedAt) throw new AppError('meeting.protocol_locked', `§ ${row.number} is adjusted already`);
      if (row.version !== version)
        throw new AppError('record.stale', 'The § changed after you opened it', {
          current: presentItemFor(actor, await findItem(tx, itemId), m),
        });
      const given = await approvalsOf(tx, meetingId, m.edition, itemId);
      if (given.some((x) => x.personId === a.personId))
        throw new AppError('meeting.already_approved', 'You have already approved this §');
      await tx.insert(approvals).values({ meetingId, itemId, personId: a.personId, edition: m.edition });
      const done = new Set([...given.map((x) => x.personId), a.personId]);
      if (m.adjusters.every((x) => done.has(x.personId)))
        await tx
          .update(items)
          .set({ adjustedAt: new Date() })
          .where(and(eq(items.id, itemId)));
      return itemId;
    },
    present: findItem,
    place: (i) => ({ id: i.id, ...where }),
    before: ({ row }) => row,
  });
  return presentItemFor(actor, after, where);
}

/**
 * The notice on the notice board (anslag): only for an adjusted protocol (409 before), and only
 * for bodies whose rules have one (a collaboration council has no notice or appeal).
 */
export async function announceProtocol(
  db: Db,
  actor: Actor | undefined,
  id: string,
  input: { version: number; postedOn?: string; keptAt?: string | null },
): Promise<Meeting> {
  const after = await change(db, {
    entity: 'protocol',
    action: 'publish',
    load: (tx) => findMeeting(tx, id),
    authorise: (m) => authorize(actor, 'update', 'meeting', target(m)),
    apply: async (tx, m) => {
      if (m.status !== 'adjusted')
        throw new AppError(
          'meeting.not_adjusted',
          m.status === 'announced' ? 'The protocol is announced already' : 'Adjust the protocol before announcing it',
          { status: m.status },
        );
      if (!profileFor((await findBody(tx, m.body.id)).type).announces)
        throw new AppError('meeting.no_notice', `${m.body.name} does not announce its protocols`);
      const postedOn = input.postedOn ?? todayIso();
      if (m.adjustedOn && postedOn < m.adjustedOn)
        throw new AppError('request.validation_failed', 'The notice cannot go up before the protocol is adjusted', {
          field: 'postedOn',
        });
      await saveVersioned(tx, {
        table: meetings,
        entity: 'meeting',
        id,
        expectedVersion: input.version,
        values: {
          status: 'announced',
          announcedOn: postedOn,
          ...(input.keptAt !== undefined ? { keptAt: input.keptAt } : {}),
        },
        present: currentMeeting(actor, id),
      });
      return id;
    },
    present: findMeeting,
    place: placeMeeting,
  });
  return presentMeeting(actor, after);
}

/**
 * A correction of an adjusted protocol: a new edition with a note, written and adjusted again; the
 * earlier edition's approvals stay as they were.
 */
export async function correctProtocol(
  db: Db,
  actor: Actor | undefined,
  id: string,
  input: { version: number; note: string },
): Promise<Meeting> {
  const after = await change(db, {
    entity: 'protocol',
    action: 'update',
    load: (tx) => findMeeting(tx, id),
    authorise: (m) => authorize(actor, 'update', 'meeting', target(m)),
    apply: async (tx, m, a) => {
      if (m.status !== 'adjusted' && m.status !== 'announced')
        throw new AppError('meeting.status', 'Only an adjusted protocol is corrected as a new edition', {
          status: m.status,
        });
      const row = await meetingRow(tx, id);
      const corrections = [
        ...m.corrections,
        { edition: m.edition + 1, note: input.note, at: new Date().toISOString(), by: a.name },
      ];
      await saveVersioned(tx, {
        table: meetings,
        entity: 'meeting',
        id,
        expectedVersion: input.version,
        values: { edition: row.edition + 1, corrections, status: 'held', adjustedOn: null, announcedOn: null },
        present: currentMeeting(actor, id),
      });
      return id;
    },
    present: findMeeting,
    place: placeMeeting,
  });
  return presentMeeting(actor, after);
}

export { adjustersOf, participantsOf };
