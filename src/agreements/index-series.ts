import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/database.js';
import { authorize, type Actor } from '../policy/policy.js';
import { recordChange } from '../audit/index.js';
import { indexSeries, indexValues } from './schema.js';
import { findSeries } from './repository.js';

export async function listSeries(db: Db, actor: Actor | undefined) {
  const a = authorize(actor, 'read', 'agreement');
  const rows = await db
    .select({ id: indexSeries.id })
    .from(indexSeries)
    .where(a.role === 'admin' ? undefined : eq(indexSeries.countyId, a.countyId))
    .orderBy(asc(indexSeries.name));
  return Promise.all(rows.map((r) => findSeries(db, r.id)));
}

export async function createSeries(
  db: Db,
  actor: Actor | undefined,
  input: { name: string; description?: string | null },
) {
  const a = authorize(actor, 'create', 'agreement', { countyId: actor?.countyId });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(indexSeries)
      .values({ countyId: a.countyId, name: input.name, description: input.description ?? null })
      .returning();
    const created = await findSeries(tx, row.id);
    await recordChange(tx, a, {
      action: 'create',
      entityType: 'index_series',
      entityId: row.id,
      countyId: a.countyId,
      after: created,
    });
    return created;
  });
}

/** Set one year's value (percent × 100) with its source and whether it is preliminary or final. */
export async function setIndexValue(
  db: Db,
  actor: Actor | undefined,
  id: string,
  year: number,
  input: { basisPoints: number; source: string; preliminary: boolean },
) {
  return db.transaction(async (tx) => {
    const before = await findSeries(tx, id);
    const a = authorize(actor, 'update', 'agreement', { countyId: before.countyId });
    const [existing] = await tx
      .select()
      .from(indexValues)
      .where(and(eq(indexValues.seriesId, id), eq(indexValues.year, year)));
    if (existing)
      await tx
        .update(indexValues)
        .set({ ...input, updatedAt: new Date() })
        .where(and(eq(indexValues.seriesId, id), eq(indexValues.year, year)));
    else await tx.insert(indexValues).values({ seriesId: id, year, ...input });
    const after = await findSeries(tx, id);
    await recordChange(tx, a, {
      action: 'update',
      entityType: 'index_series',
      entityId: id,
      countyId: before.countyId,
      before: existing ?? null,
      after: { year, ...input },
    });
    return after;
  });
}
