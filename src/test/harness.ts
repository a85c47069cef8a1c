import pg from 'pg';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { testConfig, type Config } from '../platform/config.js';
import { openDatabase, type Database } from '../platform/db/database.js';
import { createMailer } from '../platform/mail/mailer.js';
import type { Services } from '../platform/context.js';
import { buildApp } from '../platform/http/app.js';
import { createJobRunner, type JobRunner } from '../platform/jobs/runner.js';
import { capabilities } from '../app/capabilities.js';
import { seedCapabilities } from '../app/start.js';

/**
 * Integration tests run on the embedded database always and on PostgreSQL when DATABASE_URL is
 * set (CI sets it). Each test file gets its own fresh database: a PGlite in memory, or a new
 * PostgreSQL database created for the file and dropped after it.
 */
export const engines: ('pglite' | 'postgres')[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestEnv {
  app: FastifyInstance;
  services: Services;
  database: Database;
  /** Every capability's jobs, not running by themselves: `await env.jobs.drain()` sends queued mail. */
  jobs: JobRunner;
  close(): Promise<void>;
}

/** A new, empty PostgreSQL database on the DATABASE_URL server, with a way to drop it. */
export async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.DATABASE_URL!;
  const name = `samsyn_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/**
 * A migrated, empty PGlite database as a dump, made once per test worker (the workers keep their
 * modules between test files) and opened by every PGlite test environment after it.
 */
let migrated: Promise<Blob> | undefined;
export function migratedPglite(): Promise<Blob> {
  migrated ??= (async () => {
    const database = await openDatabase({});
    try {
      return await database.dump!();
    } finally {
      await database.close();
    }
  })();
  return migrated;
}

export async function startTestEnv(
  engine: 'pglite' | 'postgres',
  overrides: Record<string, string> = {},
): Promise<TestEnv> {
  const pgdb = engine === 'postgres' ? await freshPostgres() : null;
  const config: Config = testConfig({ ...overrides, ...(pgdb ? { DATABASE_URL: pgdb.url } : {}) });
  const database = pgdb ? await openDatabase({ url: pgdb.url }) : await openDatabase({ from: await migratedPglite() });
  await seedCapabilities(database.db);
  const services: Services = { config, database, mailer: createMailer(config) };
  const app = await buildApp(services, capabilities);
  await app.ready();
  // Not started: a test runs due jobs (sends queued mail) when it wants, with env.jobs.drain().
  const jobs = createJobRunner({ services, definitions: capabilities.flatMap((c) => c.jobs), log: app.log });
  return {
    app,
    services,
    database,
    jobs,
    async close() {
      await app.close();
      await database.close();
      await pgdb?.drop();
    },
  };
}

/** A browser-like API client: keeps cookies and sends the CSRF header like the web app does. */
export class Client {
  cookies = new Map<string, string>();
  constructor(private app: FastifyInstance) {}

  private cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(method: InjectOptions['method'], url: string, body?: unknown, headers: Record<string, string> = {}) {
    const csrf = this.cookies.get('samsyn_csrf');
    const res = await this.app.inject({
      method,
      url,
      headers: {
        ...(this.cookies.size ? { cookie: this.cookieHeader() } : {}),
        ...(csrf && method !== 'GET' ? { 'x-csrf-token': csrf } : {}),
        ...(body !== undefined && typeof body !== 'string' ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    for (const c of res.cookies as { name: string; value: string; expires?: Date; maxAge?: number }[]) {
      const expired = (c.expires && c.expires.getTime() < Date.now()) || c.maxAge === 0 || c.value === '';
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return { status: res.statusCode, body: res.body ? safeJson(res.body) : null, headers: res.headers };
  }
  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  patch = (url: string, body: unknown) => this.request('PATCH', url, body);
  put = (url: string, body: unknown) => this.request('PUT', url, body);

  async login(email: string, password = PASSWORD) {
    await this.get('/api/auth/session');
    const res = await this.post('/api/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`login failed for ${email}: ${res.status} ${JSON.stringify(res.body)}`);
    return this;
  }
}

function safeJson(s: string) {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
}

export const PASSWORD = 'correct horse battery';
