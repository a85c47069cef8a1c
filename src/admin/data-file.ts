import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { Db } from '../platform/db/database.js';
import { allTables } from '../app/tables.js';
import { AppError } from '../platform/errors.js';

/**
 * Sessions and reset tokens are short-lived secrets; a backup must not carry them. Jobs are the
 * running servers' work in hand (their payloads can hold a reset request's address).
 */
const transient = new Set(['sessions', 'password_resets', 'jobs', 'job_schedules']);

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
      await insertRows(tx as unknown as Db, name, data);
    }
    await tx.execute(
      sql`select setval(pg_get_serial_sequence('audit_log', 'id'), greatest((select max(id) from audit_log), 1))`,
    );
    return counts;
  });
}

const insertSql = (name: string, data: unknown[]) =>
  sql`insert into ${ident(name)} select * from json_populate_recordset(null::${ident(name)}, ${JSON.stringify(data)}::json)`;

/**
 * What the database said, without the values: a failed query's own message carries its
 * parameters (here the whole table, password hashes included) and some database messages quote
 * the offending value or row. Only the reason and the constraint or column are kept.
 */
export function importFailureReason(e: unknown): string {
  let cur = e as { code?: unknown; message?: unknown; cause?: unknown; constraint?: unknown; column?: unknown } | null;
  for (let depth = 0; cur && depth < 10; depth++, cur = cur.cause as typeof cur) {
    if (typeof cur.code === 'string' && /^[0-9A-Z]{5}$/.test(cur.code)) {
      const reason = String(cur.message ?? '')
        .split('\n')[0]!
        .replace(/:\s*".*$/, '');
      const where = cur.constraint
        ? ` (constraint ${String(cur.constraint)})`
        : cur.column
          ? ` (column ${String(cur.column)})`
          : '';
      return `${reason}${where} [${cur.code}]`;
    }
  }
  return 'the database refused the rows';
}

/**
 * Insert a table's rows at once; when the database refuses them, find the first row it refuses
 * (each in its own savepoint) so the error names the table and the row — never their contents.
 */
async function insertRows(db: Db, name: string, data: unknown[]) {
  try {
    await db.transaction((sp) => sp.execute(insertSql(name, data)));
    return;
  } catch (whole) {
    for (let i = 0; i < data.length; i++) {
      try {
        await db.transaction((sp) => sp.execute(insertSql(name, [data[i]])));
      } catch (one) {
        const rowId = (data[i] as { id?: unknown } | null)?.id;
        const id = typeof rowId === 'string' || typeof rowId === 'number' ? ` (id ${rowId})` : '';
        throw new AppError('data.import_invalid', `Table ${name}, row ${i + 1}${id}: ${importFailureReason(one)}`, {
          table: name,
          row: i + 1,
        });
      }
    }
    throw new AppError('data.import_invalid', `Table ${name}: ${importFailureReason(whole)}`, { table: name });
  }
}
