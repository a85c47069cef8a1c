import { and, eq, ne } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import { AppError, notFound } from '../platform/errors.js';
import { saveVersioned } from '../platform/db/versioned.js';
import { change } from '../platform/db/unit-of-work.js';
import { authorize, type Actor } from '../policy/policy.js';
import { scopeFor } from '../policy/scope.js';
import { abilitiesFor, mayCreate } from '../policy/abilities.js';
import { recordChange } from '../audit/index.js';
import { findOrganisation } from '../organisations/index.js';
import { findPerson } from '../people/index.js';
import { bodies, memberships } from './schema.js';
import type {
  AddMember,
  Body,
  BodyPage,
  BodyQuery,
  BodyRecord,
  BodySummary,
  BodySummaryRecord,
  CreateBody,
  Membership,
  UpdateBody,
  UpdateMember,
} from './contract.js';
import { findBody, listBodies, listMemberships, reportingMap } from './repository.js';
import { checkPeriod, overlaps, wouldCycle } from './rules.js';

const target = (b: { countyId: string; organisationId: string }) => ({
  countyId: b.countyId,
  organisationId: b.organisationId,
});
const place = (b: BodyRecord) => ({ id: b.id, countyId: b.countyId, organisationId: b.organisationId });

/** The record as the signed-in person sees it: with what they may do with it. */
export function presentFor(actor: Actor | undefined, b: BodyRecord): Body;
export function presentFor(actor: Actor | undefined, b: BodySummaryRecord): BodySummary;
export function presentFor(actor: Actor | undefined, b: BodyRecord | BodySummaryRecord): Body | BodySummary {
  return { ...b, abilities: abilitiesFor(actor, 'body', target(b), ['update', 'archive']) };
}

/** The 409 of a stale save carries the body as saved now, as this person sees it. */
const current = (actor: Actor | undefined, id: string) => async (t: Executor) =>
  presentFor(actor, await findBody(t, id));

async function checkReportsTo(
  tx: Executor,
  bodyId: string | null,
  countyId: string,
  reportsToId: string | null | undefined,
) {
  if (!reportsToId) return;
  const parent = await findBody(tx, reportsToId).catch(() => {
    throw new AppError('record.not_found', `The body ${reportsToId} to report to does not exist`, {
      field: 'reportsToId',
    });
  });
  if (parent.countyId !== countyId)
    throw new AppError('record.not_found', 'The body to report to is in another county', { field: 'reportsToId' });
  if (bodyId && wouldCycle(bodyId, reportsToId, await reportingMap(tx, countyId))) {
    throw new AppError('body.reports_to_cycle', 'A body cannot report to itself or to a body that reports to it', {
      field: 'reportsToId',
    });
  }
}

export async function getBody(db: Db, actor: Actor | undefined, id: string): Promise<Body> {
  const b = await findBody(db, id);
  authorize(actor, 'read', 'body', target(b));
  return presentFor(actor, b);
}

export async function searchBodies(db: Db, actor: Actor | undefined, q: BodyQuery): Promise<BodyPage> {
  const a = authorize(actor, 'read', 'body');
  const page = await listBodies(db, scopeFor(a, 'body'), q);
  return {
    items: page.items.map((b) => presentFor(a, b)),
    total: page.total,
    abilities: { create: mayCreate(a, 'body', { countyId: a.countyId, organisationId: a.organisationId }) },
  };
}

export async function createBody(db: Db, actor: Actor | undefined, input: CreateBody): Promise<Body> {
  const created = await change(db, {
    entity: 'body',
    action: 'create',
    load: (tx) => findOrganisation(tx, input.organisationId),
    authorise: (org) => authorize(actor, 'create', 'body', { countyId: org.countyId, organisationId: org.id }),
    apply: async (tx, org) => {
      await checkReportsTo(tx, null, org.countyId, input.reportsToId);
      const [row] = await tx
        .insert(bodies)
        .values({ ...input, reportsToId: input.reportsToId ?? null, countyId: org.countyId })
        .returning({ id: bodies.id });
      return row.id;
    },
    present: findBody,
    place,
    before: () => null,
  });
  return presentFor(actor, created);
}

export async function updateBody(db: Db, actor: Actor | undefined, id: string, input: UpdateBody): Promise<Body> {
  const after = await change(db, {
    entity: 'body',
    action: 'update',
    load: (tx) => findBody(tx, id),
    authorise: (before) => authorize(actor, 'update', 'body', target(before)),
    apply: async (tx, before, a) => {
      if (input.organisationId && input.organisationId !== before.organisationId) {
        const org = await findOrganisation(tx, input.organisationId);
        authorize(a, 'update', 'body', { countyId: org.countyId, organisationId: org.id });
        if (org.countyId !== before.countyId)
          throw new AppError('record.not_found', 'The host organisation is in another county', {
            field: 'organisationId',
          });
      }
      if (input.reportsToId !== undefined) await checkReportsTo(tx, id, before.countyId, input.reportsToId);
      const { version, ...values } = input;
      await saveVersioned(tx, {
        table: bodies,
        entity: 'body',
        id,
        expectedVersion: version,
        values,
        present: current(actor, id),
      });
      return id;
    },
    present: findBody,
    place,
  });
  return presentFor(actor, after);
}

