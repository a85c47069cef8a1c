import { type PgTable } from 'drizzle-orm/pg-core';
import { capabilities } from './capabilities.js';

const isTable = (v: unknown): v is PgTable =>
  typeof v === 'object' && v !== null && Symbol.for('drizzle:IsDrizzleTable') in v;

/** Every table of every capability, in the capabilities' order (for the whole-database export). */
export const allTables: PgTable[] = capabilities.flatMap((c) => Object.values(c.tables).filter(isTable));
