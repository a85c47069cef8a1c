import { boolean, integer, pgTable, text, timestamp, uuid, index, unique, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { recordColumns } from '../platform/db/columns.js';
import { counties } from '../counties/index.js';
import { organisations } from '../organisations/index.js';

/**
 * A goal framework (Agenda 2030, environmental objectives, a RUS …). Its content lives in
 * versions: a published version never changes, so whatever referred to it keeps its meaning.
 */
export const frameworks = pgTable(
  'frameworks',
  {
    ...recordColumns(),
    key: text('key').notNull(),
    kind: text('kind').notNull(),
    builtin: boolean('builtin').notNull().default(false),
    countyId: uuid('county_id').references(() => counties.id),
    ownerOrganisationId: uuid('owner_organisation_id').references(() => organisations.id),
    shared: boolean('shared').notNull().default(false),
    nameSv: text('name_sv').notNull(),
    nameEn: text('name_en').notNull(),
    descriptionSv: text('description_sv'),
    descriptionEn: text('description_en'),
    sourceSv: text('source_sv'),
    sourceEn: text('source_en'),
    archivedAt: timestamp('archived_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [unique('frameworks_key_unique').on(t.key)],
);

export const frameworkVersions = pgTable(
  'framework_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    frameworkId: uuid('framework_id')
      .notNull()
      .references(() => frameworks.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    status: text('status').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [unique('framework_versions_number_unique').on(t.frameworkId, t.number)],
);

export const frameworkItems = pgTable(
  'framework_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => frameworkVersions.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id').references((): AnyPgColumn => frameworkItems.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    level: text('level').notNull(),
    nameSv: text('name_sv').notNull(),
    nameEn: text('name_en').notNull(),
    textSv: text('text_sv'),
    textEn: text('text_en'),
    color: text('color'),
    sort: integer('sort').notNull(),
  },
  (t) => [
    unique('framework_items_code_unique').on(t.versionId, t.code),
    index('framework_items_version_idx').on(t.versionId, t.sort),
  ],
);
