import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../platform/config.js';
import { openDatabase, type Db, type OpenOptions } from '../platform/db/database.js';
import { createMailer } from '../platform/mail/mailer.js';
import type { Services } from '../platform/context.js';
import { buildApp } from '../platform/http/app.js';
import { createJobRunner, type JobRunner } from '../platform/jobs/runner.js';
import { capabilities } from './capabilities.js';
import { convertLegacyReportTexts } from '../followup/index.js';
import { loadDemo } from './demo/load.js';

export interface Running {
  app: FastifyInstance;
  services: Services;
  demoLogin: { email: string; password: string } | null;
  /** Every capability's jobs; main.ts starts it once the server listens, close() stops it. */
  jobs: JobRunner;
  close(): Promise<void>;
}

/** True when the database has no county yet (a fresh installation). */
export async function isEmpty(db: Db): Promise<boolean> {
  const rows = await db.execute<{ n: number }>(sql`select count(*)::int as n from counties`);
  return Number((rows as unknown as { rows: { n: number }[] }).rows?.[0]?.n ?? 0) === 0;
}

/** Write what every installation has (built-in frameworks), each capability's seed in list order. */
export async function seedCapabilities(db: Db): Promise<void> {
  for (const c of capabilities) await c.seed?.(db);
}

/** Open the database (migrating it), seed the capabilities, load demo data if empty, build the app. */
export async function prepare(
  config: Config,
  opts: { inMemory?: boolean; from?: OpenOptions['from'] } = {},
): Promise<Running> {
  const database = await openDatabase({
    url: config.DATABASE_URL,
    dataDir: opts.inMemory ? undefined : config.DATA_DIR,
    from: opts.from,
  });
  const mailer = createMailer(config);
  const services: Services = { config, database, mailer };
  // Data steps of migrations, after the SQL ones (openDatabase) and before anything reads the rows.
  await convertLegacyReportTexts(database.db);
  await seedCapabilities(database.db);
  let demoLogin: Running['demoLogin'] = null;
  if (config.DEMO_DATA && (await isEmpty(database.db))) demoLogin = await loadDemo(database.db);
  const app = await buildApp(services, capabilities);
  const jobs = createJobRunner({
    services,
    definitions: capabilities.flatMap((c) => c.jobs),
    log: app.log,
    pollMs: config.JOBS_POLL_SECONDS * 1000,
  });
  return {
    app,
    services,
    demoLogin,
    jobs,
    async close() {
      await jobs.stop();
      await app.close();
      await database.close();
    },
  };
}
