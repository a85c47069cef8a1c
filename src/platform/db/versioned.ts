import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { PgTable, PgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from './database.js';
import { AppError, notFound } from '../errors.js';

interface VersionedTable {
  id: PgColumn;
  version: PgColumn;
  updatedAt: PgColumn;
}

export interface VersionedSave<T extends PgTable & VersionedTable> {
  table: T;
  /** The record's name in messages and in the 404 ('organisation'). */
  entity: string;
  id: string;
  expectedVersion: number;
  values: Record<string, unknown>;
  /** The record as saved now, in its contract's shape: sent as `details.current` of the 409. */
  present: (tx: Executor) => Promise<unknown>;
}

/**
 * Update a record only if nobody changed it since the caller read it. A stale version is refused
 * with 409 `record.stale` and the current record in the contract's shape (the presenter is required,
 * so no raw row ever leaves the server), matching the route's `withStale` response schema.
 */
export async function saveVersioned<T extends PgTable & VersionedTable>(
  tx: Executor,
  save: VersionedSave<T>,
): Promise<T['$inferSelect']> {
  const { table, entity, id, expectedVersion } = save;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- drizzle cannot type a generic table's update
  const rows = await (tx as any)
    .update(table)
    .set({ ...save.values, version: sql`${table.version} + 1`, updatedAt: new Date() })
    .where(and(eq(table.id, id), eq(table.version, expectedVersion)) as SQL)
    .returning();
  if (rows.length === 1) return rows[0];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  const current = await (tx as any).select({ version: table.version }).from(table).where(eq(table.id, id));
  if (current.length === 0) throw notFound(entity, id);
  throw new AppError(
    'record.stale',
    `Someone else changed this ${entity} after you opened it (your version ${expectedVersion}, now ${current[0].version})`,
    { current: await save.present(tx) },
  );
}
