import { z } from 'zod';
import { Abilities, Id, IsoDate, ScopedPage, Version, optionalText, text } from '../platform/contract.js';

export const parties = ['issuer', 'party'] as const;
export const Party = z.enum(parties);
export const settlements = ['paid_later', 'kept', 'partly'] as const;

const Ore = z.number().int().min(0).max(1_000_000_000_000);
const Area = z.object({ code: text(20), name: text(200), basisPoints: z.number().int().min(0).max(10000) });

export const TermsInput = z.object({
  title: text(300),
  purpose: optionalText(8000),
  insightClause: optionalText(8000),
  followUpClause: optionalText(8000),
  disputeClause: optionalText(8000),
  documents: z.array(text(300)).min(1).max(20),
  areas: z.array(Area).min(1).max(20),
  validFrom: IsoDate,
  validTo: IsoDate,
  extensionYears: z.number().int().min(0).max(10),
  noticeMonths: z.number().int().min(0).max(60),
  reminderDays: z.number().int().min(0).max(365).default(60),
  indexSeriesId: Id.nullish(),
  indexFromYear: z.number().int().min(1990).max(2100).nullish(),
  compensationStart: IsoDate,
  bankgiro: text(20),
});
export type TermsInput = z.infer<typeof TermsInput>;

export const CreateTemplate = z.object({ organisationId: Id.optional(), terms: TermsInput });
export const UpdateTemplate = z.object({ terms: TermsInput, version: z.number().int().positive() });
export type UpdateTemplate = z.infer<typeof UpdateTemplate>;
export const NewTemplateVersion = z.object({
  terms: TermsInput,
  note: optionalText(2000),
  version: z.number().int().positive(),
});
export type NewTemplateVersion = z.infer<typeof NewTemplateVersion>;
export const IssueTemplate = z.object({
  municipalities: z
    .array(z.object({ organisationId: Id, yearlyAmountOre: Ore.optional() }))
    .min(1)
    .max(400),
  /** Split a county total by population at the end of a year, for municipalities without an amount. */
  split: z.object({ countyTotalOre: Ore, populationYear: z.number().int().min(1900).max(2100) }).optional(),
});

