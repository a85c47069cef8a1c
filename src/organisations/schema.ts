import { date, integer, pgTable, primaryKey, text, timestamp, uuid, index } from 'drizzle-orm/pg-core';
import { recordColumns } from '../platform/db/columns.js';
import { counties } from '../counties/index.js';

export const organisations = pgTable(
  'organisations',
  {
    ...recordColumns(),
    countyId: uuid('county_id')
      .notNull()
      .references(() => counties.id),
    type: text('type').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    orgNumber: text('org_number'),
    municipalityCode: text('municipality_code').unique('organisations_municipality_code_unique'),
    email: text('email'),
    phone: text('phone'),
    website: text('website'),
    address: text('address'),
    archivedAt: timestamp('archived_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('organisations_county_idx').on(t.countyId, t.name)],
);

/** Population of a municipality at the end of a year (SCB, 31 December). */
export const populations = pgTable(
  'municipality_populations',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    population: integer('population').notNull(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    source: text('source'),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.year] })],
);
