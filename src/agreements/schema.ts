import {
  bigint,
  boolean,
  date,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
  index,
  unique,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { recordColumns } from '../platform/db/columns.js';
import { counties } from '../counties/index.js';
import { organisations } from '../organisations/index.js';

/** A named price index (e.g. LPIX) with yearly values that users maintain. */
export const indexSeries = pgTable('index_series', {
  ...recordColumns(),
  countyId: uuid('county_id')
    .notNull()
    .references(() => counties.id),
  name: text('name').notNull(),
  description: text('description'),
});

export const indexValues = pgTable(
  'index_values',
  {
    seriesId: uuid('series_id')
      .notNull()
      .references(() => indexSeries.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    /** Percent × 100 (2,70 % = 270); may be negative. */
    basisPoints: integer('basis_points').notNull(),
    source: text('source').notNull(),
    preliminary: boolean('preliminary').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.seriesId, t.year] })],
);

export interface TemplateTerms {
  title: string;
  purpose: string | null;
  insightClause: string | null;
  followUpClause: string | null;
  disputeClause: string | null;
  /** Contract documents in order of precedence: where they conflict, the earlier one wins. */
  documents: string[];
  /** Scope as areas of the county's RUS with each area's share of the compensation (basis points). */
  areas: { code: string; name: string; basisPoints: number }[];
  validFrom: string;
  validTo: string;
  extensionYears: number;
  noticeMonths: number;
  reminderDays: number;
  indexSeriesId: string | null;
  indexFromYear: number | null;
  compensationStart: string;
  bankgiro: string;
}

/** An agreement written once and issued to many municipalities as identical instances. */
export const agreementTemplates = pgTable('agreement_templates', {
  ...recordColumns(),
  countyId: uuid('county_id')
    .notNull()
    .references(() => counties.id),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id),
  terms: jsonb('terms').$type<TemplateTerms>().notNull(),
});

/** Each issued version of a template's terms; old versions are kept, periods never overlap. */
export const templateVersions = pgTable(
  'agreement_template_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    templateId: uuid('template_id')
      .notNull()
      .references(() => agreementTemplates.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    terms: jsonb('terms').$type<TemplateTerms>().notNull(),
    note: text('note'),
    issuedAt: timestamp('issued_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [unique('template_versions_number_unique').on(t.templateId, t.number)],
);

/** One municipality's instance of a template (or a sub-agreement linked to a main agreement). */
export const agreements = pgTable(
  'agreements',
  {
    ...recordColumns(),
    templateId: uuid('template_id')
      .notNull()
      .references(() => agreementTemplates.id),
    countyId: uuid('county_id')
      .notNull()
      .references(() => counties.id),
    issuerId: uuid('issuer_id')
      .notNull()
      .references(() => organisations.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    parentId: uuid('parent_id').references((): AnyPgColumn => agreements.id),
    title: text('title'),
    yearlyAmountOre: bigint('yearly_amount_ore', { mode: 'number' }).notNull(),
    amountSource: text('amount_source').notNull(),
    terminatedAt: date('terminated_at', { mode: 'string' }),
    noticeEndsAt: date('notice_ends_at', { mode: 'string' }),
  },
  (t) => [index('agreements_county_idx').on(t.countyId), index('agreements_template_idx').on(t.templateId)],
);

export const signatures = pgTable(
  'agreement_signatures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    party: text('party').notNull(),
    signatories: jsonb('signatories').$type<string[]>().notNull(),
    place: text('place').notNull(),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
  },
  (t) => [unique('signatures_party_unique').on(t.agreementId, t.party)],
);

/** Contact persons; every change is a new row, so the history stays (§13: changes are notified in writing). */
export const contacts = pgTable(
  'agreement_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    party: text('party').notNull(),
    name: text('name').notNull(),
    title: text('title'),
    email: text('email'),
    phone: text('phone'),
    address: text('address'),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    notifiedOn: date('notified_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('contacts_agreement_idx').on(t.agreementId, t.party)],
);

export const notices = pgTable('agreement_notices', {
  id: uuid('id').primaryKey().defaultRandom(),
  agreementId: uuid('agreement_id')
    .notNull()
    .references(() => agreements.id, { onDelete: 'cascade' }),
  party: text('party').notNull(),
  receivedOn: date('received_on', { mode: 'string' }).notNull(),
  endsAt: date('ends_at', { mode: 'string' }).notNull(),
  registeredBy: text('registered_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export const disputes = pgTable('agreement_disputes', {
  ...recordColumns(),
  agreementId: uuid('agreement_id')
    .notNull()
    .references(() => agreements.id, { onDelete: 'cascade' }),
  areas: jsonb('areas').$type<string[]>().notNull(),
  withholdBasisPoints: integer('withhold_basis_points').notNull(),
  description: text('description'),
  openedOn: date('opened_on', { mode: 'string' }).notNull(),
  settledOn: date('settled_on', { mode: 'string' }),
  settlement: text('settlement'),
  settledPaidOre: bigint('settled_paid_ore', { mode: 'number' }),
  settlementNote: text('settlement_note'),
});

/** Notice-deadline reminders already sent, so each goes out once. */
export const remindersSent = pgTable(
  'agreement_reminders_sent',
  {
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.deadline] })],
);
