import { and, eq, ne } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import { AppError, notFound } from '../platform/errors.js';
import { updateVersioned } from '../platform/db/versioned.js';
import { authorize, type Actor } from '../policy/policy.js';
import { recordChange } from '../audit/index.js';
import { findOrganisation } from '../organisations/index.js';
import { findPerson } from '../people/index.js';
import { bodies, memberships } from './schema.js';
import type { AddMember, BodyQuery, CreateBody, UpdateBody } from './contract.js';
import { findBody, listBodies, listMemberships, reportingMap } from './repository.js';
import { checkPeriod, overlaps, wouldCycle } from './rules.js';

const target = (b: { countyId: string; organisationId: string }) => ({
  countyId: b.countyId,
  organisationId: b.organisationId,
});

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

export async function getBody(db: Db, actor: Actor | undefined, id: string) {
  const b = await findBody(db, id);
  authorize(actor, 'read', 'body', target(b));
  return b;
}

export async function searchBodies(db: Db, actor: Actor | undefined, q: BodyQuery) {
  const a = authorize(actor, 'read', 'body');
  return listBodies(db, a.role === 'admin' ? null : a.countyId, q);
}

export async function createBody(db: Db, actor: Actor | undefined, input: CreateBody) {
  return db.transaction(async (tx) => {
    const org = await findOrganisation(tx, input.organisationId);
    const a = authorize(actor, 'create', 'body', { countyId: org.countyId, organisationId: org.id });
    await checkReportsTo(tx, null, org.countyId, input.reportsToId);
    const [row] = await tx
      .insert(bodies)
      .values({ ...input, reportsToId: input.reportsToId ?? null, countyId: org.countyId })
      .returning();
    const created = await findBody(tx, row.id);
    await recordChange(tx, a, {
      action: 'create',
      entityType: 'body',
      entityId: row.id,
      ...target(created),
      after: created,
    });
    return created;
  });
}

export async function updateBody(db: Db, actor: Actor | undefined, id: string, input: UpdateBody) {
  return db.transaction(async (tx) => {
    const before = await findBody(tx, id);
    const a = authorize(actor, 'update', 'body', target(before));
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
    await updateVersioned(tx, bodies, 'body', id, version, values, () => before);
    const after = await findBody(tx, id);
    await recordChange(tx, a, { action: 'update', entityType: 'body', entityId: id, ...target(after), before, after });
    return after;
  });
}

export async function setBodyArchived(
  db: Db,
  actor: Actor | undefined,
  id: string,
  version: number,
  archived: boolean,
) {
  return db.transaction(async (tx) => {
    const before = await findBody(tx, id);
    const a = authorize(actor, 'archive', 'body', target(before));
    await updateVersioned(tx, bodies, 'body', id, version, { archivedAt: archived ? new Date() : null }, () => before);
    const after = await findBody(tx, id);
    await recordChange(tx, a, {
      action: archived ? 'archive' : 'restore',
      entityType: 'body',
      entityId: id,
      ...target(after),
      before,
      after,
    });
    return after;
  });
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
      {
        field: 'personId',
        existingId: clash.id,
      },
    );
  }
}

export async function addMember(db: Db, actor: Actor | undefined, bodyId: string, input: AddMember) {
  return db.transaction(async (tx) => {
    const body = await findBody(tx, bodyId);
    const a = authorize(actor, 'update', 'body', target(body));
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
      .values({ bodyId, personId: person.id, organisationId, role: input.role, ...period })
      .returning();
    const [created] = await listMemberships(tx, eq(memberships.id, row.id));
    await recordChange(tx, a, {
      action: 'create',
      entityType: 'membership',
      entityId: row.id,
      ...target(body),
      after: created,
    });
    await recordChange(tx, a, {
      action: 'update',
      entityType: 'body',
      entityId: bodyId,
      ...target(body),
      before: { members: body.members.length },
      after: { members: body.members.length + 1, added: created },
    });
    return findBody(tx, bodyId);
  });
}

export async function updateMember(
  db: Db,
  actor: Actor | undefined,
  bodyId: string,
  membershipId: string,
  input: {
    role?: AddMember['role'];
    organisationId?: string;
    startDate?: string;
    endDate?: string | null;
    version: number;
  },
) {
  return db.transaction(async (tx) => {
    const body = await findBody(tx, bodyId);
    const a = authorize(actor, 'update', 'body', target(body));
    const before = body.members.find((m) => m.id === membershipId);
    if (!before) throw notFound('membership', membershipId);
    const period = {
      startDate: input.startDate ?? before.startDate,
      endDate: input.endDate !== undefined ? input.endDate : before.endDate,
    };
    checkPeriod(period);
    await checkNoOverlap(tx, bodyId, before.personId, period, membershipId);
    if (input.organisationId) {
      const org = await findOrganisation(tx, input.organisationId);
      if (org.countyId !== body.countyId)
        throw new AppError('record.not_found', 'The organisation is in another county', { field: 'organisationId' });
    }
    const { version, ...values } = input;
    await updateVersioned(tx, memberships, 'membership', membershipId, version, { ...values, ...period }, () => before);
    const [after] = await listMemberships(tx, eq(memberships.id, membershipId));
    await recordChange(tx, a, {
      action: 'update',
      entityType: 'membership',
      entityId: membershipId,
      ...target(body),
      before,
      after,
    });
    await recordChange(tx, a, {
      action: 'update',
      entityType: 'body',
      entityId: bodyId,
      ...target(body),
      before: { membership: before },
      after: { membership: after },
    });
    return findBody(tx, bodyId);
  });
}
