import {
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { counties } from '../counties/index.js';
import { frameworkItems } from '../goals/index.js';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * A key figure (KPI) as its source describes it: Kolada's or SCB's metadata, or one an upload
 * names. Shared by every county (the metadata is national); the values are per county.
 */
export const statisticsKpis = pgTable(
  'statistics_kpis',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** 'kolada' | 'scb' | 'upload'. */
    source: text('source').notNull(),
    /** The id at the source (Kolada's N01951, an SCB table and contents code, an upload's name). */
    sourceId: text('source_id').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    operatingArea: text('operating_area'),
    dividedByGender: boolean('divided_by_gender').notNull().default(false),
    fetchedAt: at('fetched_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('statistics_kpis_source_unique').on(t.source, t.sourceId)],
);

/**
 * One figure: a KPI for an area (municipality `KKKK`, region `00LL`, country `0000`) in a year, by
 * women (K), men (M) or total (T). `value` null is a missing value ("uppgift saknas"), never 0.
 * A county keeps its own copy (the policy scopes the reads by county), so two counties' imports of
 * the country's figure never overwrite each other.
 */
export const statisticsValues = pgTable(
  'statistics_values',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id')
      .notNull()
      .references(() => counties.id),
    kpiId: uuid('kpi_id')
      .notNull()
      .references(() => statisticsKpis.id),
    areaCode: text('area_code').notNull(),
    year: integer('year').notNull(),
    /** 'K' women, 'M' men, 'T' total. */
    gender: text('gender').notNull(),
    value: numeric('value', { mode: 'number' }),
    /** The source's status of the value as given (e.g. Kolada's 'Missing'), or null. */
    status: text('status'),
    fetchedAt: at('fetched_at').notNull().defaultNow(),
    /** True for the demo's figures (a recorded Kolada answer with made-up values): the pages say so. */
    demo: boolean('demo').notNull().default(false),
  },
  // Also the index of a time series (one KPI and area over the years) and of a year's table.
  (t) => [uniqueIndex('statistics_values_unique').on(t.countyId, t.kpiId, t.areaCode, t.year, t.gender)],
);

/**
 * An import of figures, run as a durable job (statistics.import): what was asked, how far it got,
 * and how it ended. status: queued → running → done | failed (a failed one is retried by the job
 * runner until its attempts run out; the figures stored before stay).
 */
export const statisticsImports = pgTable(
  'statistics_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id')
      .notNull()
      .references(() => counties.id),
    /** 'kolada' (later 'scb', 'upload'). */
    kind: text('kind').notNull(),
    /** What was asked: KPI ids, years, the areas as asked and as resolved, fromDate. */
    parameters: jsonb('parameters').notNull(),
    status: text('status').notNull().default('queued'),
    /** KPI × year units written, of all. */
    progressDone: integer('progress_done').notNull().default(0),
    progressTotal: integer('progress_total').notNull().default(0),
    rowsWritten: integer('rows_written').notNull().default(0),
    rowsDeleted: integer('rows_deleted').notNull().default(0),
    attempts: integer('attempts').notNull().default(0),
    errorCode: text('error_code'),
    errorMessage: text('error_message'),
    createdBy: uuid('created_by'),
    createdAt: at('created_at').notNull().defaultNow(),
    startedAt: at('started_at'),
    finishedAt: at('finished_at'),
  },
  (t) => [index('statistics_imports_county_idx').on(t.countyId, t.createdAt.desc())],
);

/**
 * A county's saved mapping of an upload's columns to the fields of a figure, by the figures'
 * source ("Folkhälsomyndigheten"), reused for the next file from the same source.
 */
export const statisticsUploadMappings = pgTable(
  'statistics_upload_mappings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id')
      .notNull()
      .references(() => counties.id),
    sourceName: text('source_name').notNull(),
    mapping: jsonb('mapping').notNull(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('statistics_upload_mappings_unique').on(t.countyId, t.sourceName)],
);

/**
 * An indicator set (issue 13 item 5): key figures of a county (and optionally one organisation's)
 * tied to goals of the frameworks in Samsyn, each with a wanted direction. Run by the county's
 * coordinators (policy subject 'statistics'); everyone in the county reads it.
 */
export const statisticsIndicatorSets = pgTable(
  'statistics_indicator_sets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyId: uuid('county_id')
      .notNull()
      .references(() => counties.id),
    organisationId: uuid('organisation_id'),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
    archivedAt: at('archived_at'),
  },
  (t) => [index('statistics_indicator_sets_county_idx').on(t.countyId, t.name)],
);

/**
 * One indicator of a set: a KPI named by its source and id (it may be added before its figures are
 * imported, so no foreign key to statistics_kpis), the direction wanted, an optional target and baseline.
 */
export const statisticsIndicators = pgTable(
  'statistics_indicators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    setId: uuid('set_id')
      .notNull()
      .references(() => statisticsIndicatorSets.id),
    countyId: uuid('county_id')
      .notNull()
      .references(() => counties.id),
    kpiSource: text('kpi_source').notNull(),
    kpiSourceId: text('kpi_source_id').notNull(),
    /** 'increase' | 'decrease' | 'equality' (women/men ratio towards 1). */
    direction: text('direction').notNull(),
    targetValue: numeric('target_value', { mode: 'number' }),
    targetYear: integer('target_year'),
    baselineYear: integer('baseline_year'),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('statistics_indicators_set_idx').on(t.setId),
    index('statistics_indicators_kpi_idx').on(t.kpiSource, t.kpiSourceId),
  ],
);

/** The goals and targets (framework items) an indicator is linked to. */
export const statisticsIndicatorGoals = pgTable(
  'statistics_indicator_goals',
  {
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => statisticsIndicators.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id')
      .notNull()
      .references(() => frameworkItems.id),
  },
  (t) => [
    uniqueIndex('statistics_indicator_goals_unique').on(t.indicatorId, t.itemId),
    index('statistics_indicator_goals_item_idx').on(t.itemId),
  ],
);
