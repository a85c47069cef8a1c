import { and, eq, ne } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { saveVersioned } from '../platform/db/versioned.js';
import { change } from '../platform/db/unit-of-work.js';
import { authorize, type Actor } from '../policy/policy.js';
import { scopeFor } from '../policy/scope.js';
import { abilitiesFor, mayCreate } from '../policy/abilities.js';
import { organisations } from './schema.js';
import type {
  CreateOrganisation,
  Organisation,
  OrganisationPage,
  OrganisationQuery,
  OrganisationRecord,
  UpdateOrganisation,
} from './contract.js';
import { checkMunicipalityFields, normalisePopulations } from './rules.js';
import { findOrganisation, listOrganisations, replacePopulations } from './repository.js';
import { findCounty } from '../counties/index.js';

const targetOf = (o: OrganisationRecord) => ({ countyId: o.countyId, organisationId: o.id });

/** The record as the signed-in person sees it: with what they may do with it. */
export const presentFor = (actor: Actor | undefined, o: OrganisationRecord): Organisation => ({
  ...o,
  abilities: abilitiesFor(actor, 'organisation', targetOf(o), ['update', 'archive']),
});

async function assertCodeFree(db: Executor, code: string | null | undefined, exceptId?: string) {
  if (!code) return;
  const cond = exceptId
    ? and(eq(organisations.municipalityCode, code), ne(organisations.id, exceptId))
    : eq(organisations.municipalityCode, code);
  const [clash] = await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(cond);
  if (clash) {
    throw new AppError(
      'organisation.duplicate_municipality_code',
      `Municipality code ${code} already belongs to ${clash.name}`,
      { field: 'municipalityCode', existingId: clash.id },
    );
  }
}

const storedPopulations = (list: NonNullable<CreateOrganisation['populations']>) =>
  normalisePopulations(list).map((p) => ({ ...p, source: p.source ?? null }));

export async function getOrganisation(db: Db, actor: Actor | undefined, id: string): Promise<Organisation> {
  const org = await findOrganisation(db, id);
  authorize(actor, 'read', 'organisation', targetOf(org));
  return presentFor(actor, org);
}

export async function searchOrganisations(
  db: Db,
  actor: Actor | undefined,
  q: OrganisationQuery,
): Promise<OrganisationPage> {
  const a = authorize(actor, 'read', 'organisation', { countyId: q.countyId ?? null });
  const page = await listOrganisations(db, scopeFor(a, 'organisation'), q);
  return {
    items: page.items.map((o) => presentFor(a, o)),
    total: page.total,
    abilities: { create: mayCreate(a, 'organisation', { countyId: q.countyId ?? a.countyId }) },
  };
}

export async function createOrganisation(
  db: Db,
  actor: Actor | undefined,
  input: CreateOrganisation,
): Promise<Organisation> {
  const countyId = input.countyId ?? actor?.countyId ?? '';
  const created = await change(db, {
    entity: 'organisation',
    action: 'create',
    load: async () => null,
    authorise: () => authorize(actor, 'create', 'organisation', { countyId }),
    apply: async (tx) => {
      checkMunicipalityFields(input.type, input.municipalityCode, input.populations);
      await findCounty(tx, countyId);
      await assertCodeFree(tx, input.municipalityCode);
      const { populations: pops, countyId: _c, ...values } = input;
      const [row] = await tx
        .insert(organisations)
        .values({ ...values, countyId })
        .returning({ id: organisations.id });
      await replacePopulations(tx, row.id, storedPopulations(pops ?? []));
      return row.id;
    },
    present: findOrganisation,
    place: (o) => ({ id: o.id, countyId: o.countyId, organisationId: o.id }),
  });
  return presentFor(actor, created);
}

export async function updateOrganisation(
  db: Db,
  actor: Actor | undefined,
  id: string,
  input: UpdateOrganisation,
): Promise<Organisation> {
  const after = await change(db, {
    entity: 'organisation',
    action: 'update',
    load: (tx) => findOrganisation(tx, id),
    authorise: (before) => authorize(actor, 'update', 'organisation', targetOf(before)),
    apply: async (tx, before) => {
      const type = input.type ?? before.type;
      const code = input.municipalityCode !== undefined ? input.municipalityCode : before.municipalityCode;
      const pops = input.populations ?? (type === 'municipality' ? undefined : before.populations);
      checkMunicipalityFields(type, code, pops);
      await assertCodeFree(tx, code, id);
      const { populations: newPops, version, ...values } = input;
      await saveVersioned(tx, {
        table: organisations,
        entity: 'organisation',
        id,
        expectedVersion: version,
        values,
        present: async (t) => presentFor(actor, await findOrganisation(t, id)),
      });
      if (newPops) await replacePopulations(tx, id, storedPopulations(newPops));
      return id;
    },
    present: findOrganisation,
    place: (o) => ({ id: o.id, countyId: o.countyId, organisationId: o.id }),
  });
  return presentFor(actor, after);
}

export async function setOrganisationArchived(
  db: Db,
  actor: Actor | undefined,
  id: string,
  version: number,
  archived: boolean,
): Promise<Organisation> {
  const after = await change(db, {
    entity: 'organisation',
    action: archived ? 'archive' : 'restore',
    load: (tx) => findOrganisation(tx, id),
    authorise: (before) => authorize(actor, 'archive', 'organisation', targetOf(before)),
    apply: async (tx) => {
      await saveVersioned(tx, {
        table: organisations,
        entity: 'organisation',
        id,
        expectedVersion: version,
        values: { archivedAt: archived ? new Date() : null },
        present: async (t) => presentFor(actor, await findOrganisation(t, id)),
      });
      return id;
    },
    present: findOrganisation,
    place: (o) => ({ id: o.id, countyId: o.countyId, organisationId: o.id }),
  });
  return presentFor(actor, after);
}
