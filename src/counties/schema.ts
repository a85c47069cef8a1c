import { pgTable, text } from 'drizzle-orm/pg-core';
import { recordColumns } from '../platform/db/columns.js';

/** A county (län) groups the organisations that collaborate. Code is SCB's two-digit county code. */
export const counties = pgTable('counties', {
  ...recordColumns(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
});
