import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { recordColumns } from '../platform/db/columns.js';
import { counties } from '../counties/index.js';
import { organisations } from '../organisations/index.js';
import { people } from '../people/index.js';
import { bodies } from '../bodies/index.js';
import type { Answers, Bi, ScaleOption, Section } from './contract.js';

/** A named, ordered answer scale reused by many questions; no county = built in. */
export const surveyScales = pgTable('survey_scales', {
  ...recordColumns(),
  countyId: uuid('county_id').references(() => counties.id),
  key: text('key').unique('survey_scales_key_unique'),
  name: jsonb('name').$type<Bi>().notNull(),
  options: jsonb('options').$type<ScaleOption[]>().notNull(),
});

/**
 * A questionnaire; its sections and questions are one document under the optimistic lock. Choice
 * questions carry a copy of their scale's options, so a later change to the scale never changes
 * what was asked (or invalidates answers already given).
 */
export const questionnaires = pgTable(
  'questionnaires',
  {
    ...recordColumns(),
    countyId: uuid('county_id')
      .notNull()
      .references(() => counties.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    templateKey: text('template_key'),
    title: jsonb('title').$type<Bi>().notNull(),
    intro: jsonb('intro').$type<Bi>(),
    anonymous: boolean('anonymous').notNull().default(false),
    opensAt: date('opens_at', { mode: 'string' }).notNull(),
    closesAt: date('closes_at', { mode: 'string' }).notNull(),
    status: text('status').notNull(),
    sections: jsonb('sections').$type<Section[]>().notNull(),
  },
  (t) => [index('questionnaires_county_idx').on(t.countyId)],
);

/**
 * One respondent (a person, or the chair/secretary answering for a body). Deliberately without
 * updated_at: for an anonymous questionnaire no column may say when it was completed.
 */
export const invitations = pgTable(
  'survey_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    questionnaireId: uuid('questionnaire_id')
      .notNull()
      .references(() => questionnaires.id, { onDelete: 'cascade' }),
    bodyId: uuid('body_id').references(() => bodies.id),
    personId: uuid('person_id').references(() => people.id),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    name: text('name').notNull(),
    email: text('email').notNull(),
    locale: text('locale').notNull(),
    invitedAt: timestamp('invited_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    started: boolean('started').notNull().default(false),
    /** Only for questionnaires that are not anonymous. */
    startedAt: timestamp('started_at', { withTimezone: true, mode: 'date' }),
    completed: boolean('completed').notNull().default(false),
    /** Only for questionnaires that are not anonymous. */
    completedAt: timestamp('completed_at', { withTimezone: true, mode: 'date' }),
    /** The client's id for its submit, so a retry gets the same success and a second submit does not. */
    submissionKey: text('submission_key'),
    /** Saved partial answers; cleared at submit. */
    draft: jsonb('draft').$type<Answers>(),
    remindersSent: integer('reminders_sent').notNull().default(0),
    lastRemindedAt: timestamp('last_reminded_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    index('survey_invitations_questionnaire_idx').on(t.questionnaireId),
    uniqueIndex('survey_invitations_body_unique')
      .on(t.questionnaireId, t.bodyId)
      .where(sql`body_id is not null`),
    uniqueIndex('survey_invitations_person_unique')
      .on(t.questionnaireId, t.personId)
      .where(sql`body_id is null`),
  ],
);

/** The links of an invitation (the first mail and each reminder); only the SHA-256 of a token is kept. */
export const surveyLinks = pgTable(
  'survey_links',
  {
    tokenHash: text('token_hash').primaryKey(),
    invitationId: uuid('invitation_id')
      .notNull()
      .references(() => invitations.id, { onDelete: 'cascade' }),
  },
  (t) => [index('survey_links_invitation_idx').on(t.invitationId)],
);

/** A completed response to a questionnaire that is not anonymous: one per invitation. */
export const responses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    questionnaireId: uuid('questionnaire_id')
      .notNull()
      .references(() => questionnaires.id, { onDelete: 'cascade' }),
    invitationId: uuid('invitation_id')
      .notNull()
      .unique('survey_responses_invitation_unique')
      .references(() => invitations.id, { onDelete: 'cascade' }),
    bodyId: uuid('body_id').references(() => bodies.id),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    answers: jsonb('answers').$type<Answers>().notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('survey_responses_questionnaire_idx').on(t.questionnaireId)],
);

/**
 * Responses to an anonymous questionnaire: the answers and nothing else — no invitation, person,
 * body or time, and a random id. New answers wait as unreleased until ten have gathered (or the
 * questionnaire closes); then they are written anew together in random order with fresh ids, so
 * neither row order nor age tells one of them from the other nine (see respond.ts). Every read
 * orders by the random id.
 */
export const anonymousResponses = pgTable(
  'survey_anonymous_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    questionnaireId: uuid('questionnaire_id')
      .notNull()
      .references(() => questionnaires.id, { onDelete: 'cascade' }),
    answers: jsonb('answers').$type<Answers>().notNull(),
    released: boolean('released').notNull().default(true),
  },
  (t) => [index('survey_anonymous_responses_questionnaire_idx').on(t.questionnaireId)],
);
