/**
 * Fresh, throw-away storage for one benchmarked engine: a PGlite data directory under the OS temp
 * directory, or a new PostgreSQL database `samsyn_bench_<random>`. `env` is what the server needs
 * to use it (as environment variables, so a child process and loadConfig() read the same thing).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface Storage {
  engine: 'pglite' | 'postgres';
  label: string;
  env: Record<string, string>;
  dispose(): Promise<void>;
}

export function pgliteStorage(): Storage {
  const dir = mkdtempSync(join(tmpdir(), 'samsyn-bench-'));
  return {
    engine: 'pglite',
    label: 'PGlite',
    // An empty DATABASE_URL counts as unset (loadConfig drops empty values): PGlite in DATA_DIR.
    env: { DATABASE_URL: '', DATA_DIR: join(dir, 'data') },
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

const DEFAULT_PG = 'postgres://postgres@127.0.0.1:5432/postgres';

/** The PostgreSQL server to use: DATABASE_URL if set, else the local default if it answers; null if none. */
export async function findPostgres(): Promise<string | null> {
  const url = process.env.DATABASE_URL || DEFAULT_PG;
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.query('select 1');
    return url;
  } catch (e) {
    if (process.env.DATABASE_URL)
      throw new Error(`DATABASE_URL is set but unreachable: ${(e as Error).message}`, { cause: e });
    return null;
  } finally {
    await c.end().catch(() => {});
  }
}

async function adminQuery(base: string, text: string) {
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

export async function postgresStorage(base: string): Promise<Storage> {
  const name = `samsyn_bench_${randomBytes(5).toString('hex')}`;
  await adminQuery(base, `create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    engine: 'postgres',
    label: 'PostgreSQL',
    env: { DATABASE_URL: url.toString() },
    dispose: () => adminQuery(base, `drop database if exists ${name} with (force)`),
  };
}

/**
 * Run one benchmark on every engine this machine has (PostgreSQL first when reachable, then PGlite),
 * each on fresh storage that is removed afterwards. A string result means "skipped, because …".
 */
export async function onEveryEngine<R>(
  bench: (storage: Storage) => Promise<R | string>,
  log: (m: string) => void,
  order: 'postgres-first' | 'pglite-first' = 'postgres-first',
) {
  const results: R[] = [];
  const skipped: string[] = [];
  const pgBase = await findPostgres();
  if (!pgBase) skipped.push('PostgreSQL (DATABASE_URL not set and 127.0.0.1:5432 not reachable)');
  const pg = pgBase ? [() => postgresStorage(pgBase)] : [];
  const lite = [async () => pgliteStorage()];
  const makers: (() => Promise<Storage>)[] = order === 'postgres-first' ? [...pg, ...lite] : [...lite, ...pg];
  let failed = false;
  for (const make of makers) {
    const storage = await make();
    try {
      const r = await bench(storage);
      if (typeof r === 'string') skipped.push(r);
      else results.push(r);
    } catch (e) {
      failed = true;
      log(`${storage.label} failed: ${(e as Error).stack ?? e}`);
      skipped.push(`${storage.label} (failed: ${(e as Error).message.split('\n')[0]})`);
    } finally {
      await storage.dispose();
    }
  }
  return { results, skipped, failed };
}
