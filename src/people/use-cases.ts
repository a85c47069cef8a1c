import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { saveVersioned } from '../platform/db/versioned.js';
import { change, type AuditPlace } from '../platform/db/unit-of-work.js';
import { authorize, type Actor } from '../policy/policy.js';
import { scopeFor } from '../policy/scope.js';
import { abilitiesFor, mayCreate, perTarget } from '../policy/abilities.js';
import { findOrganisation } from '../organisations/index.js';
import { people } from './schema.js';
import type { CreatePerson, Person, PersonPage, PersonQuery, PersonRecord, UpdatePerson } from './contract.js';
import { findPerson, listPeople } from './repository.js';

const targetOf = (p: PersonRecord) => ({ countyId: p.countyId, organisationId: p.organisationId });
const placeOf = (p: PersonRecord): AuditPlace => ({ id: p.id, ...targetOf(p) });

/** What the signed-in person may do with a person of this organisation (county). */
const personAbilities = (actor: Actor | undefined, target: { countyId: string; organisationId: string }) => ({
  ...abilitiesFor(actor, 'person', target, ['update', 'archive']),
  createAccount: mayCreate(actor, 'user', { countyId: target.countyId }),
});

/** The record as the signed-in person sees it: with what they may do with it. */
export const presentFor = (actor: Actor | undefined, p: PersonRecord): Person => ({
  ...p,
  abilities: personAbilities(actor, targetOf(p)),
});

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

export async function getPerson(db: Db, actor: Actor | undefined, id: string): Promise<Person> {
  const p = await findPerson(db, id);
  authorize(actor, 'read', 'person', targetOf(p));
  return presentFor(actor, p);
}

export async function searchPeople(db: Db, actor: Actor | undefined, q: PersonQuery): Promise<PersonPage> {
  const a = authorize(actor, 'read', 'person');
  const [page, where] = await Promise.all([
    listPeople(db, scopeFor(a, 'person'), q),
    // A member may add people to their own organisation; say so for the list it is looking at.
    q.organisationId ? findOrganisation(db, q.organisationId) : null,
  ]);
  const target = where ? { countyId: where.countyId, organisationId: where.id } : { countyId: a.countyId };
  // The people of a page belong to a few organisations: their abilities are decided once for each.
  const abilitiesOf = perTarget((t: ReturnType<typeof targetOf>) => personAbilities(a, t));
  return {
    items: page.items.map((p) => ({ ...p, abilities: abilitiesOf(targetOf(p)) })),
    total: page.total,
    abilities: { create: mayCreate(a, 'person', target) },
  };
}

export async function createPerson(db: Db, actor: Actor | undefined, input: CreatePerson): Promise<Person> {
  const created = await change(db, {
    entity: 'person',
    action: 'create',
    load: async (tx) => findOrganisation(tx, input.organisationId),
    authorise: (org) => authorize(actor, 'create', 'person', { countyId: org.countyId, organisationId: org.id }),
    apply: async (tx) => {
      await assertEmailFree(tx, input.email);
      const [row] = await tx.insert(people).values(input).returning({ id: people.id });
      return row.id;
    },
    present: findPerson,
    place: placeOf,
    // The organisation was loaded to authorise; a created record has no "before".
    before: () => null,
  });
  return presentFor(actor, created);
}

export async function updatePerson(db: Db, actor: Actor | undefined, id: string, input: UpdatePerson) {
  const after = await change(db, {
    entity: 'person',
    action: 'update',
    load: (tx) => findPerson(tx, id),
    authorise: (before) => authorize(actor, 'update', 'person', targetOf(before)),
    apply: async (tx, before, a) => {
      if (input.organisationId && input.organisationId !== before.organisationId) {
        const target = await findOrganisation(tx, input.organisationId);
        authorize(a, 'update', 'person', { countyId: target.countyId, organisationId: target.id });
      }
      await assertEmailFree(tx, input.email, id);
      const { version, ...values } = input;
      await saveVersioned(tx, {
        table: people,
        entity: 'person',
        id,
        expectedVersion: version,
        values,
        present: async (t) => presentFor(actor, await findPerson(t, id)),
      });
      return id;
    },
    present: findPerson,
    place: placeOf,
  });
  return presentFor(actor, after);
}

export async function setPersonArchived(
  db: Db,
  actor: Actor | undefined,
  id: string,
  version: number,
  archived: boolean,
): Promise<Person> {
  const after = await change(db, {
    entity: 'person',
    action: archived ? 'archive' : 'restore',
    load: (tx) => findPerson(tx, id),
    authorise: (before) => authorize(actor, 'archive', 'person', targetOf(before)),
    apply: async (tx) => {
      await saveVersioned(tx, {
        table: people,
        entity: 'person',
        id,
        expectedVersion: version,
        values: { archivedAt: archived ? new Date() : null },
        present: async (t) => presentFor(actor, await findPerson(t, id)),
      });
      return id;
    },
    present: findPerson,
    place: placeOf,
  });
  return presentFor(actor, after);
}
