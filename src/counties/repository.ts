import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';
import { scopeWhere, type Scope } from '../policy/scope.js';
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

/** The counties a scope covers: every county, or the person's own. */
export async function listCounties(db: Executor, scope: Scope): Promise<County[]> {
  const rows = await db
    .select()
    .from(counties)
    .where(scopeWhere(scope, { countyId: counties.id }))
    .orderBy(asc(counties.code));
  return rows.map((r) => ({ id: r.id, code: r.code, name: r.name }));
}
