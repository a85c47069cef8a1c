import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';
import { counties } from './schema.js';

export interface County {
  id: string;
  code: string;
  name: string;
}

export async function findCounty(db: Executor, id: string): Promise<County> {
  const [row] = await db.select().from(counties).where(eq(counties.id, id));
  if (!row) throw notFound('county', id);
  return { id: row.id, code: row.code, name: row.name };
}

export async function listCounties(db: Executor): Promise<County[]> {
  const rows = await db.select().from(counties).orderBy(asc(counties.code));
  return rows.map((r) => ({ id: r.id, code: r.code, name: r.name }));
}
