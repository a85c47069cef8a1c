import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { recordColumns } from '../platform/db/columns.js';
import { counties } from '../counties/index.js';
import { organisations } from '../organisations/index.js';
import { people } from '../people/index.js';
import { bodies } from '../bodies/index.js';

/** Binary content; PGlite answers a Uint8Array where pg answers a Buffer, so both become a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
});

/** A case (ärende) with its registration number (diarienummer) per organisation and series. */
export const cases = pgTable(
  'cases',
  {
    ...recordColumns(),
    countyId: uuid('county_id')
      .notNull()
      .references(() => counties.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    series: text('series').notNull(),
    number: integer('number').notNull(),
    year: integer('year').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    officerId: uuid('officer_id').references(() => people.id),
    status: text('status').notNull(),
    /** A motion's facts (who made it, when); null for other cases. */
    motion: jsonb('motion'),
    /** What the case concerns: [{ kind, id }] (an assessment, agreement, follow-up cycle, action plan). */
    concerns: jsonb('concerns').notNull().default([]),
  },
  (t) => [
    uniqueIndex('cases_number_unique').on(t.organisationId, t.series, t.year, t.number),
    // The lists' order (newest year, series, highest number first), within a county or an organisation.
    index('cases_county_order_idx').on(t.countyId, t.year.desc(), t.series, t.number.desc()),
    index('cases_organisation_order_idx').on(t.organisationId, t.year.desc(), t.series, t.number.desc()),
  ],
);

/** A meeting (sammanträde) of a body; its participants are kept on it (they change with the protocol). */
export const meetings = pgTable(
  'meetings',
  {
    ...recordColumns(),
    countyId: uuid('county_id')
      .notNull()
      .references(() => counties.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    startTime: text('start_time'),
    endTime: text('end_time'),
    place: text('place'),
    onlineUrl: text('online_url'),
    status: text('status').notNull(),
    participants: jsonb('participants').notNull().default([]),
    /** Where the adjusted protocol is kept (förvaringsplats), shown on the notice board. */
    keptAt: text('kept_at'),
    /** The protocol's edition: 1, then one more for every correction after adjusting. */
    edition: integer('edition').notNull().default(1),
    corrections: jsonb('corrections').notNull().default([]),
    calledAt: timestamp('called_at', { withTimezone: true, mode: 'date' }),
    adjustedOn: date('adjusted_on', { mode: 'string' }),
    announcedOn: date('announced_on', { mode: 'string' }),
  },
  (t) => [index('meetings_body_idx').on(t.bodyId, t.startDate), index('meetings_org_idx').on(t.organisationId)],
);

/** A § of a meeting, numbered continuously per body and year. */
export const items = pgTable(
  'meeting_items',
  {
    ...recordColumns(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id),
    year: integer('year').notNull(),
    number: integer('number').notNull(),
    caseId: uuid('case_id').references(() => cases.id),
    title: text('title').notNull(),
    content: jsonb('content').notNull(),
    /** Adjusted at once (omedelbar justering): locked ahead of the rest of the protocol. */
    adjustedAt: timestamp('adjusted_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('meeting_items_number_unique').on(t.bodyId, t.year, t.number),
    index('meeting_items_meeting_idx').on(t.meetingId),
    index('meeting_items_case_idx').on(t.caseId),
  ],
);

/** A case's path through bodies: each step a § in some body (or waiting for one). */
export const caseSteps = pgTable(
  'case_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    position: integer('position').notNull(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id),
    kind: text('kind').notNull(),
    itemId: uuid('item_id').references((): AnyPgColumn => items.id),
    /** The § whose decision raised the question to this body ("lyfts till"). */
    raisedFromItemId: uuid('raised_from_item_id').references((): AnyPgColumn => items.id),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('case_steps_position_unique').on(t.caseId, t.position),
    // A body's cases (the list filtered to a body).
    index('case_steps_body_idx').on(t.bodyId, t.caseId),
  ],
);

/**
 * A case's documents (beslutsunderlag), kept in the database: stored in the same transaction as
 * the case's audit entry (nothing half-stored), copied by backups and export, and served alike by
 * every server on one PostgreSQL — a file under DATA_DIR would be on one machine only.
 */
export const caseDocuments = pgTable(
  'case_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    title: text('title').notNull(),
    fileName: text('file_name').notNull(),
    kind: text('kind').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('case_documents_case_idx').on(t.caseId)],
);

/** An approval of a protocol (or of one § adjusted at once) by a named person with their own account. */
export const approvals = pgTable(
  'protocol_approvals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    itemId: uuid('item_id').references(() => items.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    edition: integer('edition').notNull(),
    approvedAt: timestamp('approved_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('protocol_approvals_meeting_idx').on(t.meetingId)],
);

/** Mail sent about a meeting: the call (kallelse) and extracts (protokollsutdrag), who got what and when. */
export const dispatches = pgTable(
  'meeting_dispatches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    kind: text('kind').notNull(),
    itemIds: jsonb('item_ids').notNull().default([]),
    recipient: text('recipient').notNull(),
    email: text('email'),
    mailId: uuid('mail_id'),
    sent: boolean('sent').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('meeting_dispatches_meeting_idx').on(t.meetingId)],
);
