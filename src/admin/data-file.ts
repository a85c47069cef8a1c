import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { Db } from '../platform/db/database.js';
import { allTables } from '../app/tables.js';
import { AppError } from '../platform/errors.js';

/** Sessions and reset tokens are short-lived secrets; a backup must not carry them. */
const transient = new Set(['sessions', 'password_resets']);

/** Every table in an order where each comes after the tables it refers to (self-references aside). */
function insertOrder(tables: PgTable[]): string[] {
  const deps = new Map(
    tables.map((t) => {
      const c = getTableConfig(t);
      const refs = c.foreignKeys
        .map((fk) => getTableConfig(fk.reference().foreignTable).name)
        .filter((n) => n !== c.name);
      return [c.name, new Set(refs)] as const;
    }),
  );
  const order: string[] = [];
  while (order.length < deps.size) {
    const next = [...deps.keys()]
      .filter((n) => !order.includes(n) && [...deps.get(n)!].every((d) => order.includes(d)))
      .sort();
    if (!next.length) throw new Error('Foreign keys form a cycle between tables');
    order.push(...next);
  }
  return order;
}

export const exportedTables: string[] = insertOrder(allTables).filter((name) => !transient.has(name));

export interface DataFile {
  format: 'samsyn.export/v1';
  exportedAt: string;
  tables: Record<string, unknown[]>;
}

const ident = (name: string) => sql.raw(`"${name.replace(/"/g, '')}"`);

async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  const res = (await db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}

/** All data as JSON, each table's rows in a stable order, types kept by PostgreSQL's own JSON. */
export async function exportData(db: Db): Promise<DataFile> {
  const tables: Record<string, unknown[]> = {};
  for (const name of exportedTables) {
    const [r] = await rows<{ data: unknown[] | null }>(
      db,
      sql`select coalesce(json_agg(t order by t), '[]'::json) as data from ${ident(name)} t`,
    );
    tables[name] = (typeof r.data === 'string' ? JSON.parse(r.data) : r.data) ?? [];
  }
  return { format: 'samsyn.export/v1', exportedAt: new Date().toISOString(), tables };
}

/**
 * Load an export into an empty database in one transaction: all or nothing. Built-in frameworks a
 * fresh start installed are replaced by those in the file.
 */
export async function importData(db: Db, file: DataFile): Promise<Record<string, number>> {
  if (file?.format !== 'samsyn.export/v1' || typeof file.tables !== 'object') {
    throw new AppError('data.import_invalid', 'Not a Samsyn export file (format samsyn.export/v1)');
  }
  const unknown = Object.keys(file.tables).filter((t) => !exportedTables.includes(t));
  if (unknown.length) throw new AppError('data.import_invalid', `Unknown tables in the file: ${unknown.join(', ')}`);
  return db.transaction(async (tx) => {
    const [{ n }] = await rows<{ n: number }>(
      tx as unknown as Db,
      sql`select (select count(*) from counties) + (select count(*) from users) + (select count(*) from frameworks where not builtin) as n`,
    );
    if (Number(n) > 0)
      throw new AppError(
        'data.import_not_empty',
        'The database already holds data; import only into an empty database',
      );
    await tx.execute(sql`delete from frameworks where builtin`);
    await tx.execute(sql`delete from audit_log`);
    const counts: Record<string, number> = {};
    for (const name of exportedTables) {
      const data = file.tables[name] ?? [];
      counts[name] = data.length;
      if (!data.length) continue;
      await tx.execute(
        sql`insert into ${ident(name)} select * from json_populate_recordset(null::${ident(name)}, ${JSON.stringify(data)}::json)`,
      );
    }
    await tx.execute(
      sql`select setval(pg_get_serial_sequence('audit_log', 'id'), greatest((select max(id) from audit_log), 1))`,
    );
    return counts;
  });
}
