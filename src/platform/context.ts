import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { Mailer } from './mail/mailer.js';

/** What every use case may use; built once at start. */
export interface Services {
  config: Config;
  database: Database;
  mailer: Mailer;
}
