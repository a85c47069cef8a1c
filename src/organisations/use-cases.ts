import { and, eq, ne } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { updateVersioned } from '../platform/db/versioned.js';
import { authorize, type Actor } from '../policy/policy.js';
import { recordChange } from '../audit/index.js';
import { organisations } from './schema.js';
import type { CreateOrganisation, Organisation, OrganisationQuery, UpdateOrganisation } from './contract.js';
import { checkMunicipalityFields, normalisePopulations } from './rules.js';
import { findOrganisation, listOrganisations, replacePopulations } from './repository.js';
import { findCounty } from '../counties/index.js';

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
      {
        field: 'municipalityCode',
        existingId: clash.id,
      },
    );
  }
}

export async function getOrganisation(db: Db, actor: Actor | undefined, id: string) {
  const org = await findOrganisation(db, id);
  authorize(actor, 'read', 'organisation', { countyId: org.countyId, organisationId: org.id });
  return org;
}

export async function searchOrganisations(db: Db, actor: Actor | undefined, q: OrganisationQuery) {
  const a = authorize(actor, 'read', 'organisation', { countyId: q.countyId ?? null });
  return listOrganisations(db, a.role === 'admin' ? null : a.countyId, q);
}

export async function createOrganisation(
  db: Db,
  actor: Actor | undefined,
  input: CreateOrganisation,
): Promise<Organisation> {
  const countyId = input.countyId ?? actor?.countyId ?? '';
  const a = authorize(actor, 'create', 'organisation', { countyId });
  checkMunicipalityFields(input.type, input.municipalityCode, input.populations);
  return db.transaction(async (tx) => {
    await findCounty(tx, countyId);
    await assertCodeFree(tx, input.municipalityCode);
    const { populations: pops, countyId: _c, ...values } = input;
    const [row] = await tx
      .insert(organisations)
      .values({ ...values, countyId })
      .returning();
    await replacePopulations(
      tx,
      row.id,
      normalisePopulations(pops ?? []).map((p) => ({ ...p, source: p.source ?? null })),
    );
    const created = await findOrganisation(tx, row.id);
    await recordChange(tx, a, {
      action: 'create',
      entityType: 'organisation',
      entityId: row.id,
      countyId,
      organisationId: row.id,
      after: created,
    });
    return created;
  });
}

export async function updateOrganisation(
  db: Db,
  actor: Actor | undefined,
  id: string,
  input: UpdateOrganisation,
): Promise<Organisation> {
  return db.transaction(async (tx) => {
    const before = await findOrganisation(tx, id);
    const a = authorize(actor, 'update', 'organisation', { countyId: before.countyId, organisationId: id });
    const type = input.type ?? before.type;
    const code = input.municipalityCode !== undefined ? input.municipalityCode : before.municipalityCode;
    const pops = input.populations ?? (type === 'municipality' ? undefined : before.populations);
    checkMunicipalityFields(type, code, pops);
    await assertCodeFree(tx, code, id);
    const { populations: newPops, version, ...values } = input;
    await updateVersioned(tx, organisations, 'organisation', id, version, values, () => before);
    if (newPops)
      await replacePopulations(
        tx,
        id,
        normalisePopulations(newPops).map((p) => ({ ...p, source: p.source ?? null })),
      );
    const after = await findOrganisation(tx, id);
    await recordChange(tx, a, {
      action: 'update',
      entityType: 'organisation',
      entityId: id,
      countyId: after.countyId,
      organisationId: id,
      before,
      after,
    });
    return after;
  });
}

export async function setOrganisationArchived(
  db: Db,
  actor: Actor | undefined,
  id: string,
  version: number,
  archived: boolean,
) {
  return db.transaction(async (tx) => {
    const before = await findOrganisation(tx, id);
    const a = authorize(actor, 'archive', 'organisation', { countyId: before.countyId, organisationId: id });
    await updateVersioned(
      tx,
      organisations,
      'organisation',
      id,
      version,
      { archivedAt: archived ? new Date() : null },
      () => before,
    );
    const after = await findOrganisation(tx, id);
    await recordChange(tx, a, {
      action: archived ? 'archive' : 'restore',
      entityType: 'organisation',
      entityId: id,
      countyId: after.countyId,
      organisationId: id,
      before,
      after,
    });
    return after;
  });
}
