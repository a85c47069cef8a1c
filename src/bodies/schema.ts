import { date, pgTable, text, timestamp, uuid, index, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { recordColumns } from '../platform/db/columns.js';
import { counties } from '../counties/index.js';
import { organisations } from '../organisations/index.js';
import { people } from '../people/index.js';

/** A collaboration body (samverkansorgan): council, secretariat group, network … */
export const bodies = pgTable(
  'bodies',
  {
    ...recordColumns(),
    countyId: uuid('county_id')
      .notNull()
      .references(() => counties.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    type: text('type').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    description: text('description'),
    reportsToId: uuid('reports_to_id').references((): AnyPgColumn => bodies.id),
    archivedAt: timestamp('archived_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('bodies_county_idx').on(t.countyId, t.name)],
);

export const memberships = pgTable(
  'body_memberships',
  {
    ...recordColumns(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    role: text('role').notNull(),
    party: text('party'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
  },
  (t) => [index('memberships_body_idx').on(t.bodyId), index('memberships_person_idx').on(t.personId)],
);
