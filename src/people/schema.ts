import { pgTable, text, timestamp, uuid, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { recordColumns } from '../platform/db/columns.js';
import { organisations } from '../organisations/index.js';

export const people = pgTable(
  'people',
  {
    ...recordColumns(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    title: text('title'),
    email: text('email'),
    phone: text('phone'),
    archivedAt: timestamp('archived_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('people_org_idx').on(t.organisationId), uniqueIndex('people_email_unique').on(sql`lower(${t.email})`)],
);

/** A login for a person. Role decides what they may do (see src/policy). */
export const users = pgTable('users', {
  ...recordColumns(),
  personId: uuid('person_id')
    .notNull()
    .unique('users_person_unique')
    .references(() => people.id),
  email: text('email').notNull().unique('users_email_unique'),
  passwordHash: text('password_hash').notNull(),
  role: text('role').notNull(),
  locale: text('locale').notNull().default('sv'),
  disabledAt: timestamp('disabled_at', { withTimezone: true, mode: 'date' }),
  lastLoginAt: timestamp('last_login_at', { withTimezone: true, mode: 'date' }),
});
