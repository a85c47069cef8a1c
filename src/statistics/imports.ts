/**
 * Imports of key figures from Kolada: queued by a coordinator (one unit of work: the import, the
 * KPIs' metadata and the durable job, audited), run by the job `statistics.import` (jobs.ts).
 */
import type { Db } from '../platform/db/database.js';
import type { Services } from '../platform/context.js';
import { change } from '../platform/db/unit-of-work.js';
import { AppError, notFound } from '../platform/errors.js';
import { enqueueJob } from '../platform/jobs/queue.js';
import { findCounty } from '../counties/index.js';
import { organisationsOfCounty } from '../organisations/index.js';
import { mayCreate } from '../policy/abilities.js';
import { authorize, type Actor } from '../policy/policy.js';
import { scopeFor } from '../policy/scope.js';
import type { CreateImport, CreateKoladaImport, Import } from './contract.js';
import { findImport, insertImport, listImports, upsertKoladaKpis } from './repository.js';
import { importAreas } from './rules.js';
import { createScbImport } from './imports-scb.js';
import { fromSourceCall, koladaClient } from './sources-config.js';
import type { KoladaClient } from './sources/kolada.js';

export const IMPORT_JOB = 'statistics.import';

/** The municipality codes of a county's organisations. */
export async function countyMunicipalityCodes(db: Db, countyId: string): Promise<Map<string, string>> {
  const orgs = await organisationsOfCounty(db, countyId);
  return new Map([...orgs.values()].flatMap((o) => (o.municipalityCode ? [[o.municipalityCode, o.name]] : [])));
}

export async function createImport(services: Services, actor: Actor | undefined, input: CreateImport): Promise<Import> {
  if (input.source === 'scb') return createScbImport(services, actor, input);
  return queueKoladaImport(services.database.db, actor, input, koladaClient(services.config));
}

/**
 * A Kolada import checked and queued. The demo (src/app/demo/statistics.ts) passes its recorded
 * Kolada and runs the import at once instead of queueing the job (`demo`: marked as demo).
 */
export async function queueKoladaImport(
  db: Db,
  actor: Actor | undefined,
  input: CreateKoladaImport,
  kolada: KoladaClient,
  opts: { demo?: boolean } = {},
): Promise<Import> {
  // Who first: nobody but a coordinator (or an administrator) makes us ask the source anything.
  const who = authorize(actor, 'create', 'statistics', { countyId: actor?.countyId });
  const county = await findCounty(db, who.countyId);
  const municipalities = await countyMunicipalityCodes(db, county.id);
  const areas = importAreas(input.areas, [...municipalities.keys()], county.code);
  if (areas.foreign.length)
    throw new AppError(
      'statistics.area_not_in_county',
      `Not a municipality of ${county.name}: ${areas.foreign.join(', ')}`,
      { codes: areas.foreign },
    );
  // An unknown KPI is refused now (404 "finns inte i Kolada"), not found out by a job later.
  const kpis = await fromSourceCall(() => kolada.getKpis(input.kpiIds));
  const fetchedAt = new Date();
  return change(db, {
    entity: 'statistics_import',
    action: 'create',
    load: async () => null,
    authorise: () => authorize(actor, 'create', 'statistics', { countyId: county.id }),
    async apply(tx, _before, by) {
      await upsertKoladaKpis(tx, kpis, fetchedAt);
      const id = await insertImport(tx, {
        countyId: county.id,
        kind: 'kolada',
        createdBy: by.userId,
        parameters: {
          kpiIds: kpis.map((k) => k.id),
          years: [...new Set(input.years)].sort((a, b) => a - b),
          areas: input.areas,
          areaCodes: areas.codes,
          fromDate: input.fromDate ?? null,
          ...(opts.demo ? { demo: true } : {}),
        },
      });
      if (!opts.demo) await enqueueJob(tx, IMPORT_JOB, { importId: id }, { key: id });
      return id;
    },
    present: async (tx, id) => (await findImport(tx, id))!,
    place: (after) => ({ id: after.id, countyId: after.countyId }),
  });
}

export async function getImport(db: Db, actor: Actor | undefined, id: string): Promise<Import> {
  authorize(actor, 'read', 'statistics', { countyId: actor?.countyId });
  const found = await findImport(db, id);
  if (!found) throw notFound('statistics import', id);
  authorize(actor, 'read', 'statistics', { countyId: found.countyId });
  return found;
}

export async function searchImports(db: Db, actor: Actor | undefined, page: { limit: number; offset: number }) {
  const who = authorize(actor, 'read', 'statistics', { countyId: actor?.countyId });
  const { items, total } = await listImports(db, scopeFor(who, 'statistics'), page);
  return { items, total, abilities: { create: mayCreate(who, 'statistics', { countyId: who.countyId }) } };
}
