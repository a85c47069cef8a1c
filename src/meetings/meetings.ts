import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { change } from '../platform/db/unit-of-work.js';
import { saveVersioned } from '../platform/db/versioned.js';
import { authorize, mayAdjust, type Actor } from '../policy/policy.js';
import { scopeFor } from '../policy/scope.js';
import { abilitiesFor, mayCreate } from '../policy/abilities.js';
import { findBody } from '../bodies/index.js';
import { approvals, meetings } from './schema.js';
import type {
  CreateMeeting,
  Meeting,
  MeetingRecord,
  Participant,
  ParticipantInput,
  UpdateMeeting,
} from './contract.js';
import { adjustersOf, findMeeting, listAllMeetings, listMeetings, meetingRow } from './repository.js';

type MeetingTarget = { countyId: string; organisationId: string };
const target = (m: MeetingTarget) => ({ countyId: m.countyId, organisationId: m.organisationId });
export const placeMeeting = <T extends { id: string; countyId: string; organisationId: string }>(m: T) => ({
  id: m.id,
  countyId: m.countyId,
  organisationId: m.organisationId,
});

export function presentMeeting(actor: Actor | undefined, m: MeetingRecord): Meeting {
  return {
    ...m,
    abilities: {
      ...abilitiesFor(actor, 'meeting', target(m), ['update']),
      adjust: mayAdjust(actor, { countyId: m.countyId, adjusterPersonIds: m.adjusters.map((a) => a.personId) }),
    },
  };
}
export const currentMeeting = (actor: Actor | undefined, id: string) => async (t: Executor) =>
  presentMeeting(actor, await findMeeting(t, id));

/** Statuses in which the protocol may still be written. */
const open = new Set(['planned', 'called', 'held']);

/**
 * Every change to a protocol goes through here first: an adjusted protocol is locked (409: a
 * correction is a new edition with a note), and a change voids the approvals given so far, so the
 * chair and the adjusters approve what is there now.
 */
export async function touchProtocol(tx: Executor, m: { id: string; status: string; edition: number }) {
  if (!open.has(m.status))
    throw new AppError('meeting.protocol_locked', 'The protocol is adjusted; correct it as a new edition', {
      status: m.status,
    });
  await tx
    .delete(approvals)
    .where(and(eq(approvals.meetingId, m.id), eq(approvals.edition, m.edition), isNull(approvals.itemId)));
}

export async function getMeeting(db: Db, actor: Actor | undefined, id: string): Promise<Meeting> {
  const m = await findMeeting(db, id);
  authorize(actor, 'read', 'meeting', target(m));
  return presentMeeting(actor, m);
}

export async function searchMeetings(
  db: Db,
  actor: Actor | undefined,
  bodyId: string,
  q: { status?: string; from?: string; to?: string; limit: number; offset: number },
) {
  const body = await findBody(db, bodyId);
  const a = authorize(actor, 'read', 'meeting', target(body));
  const page = await listMeetings(db, scopeFor(a, 'meeting'), bodyId, q);
  return {
    items: page.items.map((m) => ({
      ...m,
      abilities: { ...abilitiesFor(a, 'meeting', target(m), ['update']), adjust: false },
    })),
    total: page.total,
    abilities: { create: mayCreate(a, 'meeting', target(body)) },
  };
}

/** The meetings of every body the person may read (the policy's scope), upcoming first, then past. */
export async function searchAllMeetings(
  db: Db,
  actor: Actor | undefined,
  q: { bodyId?: string; status?: string; from?: string; to?: string; limit: number; offset: number },
) {
  const a = authorize(actor, 'read', 'meeting');
  const page = await listAllMeetings(db, scopeFor(a, 'meeting'), q);
  return {
    items: page.items.map((m) => ({
      ...m,
      abilities: { ...abilitiesFor(a, 'meeting', target(m), ['update']), adjust: false },
    })),
    total: page.total,
    abilities: { create: mayCreate(a, 'meeting', { countyId: a.countyId, organisationId: a.organisationId }) },
  };
}

function checkDates(startDate: string, endDate: string) {
  if (endDate < startDate)
    throw new AppError('meeting.dates', 'The meeting cannot end before it starts', { field: 'endDate' });
}

export async function createMeeting(
  db: Db,
  actor: Actor | undefined,
  bodyId: string,
  input: CreateMeeting,
): Promise<Meeting> {
  const created = await change(db, {
    entity: 'meeting',
    action: 'create',
    load: (tx) => findBody(tx, bodyId),
    authorise: (body) => authorize(actor, 'create', 'meeting', target(body)),
    apply: async (tx, body) => {
      const endDate = input.endDate ?? input.startDate;
      checkDates(input.startDate, endDate);
      const [row] = await tx
        .insert(meetings)
        .values({
          countyId: body.countyId,
          organisationId: body.organisationId,
          bodyId,
          startDate: input.startDate,
          endDate,
          startTime: input.startTime ?? null,
          endTime: input.endTime ?? null,
          place: input.place ?? null,
          onlineUrl: input.onlineUrl ?? null,
          keptAt: input.keptAt ?? null,
          status: 'planned',
          participants: [],
        })
        .returning({ id: meetings.id });
      return row.id;
    },
    present: findMeeting,
    place: placeMeeting,
    before: () => null,
  });
  return presentMeeting(actor, created);
}

