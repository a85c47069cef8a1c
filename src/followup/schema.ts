import { date, index, integer, jsonb, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { recordColumns } from '../platform/db/columns.js';
import { counties } from '../counties/index.js';
import { organisations } from '../organisations/index.js';
import { people } from '../people/index.js';
import { bodies } from '../bodies/index.js';
import { agreementTemplates } from '../agreements/index.js';
import { questionnaires } from '../surveys/index.js';
import type { AreaAssessment } from './contract.js';
import type { RichDoc } from '../documents/index.js';

/** One year's follow-up of the agreements issued from one template. */
export const followupCycles = pgTable(
  'followup_cycles',
  {
    ...recordColumns(),
    countyId: uuid('county_id')
      .notNull()
      .references(() => counties.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    templateId: uuid('template_id')
      .notNull()
      .references(() => agreementTemplates.id),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    status: text('status').notNull().default('open'),
    questionnaireId: uuid('questionnaire_id').references(() => questionnaires.id),
    jointValuation: text('joint_valuation'),
    jointValuationDate: date('joint_valuation_date', { mode: 'string' }),
    recommendedChanges: text('recommended_changes'),
    decisionDate: date('decision_date', { mode: 'string' }),
    decisionBodyId: uuid('decision_body_id').references(() => bodies.id),
    decisionText: text('decision_text'),
    decisionCaseNumber: text('decision_case_number'),
  },
  (t) => [
    unique('followup_cycles_template_year_unique').on(t.templateId, t.year),
    index('followup_cycles_county_idx').on(t.countyId),
  ],
);

export const followupMilestones = pgTable(
  'followup_milestones',
  {
    ...recordColumns(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => followupCycles.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    ownerPersonId: uuid('owner_person_id').references(() => people.id),
    ownerBodyId: uuid('owner_body_id').references(() => bodies.id),
    status: text('status').notNull().default('planned'),
    doneOn: date('done_on', { mode: 'string' }),
    note: text('note'),
    remindersSent: integer('reminders_sent').notNull().default(0),
    lastRemindedAt: timestamp('last_reminded_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [unique('followup_milestones_kind_unique').on(t.cycleId, t.kind)],
);

/** An activity report (verksamhetsberättelse) for one area, optionally specified for one municipality. */
export const activityReports = pgTable(
  'followup_reports',
  {
    ...recordColumns(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => followupCycles.id, { onDelete: 'cascade' }),
    areaCode: text('area_code').notNull(),
    municipalityId: uuid('municipality_id').references(() => organisations.id),
    /** Rich text: the editor's ProseMirror tree (documents/richtext/schema.ts); rows from before migration 0009 are converted at start. */
    body: jsonb('body').$type<RichDoc>().notNull(),
    status: text('status').notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('followup_reports_area_unique')
      .on(t.cycleId, t.areaCode)
      .where(sql`municipality_id is null`),
    uniqueIndex('followup_reports_area_municipality_unique')
      .on(t.cycleId, t.areaCode, t.municipalityId)
      .where(sql`municipality_id is not null`),
    index('followup_reports_cycle_idx').on(t.cycleId),
  ],
);

/** A municipality's assessment of each area and the notes of its meeting with the region. */
export const municipalFeedback = pgTable(
  'followup_feedback',
  {
    ...recordColumns(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => followupCycles.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** Who wrote it (the municipality itself, or the region on its behalf): until submitted, only they see it. */
    authorOrganisationId: uuid('author_organisation_id')
      .notNull()
      .references(() => organisations.id),
    areas: jsonb('areas').$type<AreaAssessment[]>().notNull(),
    meetingDate: date('meeting_date', { mode: 'string' }),
    participants: text('participants'),
    notes: text('notes'),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [unique('followup_feedback_unique').on(t.cycleId, t.organisationId)],
);
