import type { FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import { isEmpty, openDatabase } from './db/database.js';
import { createMailer } from './mail/mailer.js';
import type { Services } from './context.js';
import { buildApp } from './http/app.js';
import { ensureBuiltinFrameworks } from '../goals/builtin.js';
import { loadDemo } from '../demo/load.js';

export interface Running {
  app: FastifyInstance;
  services: Services;
  demoLogin: { email: string; password: string } | null;
  close(): Promise<void>;
}

/** Open the database (migrating it), install built-in frameworks, load demo data if empty, build the app. */
export async function prepare(config: Config, opts: { inMemory?: boolean } = {}): Promise<Running> {
  const database = await openDatabase({
    url: config.DATABASE_URL,
    dataDir: opts.inMemory ? undefined : config.DATA_DIR,
  });
  const mailer = createMailer(database.db, config.SMTP_URL, config.MAIL_FROM);
  const services: Services = { config, database, mailer };
  await ensureBuiltinFrameworks(database.db);
  let demoLogin: Running['demoLogin'] = null;
  if (config.DEMO_DATA && (await isEmpty(database.db))) demoLogin = await loadDemo(database.db);
  const app = await buildApp(services);
  return {
    app,
    services,
    demoLogin,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