export async function setBodyArchived(
  db: Db,
  actor: Actor | undefined,
  id: string,
  version: number,
  archived: boolean,
): Promise<Body> {
  const after = await change(db, {
    entity: 'body',
    action: archived ? 'archive' : 'restore',
    load: (tx) => findBody(tx, id),
    authorise: (before) => authorize(actor, 'archive', 'body', target(before)),
    apply: async (tx) => {
      await saveVersioned(tx, {
        table: bodies,
        entity: 'body',
        id,
        expectedVersion: version,
        values: { archivedAt: archived ? new Date() : null },
        present: current(actor, id),
      });
      return id;
    },
    present: findBody,
    place,
  });
  return presentFor(actor, after);
}

/** A person may hold a role in a body once per period; overlapping periods are refused. */
async function checkNoOverlap(
  tx: Executor,
  bodyId: string,
  personId: string,
  period: { startDate: string; endDate: string | null },
  exceptId?: string,
) {
  const cond = exceptId
    ? and(eq(memberships.bodyId, bodyId), eq(memberships.personId, personId), ne(memberships.id, exceptId))
    : and(eq(memberships.bodyId, bodyId), eq(memberships.personId, personId));
  const existing = await listMemberships(tx, cond!);
  const clash = existing.find((m) => overlaps(m, period));
  if (clash) {
    throw new AppError(
      'body.member_already',
      `${clash.personName} is already a member of this body from ${clash.startDate}`,
      { field: 'personId', existingId: clash.id },
    );
  }
}

async function findMembership(tx: Executor, id: string): Promise<Membership> {
  const [m] = await listMemberships(tx, eq(memberships.id, id));
  if (!m) throw notFound('membership', id);
  return m;
}

/** A membership's change also goes into its body's history (the body's page shows who joined and left). */
async function noteOnBody(tx: Executor, actor: Actor, body: BodyRecord, before: unknown, after: unknown) {
  await recordChange(tx, actor, {
    action: 'update',
    entityType: 'body',
    ...place(body),
    entityId: body.id,
    before,
    after,
  });
}

export async function addMember(db: Db, actor: Actor | undefined, bodyId: string, input: AddMember): Promise<Body> {
  let countyId: string | null = null;
  await change(db, {
    entity: 'membership',
    action: 'create',
    load: async (tx) => {
      const body = await findBody(tx, bodyId);
      countyId = body.countyId;
      return body;
    },
    authorise: (body) => authorize(actor, 'update', 'body', target(body)),
    apply: async (tx, body, a) => {
      const person = await findPerson(tx, input.personId).catch(() => {
        throw new AppError('body.person_unknown', `No person with id ${input.personId}`, { field: 'personId' });
      });
      const organisationId = input.organisationId ?? person.organisationId;
      const org = await findOrganisation(tx, organisationId);
      if (person.countyId !== body.countyId || org.countyId !== body.countyId) {
        throw new AppError('body.person_unknown', 'The person or organisation belongs to another county', {
          field: 'personId',
        });
      }
      const period = { startDate: input.startDate, endDate: input.endDate ?? null };
      checkPeriod(period);
      await checkNoOverlap(tx, bodyId, person.id, period);
      const [row] = await tx
        .insert(memberships)
        .values({
          bodyId,
          personId: person.id,
          organisationId,
          role: input.role,
          party: input.party ?? null,
          ...period,
        })
        .returning({ id: memberships.id });
      const added = await findMembership(tx, row.id);
      await noteOnBody(tx, a, body, { members: body.members.length }, { members: body.members.length + 1, added });
      return row.id;
    },
    present: findMembership,
    place: (m) => ({ id: m.id, countyId, organisationId: m.organisationId }),
    before: () => null,
  });
  return getBody(db, actor, bodyId);
}

export async function updateMember(
  db: Db,
  actor: Actor | undefined,
  bodyId: string,
  membershipId: string,
  input: UpdateMember,
): Promise<Body> {
  let countyId: string | null = null;
  await change(db, {
    entity: 'membership',
    action: 'update',
    load: async (tx) => {
      const body = await findBody(tx, bodyId);
      const member = body.members.find((m) => m.id === membershipId);
      if (!member) throw notFound('membership', membershipId);
      countyId = body.countyId;
      return { body, member };
    },
    authorise: ({ body }) => authorize(actor, 'update', 'body', target(body)),
    apply: async (tx, { body, member }, a) => {
      const period = {
        startDate: input.startDate ?? member.startDate,
        endDate: input.endDate !== undefined ? input.endDate : member.endDate,
      };
      checkPeriod(period);
      await checkNoOverlap(tx, bodyId, member.personId, period, membershipId);
      if (input.organisationId) {
        const org = await findOrganisation(tx, input.organisationId);
        if (org.countyId !== body.countyId)
          throw new AppError('record.not_found', 'The organisation is in another county', { field: 'organisationId' });
      }
      const { version, ...values } = input;
      await saveVersioned(tx, {
        table: memberships,
        entity: 'membership',
        id: membershipId,
        expectedVersion: version,
        values: { ...values, ...period },
        present: current(actor, bodyId),
      });
      await noteOnBody(tx, a, body, { membership: member }, { membership: await findMembership(tx, membershipId) });
      return membershipId;
    },
    present: findMembership,
    place: (m) => ({ id: m.id, countyId, organisationId: m.organisationId }),
    before: ({ member }) => member,
  });
  return getBody(db, actor, bodyId);
}
