import { boolean, date, integer, jsonb, pgTable, text, timestamp, uuid, index, unique } from 'drizzle-orm/pg-core';
import { recordColumns } from '../platform/db/columns.js';
import { counties } from '../counties/index.js';
import { organisations } from '../organisations/index.js';
import { people } from '../people/index.js';
import { bodies } from '../bodies/index.js';
import { frameworkItems, frameworkVersions } from '../goals/index.js';

/** A programme (e.g. a regional service programme) whose initiatives are assessed. */
export const programmes = pgTable('programmes', {
  ...recordColumns(),
  countyId: uuid('county_id')
    .notNull()
    .references(() => counties.id),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id),
  name: text('name').notNull(),
  description: text('description'),
  rusVersionId: uuid('rus_version_id').references(() => frameworkVersions.id),
  /** The stakeholder groups initiatives of this programme can name (configurable per programme). */
  stakeholderGroups: jsonb('stakeholder_groups').$type<string[]>().notNull(),
  shared: boolean('shared').notNull().default(false),
  archivedAt: timestamp('archived_at', { withTimezone: true, mode: 'date' }),
});

export const initiatives = pgTable(
  'initiatives',
  {
    ...recordColumns(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id),
    name: text('name').notNull(),
    description: text('description'),
    stakeholderGroups: jsonb('stakeholder_groups').$type<string[]>().notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    shared: boolean('shared').notNull().default(false),
    archivedAt: timestamp('archived_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('initiatives_programme_idx').on(t.programmeId)],
);

/** One round of the four steps for an initiative; a re-assessment is the next number. */
export const assessments = pgTable(
  'assessments',
  {
    ...recordColumns(),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id),
    number: integer('number').notNull(),
    status: text('status').notNull(),
    basedOnId: uuid('based_on_id'),
    /** Framework versions used: the RUS version, Agenda 2030 and any other chosen framework. */
    frameworkVersionIds: jsonb('framework_version_ids').$type<string[]>().notNull(),
    /** Per step 1–3: is a position (ställningstagande) needed to go on, and why. */
    positionsNeeded: jsonb('positions_needed')
      .$type<Record<string, { needed: boolean; note: string | null }>>()
      .notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
    finishedBy: text('finished_by'),
  },
  (t) => [unique('assessments_number_unique').on(t.initiativeId, t.number)],
);

/** The gate after a step: continue, rethink or stop, with a reason. */
export const gates = pgTable(
  'assessment_gates',
  {
    ...recordColumns(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    step: integer('step').notNull(),
    decision: text('decision').notNull(),
    reason: text('reason').notNull(),
    decidedBy: text('decided_by').notNull(),
  },
  (t) => [unique('gates_step_unique').on(t.assessmentId, t.step)],
);

/** Step 1 (RUS goals) and step 2 (Agenda 2030 and other frameworks): the impact on one goal or target. */
export const impacts = pgTable(
  'assessment_impacts',
  {
    ...recordColumns(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    step: integer('step').notNull(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => frameworkItems.id),
    effect: text('effect').notNull(),
    directness: text('directness'),
    motivation: text('motivation'),
    relevanceRank: integer('relevance_rank'),
  },
  (t) => [unique('impacts_item_unique').on(t.assessmentId, t.itemId)],
);

/** Step 3: an actor that affects or is affected; present or missing but should be here. */
export const actors = pgTable(
  'assessment_actors',
  {
    ...recordColumns(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    name: text('name'),
    relation: text('relation').notNull(),
    presence: text('presence').notNull(),
    power: integer('power').notNull(),
    interest: integer('interest').notNull(),
    stance: text('stance').notNull(),
    note: text('note'),
  },
  (t) => [index('assessment_actors_idx').on(t.assessmentId)],
);

/** A goal conflict or conflict of interest: two goals, actors or interests in tension, and the position taken. */
export const conflicts = pgTable(
  'assessment_conflicts',
  {
    ...recordColumns(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    foundInStep: integer('found_in_step').notNull(),
    aItemId: uuid('a_item_id').references(() => frameworkItems.id),
    aActorId: uuid('a_actor_id').references(() => actors.id, { onDelete: 'set null' }),
    aText: text('a_text'),
    bItemId: uuid('b_item_id').references(() => frameworkItems.id),
    bActorId: uuid('b_actor_id').references(() => actors.id, { onDelete: 'set null' }),
    bText: text('b_text'),
    description: text('description'),
    severity: text('severity').notNull(),
    status: text('status').notNull(),
    positionText: text('position_text'),
    positionBodyId: uuid('position_body_id').references(() => bodies.id),
    positionDate: date('position_date', { mode: 'string' }),
    positionCaseNumber: text('position_case_number'),
  },
  (t) => [index('assessment_conflicts_idx').on(t.assessmentId)],
);

/** Step 4: an action, traceable to the impact, conflict or actor it answers. */
export const actions = pgTable(
  'assessment_actions',
  {
    ...recordColumns(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description'),
    answersType: text('answers_type').notNull(),
    answersId: uuid('answers_id').notNull(),
    responsibleOrganisationId: uuid('responsible_organisation_id').references(() => organisations.id),
    responsiblePersonId: uuid('responsible_person_id').references(() => people.id),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    status: text('status').notNull(),
  },
  (t) => [index('assessment_actions_idx').on(t.assessmentId)],
);

export const comments = pgTable(
  'assessment_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    targetType: text('target_type').notNull(),
    targetId: uuid('target_id').notNull(),
    authorUserId: uuid('author_user_id'),
    authorName: text('author_name').notNull(),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('comments_target_idx').on(t.assessmentId, t.targetType, t.targetId)],
);
