import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { updateVersioned } from '../platform/db/versioned.js';
import { authorize, type Actor } from '../policy/policy.js';
import { recordChange } from '../audit/index.js';
import { findOrganisation } from '../organisations/index.js';
import { people } from './schema.js';
import type { CreatePerson, PersonQuery, UpdatePerson } from './contract.js';
import { findPerson, listPeople } from './repository.js';

async function assertEmailFree(db: Executor, email: string | null | undefined, exceptId?: string) {
  if (!email) return;
  const cond = exceptId
    ? and(eq(sql`lower(${people.email})`, email.toLowerCase()), ne(people.id, exceptId))
    : eq(sql`lower(${people.email})`, email.toLowerCase());
  const [clash] = await db.select({ id: people.id }).from(people).where(cond);
  if (clash)
    throw new AppError('person.duplicate_email', `Another person already has the address ${email}`, {
      field: 'email',
      existingId: clash.id,
    });
}

export async function getPerson(db: Db, actor: Actor | undefined, id: string) {
  const p = await findPerson(db, id);
  authorize(actor, 'read', 'person', { countyId: p.countyId, organisationId: p.organisationId });
  return p;
}

export async function searchPeople(db: Db, actor: Actor | undefined, q: PersonQuery) {
  const a = authorize(actor, 'read', 'person');
  return listPeople(db, a.role === 'admin' ? null : a.countyId, q);
}

export async function createPerson(db: Db, actor: Actor | undefined, input: CreatePerson) {
  return db.transaction(async (tx) => {
    const org = await findOrganisation(tx, input.organisationId);
    const a = authorize(actor, 'create', 'person', { countyId: org.countyId, organisationId: org.id });
    await assertEmailFree(tx, input.email);
    const [row] = await tx.insert(people).values(input).returning();
    const created = await findPerson(tx, row.id);
    await recordChange(tx, a, {
      action: 'create',
      entityType: 'person',
      entityId: row.id,
      countyId: org.countyId,
      organisationId: org.id,
      after: created,
    });
    return created;
  });
}

export async function updatePerson(db: Db, actor: Actor | undefined, id: string, input: UpdatePerson) {
  return db.transaction(async (tx) => {
    const before = await findPerson(tx, id);
    const a = authorize(actor, 'update', 'person', {
      countyId: before.countyId,
      organisationId: before.organisationId,
    });
    if (input.organisationId && input.organisationId !== before.organisationId) {
      const target = await findOrganisation(tx, input.organisationId);
      authorize(a, 'update', 'person', { countyId: target.countyId, organisationId: target.id });
    }
    await assertEmailFree(tx, input.email, id);
    const { version, ...values } = input;
    await updateVersioned(tx, people, 'person', id, version, values, () => before);
    const after = await findPerson(tx, id);
    await recordChange(tx, a, {
      action: 'update',
      entityType: 'person',
      entityId: id,
      countyId: after.countyId,
      organisationId: after.organisationId,
      before,
      after,
    });
    return after;
  });
}

export async function setPersonArchived(
  db: Db,
  actor: Actor | undefined,
  id: string,
  version: number,
  archived: boolean,
) {
  return db.transaction(async (tx) => {
    const before = await findPerson(tx, id);
    const a = authorize(actor, 'archive', 'person', {
      countyId: before.countyId,
      organisationId: before.organisationId,
    });
    await updateVersioned(
      tx,
      people,
      'person',
      id,
      version,
      { archivedAt: archived ? new Date() : null },
      () => before,
    );
    const after = await findPerson(tx, id);
    await recordChange(tx, a, {
      action: archived ? 'archive' : 'restore',
      entityType: 'person',
      entityId: id,
      countyId: after.countyId,
      organisationId: after.organisationId,
      before,
      after,
    });
    return after;
  });
}