export async function updateMeeting(
  db: Db,
  actor: Actor | undefined,
  id: string,
  input: UpdateMeeting,
): Promise<Meeting> {
  const after = await change(db, {
    entity: 'meeting',
    action: 'update',
    load: (tx) => findMeeting(tx, id),
    authorise: (before) => authorize(actor, 'update', 'meeting', target(before)),
    apply: async (tx, before) => {
      await touchProtocol(tx, before);
      const { version, ...values } = input;
      checkDates(values.startDate ?? before.startDate, values.endDate ?? values.startDate ?? before.endDate);
      await saveVersioned(tx, {
        table: meetings,
        entity: 'meeting',
        id,
        expectedVersion: version,
        values: {
          ...values,
          ...(values.startDate && !values.endDate && before.startDate === before.endDate
            ? { endDate: values.startDate }
            : {}),
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

const votingRoles = new Set(['chair', 'vice_chair', 'member']);
const rosterRoles = new Set(['chair', 'vice_chair', 'member', 'substitute']);

/**
 * The participants as the protocol records them: members and substitutes come from the body's
 * roster on the meeting's day (name and party from there); others present are named freely. A
 * substitute serves for a member of the roster; arrivals and departures name §§.
 */
export async function resolveParticipants(
  tx: Executor,
  m: { bodyId: string; startDate: string },
  input: readonly ParticipantInput[],
): Promise<Participant[]> {
  const body = await findBody(tx, m.bodyId);
  const roster = body.members.filter(
    (x) => x.startDate <= m.startDate && (x.endDate == null || x.endDate >= m.startDate),
  );
  const out: Participant[] = input.map((p, i) => {
    const member = p.personId ? roster.find((x) => x.personId === p.personId) : undefined;
    const where = { field: `participants.${i}`, name: p.name ?? member?.personName ?? null };
    if (rosterRoles.has(p.role)) {
      if (!member)
        throw new AppError(
          'meeting.participant_invalid',
          `${p.name ?? p.personId ?? 'A participant'} is not on the body's roster on ${m.startDate}`,
          where,
        );
    } else if (!p.personId && !p.name)
      throw new AppError('meeting.participant_invalid', 'A participant without a person needs a name', where);
    if (p.fromNumber && p.untilNumber && p.untilNumber < p.fromNumber)
      throw new AppError('meeting.participant_invalid', `${where.name} leaves before arriving`, where);
    return {
      id: p.id ?? randomUUID(),
      personId: p.personId ?? null,
      name: p.name ?? member?.personName ?? '',
      party: p.party ?? member?.party ?? null,
      organisationName: p.organisationName ?? member?.organisationName ?? null,
      role: p.role,
      servesForId: p.servesForId ?? null,
      present: p.present,
      fromNumber: p.fromNumber ?? null,
      untilNumber: p.untilNumber ?? null,
      adjuster: p.adjuster,
    };
  });
  const ids = new Set(out.map((p) => p.id));
  if (ids.size !== out.length) throw new AppError('meeting.participant_invalid', 'A participant is listed twice', {});
  const persons = out.flatMap((p) => (p.personId ? [p.personId] : []));
  if (new Set(persons).size !== persons.length)
    throw new AppError('meeting.participant_invalid', 'A person is listed twice', {});
  for (const [i, p] of out.entries()) {
    if (!p.servesForId) continue;
    const forWhom = out.find((x) => x.id === p.servesForId);
    if (p.role !== 'substitute' || !forWhom || !votingRoles.has(forWhom.role))
      throw new AppError('meeting.participant_invalid', `${p.name} can only serve for a member of the body`, {
        field: `participants.${i}.servesForId`,
        name: p.name,
      });
  }
  return out;
}

export async function setParticipants(
  db: Db,
  actor: Actor | undefined,
  id: string,
  version: number,
  input: readonly ParticipantInput[],
): Promise<Meeting> {
  const after = await change(db, {
    entity: 'meeting',
    action: 'update',
    load: (tx) => findMeeting(tx, id),
    authorise: (before) => authorize(actor, 'update', 'meeting', target(before)),
    apply: async (tx, before) => {
      await touchProtocol(tx, before);
      const participants = await resolveParticipants(
        tx,
        { bodyId: before.body.id, startDate: before.startDate },
        input,
      );
      await saveVersioned(tx, {
        table: meetings,
        entity: 'meeting',
        id,
        expectedVersion: version,
        values: { participants },
        present: currentMeeting(actor, id),
      });
      return id;
    },
    present: findMeeting,
    place: placeMeeting,
  });
  return presentMeeting(actor, after);
}

/** The meeting took place: planned or called → held (the protocol is written from here on). */
export async function markHeld(db: Db, actor: Actor | undefined, id: string, version: number): Promise<Meeting> {
  const after = await change(db, {
    entity: 'meeting',
    action: 'update',
    load: (tx) => findMeeting(tx, id),
    authorise: (before) => authorize(actor, 'update', 'meeting', target(before)),
    apply: async (tx, before) => {
      if (before.status !== 'planned' && before.status !== 'called')
        throw new AppError('meeting.status', `The meeting is ${before.status}`, { status: before.status });
      await saveVersioned(tx, {
        table: meetings,
        entity: 'meeting',
        id,
        expectedVersion: version,
        values: { status: 'held' },
        present: currentMeeting(actor, id),
      });
      return id;
    },
    present: findMeeting,
    place: placeMeeting,
  });
  return presentMeeting(actor, after);
}

export { adjustersOf, meetingRow };
