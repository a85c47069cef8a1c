import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { PgTable, PgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from './database.js';
import { AppError, notFound } from '../errors.js';

interface VersionedTable {
  id: PgColumn;
  version: PgColumn;
  updatedAt: PgColumn;
}

/**
 * Update a record only if nobody changed it since the caller read it. A stale version is refused
 * with 409 and the current record, so the UI can show what the other person saved.
 */
export async function updateVersioned<T extends PgTable & VersionedTable>(
  tx: Executor,
  table: T,
  entity: string,
  id: string,
  expectedVersion: number,
  values: Record<string, unknown>,
  present: (row: T['$inferSelect']) => unknown = (r) => r,
): Promise<T['$inferSelect']> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- drizzle cannot type a generic table's update
  const rows = await (tx as any)
    .update(table)
    .set({ ...values, version: sql`${table.version} + 1`, updatedAt: new Date() })
    .where(and(eq(table.id, id), eq(table.version, expectedVersion)) as SQL)
    .returning();
  if (rows.length === 1) return rows[0];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  const current = await (tx as any).select().from(table).where(eq(table.id, id));
  if (current.length === 0) throw notFound(entity, id);
  throw new AppError(
    'record.stale',
    `Someone else changed this ${entity} after you opened it (your version ${expectedVersion}, now ${current[0].version})`,
    { current: present(current[0]) },
  );
}
