import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
// No relational-query schema: queries name their tables, so the platform needs none of the capabilities'.
export type Db = PgDatabase<PgQueryResultHKT>;
export type Tx = PgTransaction<
  PgQueryResultHKT,
  Record<string, never>,
  ExtractTablesWithRelations<Record<string, never>>
>;
/** Anything queries can run on: the database or an open transaction. */
export type Executor = Db | Tx;

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  ping(): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: the whole database as a tarball, to open another database from (`OpenOptions.from`). */
  dump?(): Promise<Blob>;
}

const migrationsFolder = fileURLToPath(new URL('../../../migrations', import.meta.url));

export interface OpenOptions {
  /** postgres://… to use PostgreSQL; otherwise PGlite. */
  url?: string;
  /** PGlite data directory; undefined means in memory. */
  dataDir?: string;
  /**
   * PGlite in memory only: start from a dump of another PGlite database (`Database.dump`) instead of
   * an empty cluster. The tests open hundreds of databases: from a migrated dump one opens in ~0.4 s
   * instead of ~2 s (initdb and every migration). Migrations still run, and find nothing to do.
   */
  from?: Blob;
}

/** The failing query reports the loss itself; the event only must not go unheard. */
function ignoreLostConnection() {}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.url) {
    const pool = new pg.Pool({ connectionString: opts.url, max: 10, connectionTimeoutMillis: 5000 });
    // A connection may drop at any moment: while idle in the pool (the pool's 'error') or while a
    // transaction holds it between two queries (the client's own 'error', which pg-pool does not
    // listen to then). An unheard 'error' event ends the process; heard, the query in flight fails
    // (answered 503), pg-pool discards the broken client and the next query connects afresh.
    pool.on('error', ignoreLostConnection);
    pool.on('connect', (client) => client.on('error', ignoreLostConnection));
    const db = drizzlePg(pool) as unknown as Db;
    await migratePg(drizzlePg(pool), { migrationsFolder });
    return {
      kind: 'postgres',
      db,
      ping: async () => {
        await pool.query('select 1');
      },
      close: () => pool.end(),
    };
  }
  if (opts.dataDir) mkdirSync(opts.dataDir, { recursive: true });
  const client = opts.dataDir
    ? await PGlite.create(opts.dataDir)
    : await PGlite.create(opts.from ? { loadDataDir: opts.from } : {});
  const pdb = drizzlePglite(client);
  await migratePglite(pdb, { migrationsFolder });
  return {
    kind: 'pglite',
    db: pdb as unknown as Db,
    ping: async () => {
      await client.query('select 1');
    },
    close: () => client.close(),
    dump: () => client.dumpDataDir('none'),
  };
}