export type IssueTemplate = z.infer<typeof IssueTemplate>;
export const Terms = TermsInput.extend({
  indexSeriesId: Id.nullable(),
  indexFromYear: z.number().nullable(),
  purpose: z.string().nullable(),
  insightClause: z.string().nullable(),
  followUpClause: z.string().nullable(),
  disputeClause: z.string().nullable(),
});
export const TemplateVersion = z.object({
  id: Id,
  number: z.number(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  note: z.string().nullable(),
  issuedAt: z.string(),
  terms: Terms,
});
export const Template = z.object({
  id: Id,
  countyId: Id,
  organisationId: Id,
  organisationName: z.string(),
  terms: Terms,
  versions: z.array(TemplateVersion),
  agreementCount: z.number(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** update: edit the terms (before issue) or issue a new version; issue: issue it to municipalities. */
  abilities: Abilities('update'),
});
export type Template = z.infer<typeof Template>;
export type TemplateRecord = Omit<Template, 'abilities'>;
export const TemplatePage = ScopedPage(Template);
export type TemplatePage = z.infer<typeof TemplatePage>;

export const IndexValue = z.object({
  year: z.number(),
  basisPoints: z.number(),
  source: z.string(),
  preliminary: z.boolean(),
});
export const IndexSeries = z.object({
  id: Id,
  countyId: Id,
  name: z.string(),
  description: z.string().nullable(),
  values: z.array(IndexValue),
  version: z.number(),
  abilities: Abilities('update'),
});
export type IndexSeries = z.infer<typeof IndexSeries>;
export type IndexSeriesRecord = Omit<IndexSeries, 'abilities'>;
export const IndexSeriesPage = ScopedPage(IndexSeries);
export type IndexSeriesPage = z.infer<typeof IndexSeriesPage>;
export const CreateIndexSeries = z.object({ name: text(100), description: optionalText(2000) });
export type CreateIndexSeries = z.infer<typeof CreateIndexSeries>;
export const SetIndexValue = z.object({
  basisPoints: z.number().int().min(-5000).max(5000),
  source: text(500),
  preliminary: z.boolean(),
});
export type SetIndexValue = z.infer<typeof SetIndexValue>;
export const YearParams = z.object({ id: Id, year: z.coerce.number().int().min(1990).max(2100) });

export const Status = z.object({
  status: z.enum(['draft', 'signed', 'in_force', 'ended']),
  endsOn: z.string().nullable(),
  reason: z.enum(['expired', 'terminated']).nullable(),
  endedOn: z.string().nullable(),
});
export const Period = z.object({ number: z.number(), start: z.string(), end: z.string(), noticeDeadline: z.string() });
export const Contact = z.object({
  id: Id,
  party: Party,
  name: z.string(),
  title: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  validFrom: z.string(),
  notifiedOn: z.string().nullable(),
  createdAt: z.string(),
});
export const Signature = z.object({
  party: Party,
  signatories: z.array(z.string()),
  place: z.string(),
  signedOn: z.string(),
});
export const Notice = z.object({
  id: Id,
  party: Party,
  receivedOn: z.string(),
  endsAt: z.string(),
  registeredBy: z.string(),
});
export const Dispute = z.object({
  id: Id,
  areas: z.array(z.string()),
  withholdBasisPoints: z.number(),
  description: z.string().nullable(),
  openedOn: z.string(),
  settledOn: z.string().nullable(),
  settlement: z.enum(settlements).nullable(),
  settledPaidOre: z.number().nullable(),
  settlementNote: z.string().nullable(),
  withheldPerMonthOre: z.number(),
  version: z.number(),
});

export const Agreement = z.object({
  id: Id,
  templateId: Id,
  versionNumber: z.number(),
  countyId: Id,
  title: z.string(),
  issuer: z.object({ id: Id, name: z.string() }),
  party: z.object({ id: Id, name: z.string(), municipalityCode: z.string().nullable() }),
  parentId: Id.nullable(),
  subAgreements: z.array(z.object({ id: Id, title: z.string() })),
  terms: Terms,
  yearlyAmountOre: z.number(),
  amountSource: z.enum(['entered', 'population']),
  status: Status,
  periods: z.array(Period),
  currentPeriod: Period.nullable(),
  nextNoticeDeadline: z.string().nullable(),
  /** This year's amount, or why it cannot be computed (an error code and details, e.g. the missing index year). */
  thisYear: z.object({
    year: z.number(),
    amountOre: z.number().nullable(),
    error: z.object({ code: z.string(), details: z.unknown() }).nullable(),
  }),
  signatures: z.array(Signature),
  contacts: z.array(Contact),
  contactHistory: z.array(Contact),
  notices: z.array(Notice),
  disputes: z.array(Dispute),
  version: z.number(),
  /** update: sign, change contacts, register notice, open and settle disputes, change the amount. */
  abilities: Abilities('update'),
});
export type Agreement = z.infer<typeof Agreement>;
export type AgreementRecord = Omit<Agreement, 'abilities'>;

export const OverviewRow = Agreement.pick({
  id: true,
  title: true,
  party: true,
  status: true,
  currentPeriod: true,
  nextNoticeDeadline: true,
  thisYear: true,
}).extend({ openDisputes: z.number() });
export type OverviewRow = z.infer<typeof OverviewRow>;
/** The county's agreements, the next notice deadline first; `create`: may issue templates. */
export const OverviewPage = ScopedPage(OverviewRow);
export type OverviewPage = z.infer<typeof OverviewPage>;

export const UpdateAgreement = z.object({
  yearlyAmountOre: Ore.optional(),
  title: optionalText(300),
  version: z.number().int().positive(),
});
export type UpdateAgreement = z.infer<typeof UpdateAgreement>;
export const Sign = z.object({ signatories: z.array(text(200)).min(1).max(5), place: text(100), signedOn: IsoDate });
export type Sign = z.infer<typeof Sign>;
export const PartyParams = z.object({ id: Id, party: Party });
export const ContactInput = z.object({
  party: Party,
  name: text(200),
  title: optionalText(200),
  email: z.email().max(254).nullish(),
  phone: optionalText(40),
  address: optionalText(500),
  validFrom: IsoDate,
  notifiedOn: IsoDate.nullish(),
});
export type ContactInput = z.infer<typeof ContactInput>;
export const NoticeInput = z.object({
  party: Party,
  receivedOn: IsoDate,
  /**
   * For a notice received after the deadline: the end of the later period it applies to (the
   * `details.appliesTo.periodEnd` of the 409 `agreement.notice_too_late`), to register it for that
   * period. Any other period is refused; an on-time notice may omit it.
   */
  forPeriodEnding: IsoDate.nullish(),
});
export type NoticeInput = z.infer<typeof NoticeInput>;
export const OpenDispute = z.object({
  areas: z.array(text(20)).min(1),
  withholdBasisPoints: z.number().int().min(0).max(10000),
  description: optionalText(4000),
  openedOn: IsoDate,
});
export type OpenDispute = z.infer<typeof OpenDispute>;
export const SettleDispute = z.object({
  settledOn: IsoDate,
  settlement: z.enum(settlements),
  settledPaidOre: Ore.nullish(),
  note: optionalText(4000),
  version: z.number().int().positive(),
});
export type SettleDispute = z.infer<typeof SettleDispute>;
export const DisputeParams = z.object({ id: Id, disputeId: Id });
export const SubAgreementInput = z.object({ title: text(300), yearlyAmountOre: Ore });
export type SubAgreementInput = z.infer<typeof SubAgreementInput>;
export const PlanQuery = z.object({
  from: z.coerce.number().int().min(1990).max(2100).optional(),
  to: z.coerce.number().int().min(1990).max(2100).optional(),
  lang: z.enum(['sv', 'en']).default('sv'),
});

export const PlanRow = z.object({
  year: z.number(),
  month: z.number(),
  dueDate: z.string(),
  amountOre: z.number(),
  withheldOre: z.number(),
  payableOre: z.number(),
  indexApplied: IndexValue.nullable(),
});
export const PaymentPlan = z.object({
  agreementId: Id,
  bankgiro: z.string(),
  rule: z.string(),
  rows: z.array(PlanRow),
  years: z.array(
    z.object({
      year: z.number(),
      months: z.number(),
      amountOre: z.number(),
      withheldOre: z.number(),
      payableOre: z.number(),
      index: IndexValue.nullable(),
    }),
  ),
  total: z.object({ months: z.number(), amountOre: z.number(), withheldOre: z.number(), payableOre: z.number() }),
});
export type PaymentPlan = z.infer<typeof PaymentPlan>;
export { Version };
