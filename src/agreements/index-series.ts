import { and, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/database.js';
import { change } from '../platform/db/unit-of-work.js';
import { authorize, type Actor } from '../policy/policy.js';
import { scopeFor } from '../policy/scope.js';
import { abilitiesFor, mayCreate } from '../policy/abilities.js';
import { indexSeries, indexValues } from './schema.js';
import type { IndexSeries, IndexSeriesPage, IndexSeriesRecord } from './contract.js';
import { findSeries, listSeries } from './repository.js';

const placeOf = (s: IndexSeriesRecord) => ({ id: s.id, countyId: s.countyId });

/** The series as the signed-in person sees it: with whether they may add values. */
export const presentSeries = (actor: Actor | undefined, s: IndexSeriesRecord): IndexSeries => ({
  ...s,
  abilities: abilitiesFor(actor, 'agreement', { countyId: s.countyId }, ['update']),
});

/** The index series the person may see, by name, and whether they may add one. */
export async function searchSeries(db: Db, actor: Actor | undefined): Promise<IndexSeriesPage> {
  const a = authorize(actor, 'read', 'agreement');
  const items = (await listSeries(db, scopeFor(a, 'agreement'))).map((s) => presentSeries(a, s));
  return { items, total: items.length, abilities: { create: mayCreate(a, 'agreement', { countyId: a.countyId }) } };
}

export async function createSeries(
  db: Db,
  actor: Actor | undefined,
  input: { name: string; description?: string | null },
): Promise<IndexSeries> {
  const created = await change(db, {
    entity: 'index_series',
    action: 'create',
    load: async () => null,
    authorise: () => authorize(actor, 'create', 'agreement', { countyId: actor?.countyId }),
    apply: async (tx, _none, a) => {
      const [row] = await tx
        .insert(indexSeries)
        .values({ countyId: a.countyId, name: input.name, description: input.description ?? null })
        .returning({ id: indexSeries.id });
      return row.id;
    },
    present: findSeries,
    place: placeOf,
  });
  return presentSeries(actor, created);
}

/** Set one year's value (percent × 100) with its source and whether it is preliminary or final. */
export async function setIndexValue(
  db: Db,
  actor: Actor | undefined,
  id: string,
  year: number,
  input: { basisPoints: number; source: string; preliminary: boolean },
): Promise<IndexSeries> {
  const after = await change(db, {
    entity: 'index_series',
    action: 'update',
    load: (tx) => findSeries(tx, id),
    authorise: (before) => authorize(actor, 'update', 'agreement', { countyId: before.countyId }),
    apply: async (tx) => {
      const at = and(eq(indexValues.seriesId, id), eq(indexValues.year, year));
      const [existing] = await tx.select({ year: indexValues.year }).from(indexValues).where(at);
      if (existing)
        await tx
          .update(indexValues)
          .set({ ...input, updatedAt: new Date() })
          .where(at);
      else await tx.insert(indexValues).values({ seriesId: id, year, ...input });
      return id;
    },
    present: findSeries,
    place: placeOf,
  });
  return presentSeries(actor, after);
}
