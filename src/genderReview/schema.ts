import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { counties } from '../counties/index.js';
import { organisations } from '../organisations/index.js';

const at = (name: string) => timestamp(name, { withTimezone: true });

/** A quote from a document and where it stands (a page, a section). */
export interface StoredQuote {
  text: string;
  page: string;
}
/** A note on the improvement work over the year. */
export interface StoredWorkNote {
  date: string;
  text: string;
}
/** A benchmark's result per group of criteria. */
export interface StoredGroupResult {
  group: string;
  clear: number;
  partly: number;
  missing: number;
}

/**
 * A gender review of an organisation's governing documents for a year: the groups of built-in
 * criteria it uses, and the link of the steering chain chosen to improve with its work.
 */
export const genderReviews = pgTable(
  'gender_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id')
      .notNull()
      .references(() => counties.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    status: text('status').notNull().default('in_progress'),
    groups: jsonb('groups').$type<string[]>().notNull(),
    improvementDocumentId: uuid('improvement_document_id'),
    improvementChange: text('improvement_change').notNull().default(''),
    improvementResponsible: text('improvement_responsible').notNull().default(''),
    improvementDue: date('improvement_due', { mode: 'string' }),
    improvementStatus: text('improvement_status').notNull().default('not_started'),
    improvementNotes: jsonb('improvement_notes').$type<StoredWorkNote[]>().notNull().default([]),
    version: integer('version').notNull().default(1),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [index('gender_reviews_county_idx').on(t.countyId, t.year)],
);

/** A criterion of the review's own (LGBTQI, another ground of discrimination …). */
export const genderReviewCriteria = pgTable(
  'gender_review_criteria',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => genderReviews.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('gender_review_criteria_review_idx').on(t.reviewId)],
);

/** A document of the steering chain, registered on a review; `position` is its order in the chain. */
export const genderReviewDocuments = pgTable(
  'gender_review_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => genderReviews.id, { onDelete: 'cascade' }),
    countyId: uuid('county_id')
      .notNull()
      .references(() => counties.id),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    position: integer('position').notNull(),
    adoptedBy: text('adopted_by').notNull().default(''),
    adoptedOn: date('adopted_on', { mode: 'string' }),
    reference: text('reference').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [index('gender_review_documents_review_idx').on(t.reviewId, t.position)],
);

/** A document's rating against one criterion (its key: rules.ts), with quotes and a note. */
export const genderReviewRatings = pgTable(
  'gender_review_ratings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => genderReviewDocuments.id, { onDelete: 'cascade' }),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => genderReviews.id, { onDelete: 'cascade' }),
    criterionKey: text('criterion_key').notNull(),
    rating: text('rating'),
    quotes: jsonb('quotes').$type<StoredQuote[]>().notNull().default([]),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('gender_review_ratings_doc_criterion_idx').on(t.documentId, t.criterionKey)],
);

/** Another region's review result, shown beside ours: per group of criteria, or a summary, with its source. */
export const genderReviewBenchmarks = pgTable(
  'gender_review_benchmarks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => genderReviews.id, { onDelete: 'cascade' }),
    region: text('region').notNull(),
    summary: text('summary').notNull().default(''),
    source: text('source').notNull().default(''),
    /** Figures not stated by the source, entered as an illustration: shown as an example. */
    example: boolean('example').notNull().default(false),
    groups: jsonb('groups').$type<StoredGroupResult[]>().notNull().default([]),
    version: integer('version').notNull().default(1),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [index('gender_review_benchmarks_review_idx').on(t.reviewId)],
);
