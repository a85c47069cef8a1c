import { z } from 'zod';
import { Abilities, Id, IsoDate, ScopedPage, Version, optionalText, text } from '../platform/contract.js';
import { Compilation } from '../surveys/contract.js';
import { FilledRichDoc, RichDoc } from '../documents/richtext/schema.js';

/**
 * The yearly follow-up of a set of identical agreements (one agreement template issued to the
 * county's municipalities), seed 003: activity reports per agreement area, each municipality's
 * assessment and meeting notes, the bodies' questionnaire, the compilation, the municipalities'
 * joint valuation and the council's decision.
 *
 * The cycle of year Y covers the period Y-1-10-01 … Y-09-30 (October to September); its reports go
 * out in the first week of October of Y and the council decides at its last meeting of Y.
 *
 * API (all JSON unless said otherwise):
 *   GET    /api/followup-cycles                                  → CyclePage ({ items, total, abilities: { create } })
 *   POST   /api/followup-cycles                   CreateCycle    → Cycle (201)
 *   GET    /api/followup-cycles/:id                              → Cycle
 *   PATCH  /api/followup-cycles/:id               UpdateCycle    → Cycle   (valuation, changes, decision)
 *   POST   /api/followup-cycles/:id/questionnaire LinkQuestionnaire → Cycle (creates the seed's questionnaire, or links one)
 *   PATCH  /api/followup-cycles/:id/milestones/:milestoneId  UpdateMilestone → Cycle
 *   POST   /api/followup-cycles/:id/milestone-reminders  RemindOwners → { sent }
 *   POST   /api/followup-cycles/:id/reports       CreateReport   → Cycle (201)
 *   PATCH  /api/followup-cycles/:id/reports/:reportId  UpdateReport → Cycle
 *   POST   /api/followup-cycles/:id/publish-reports  Version     → Cycle   (publishes every draft report, mails the municipalities' contacts)
 *   PUT    /api/followup-cycles/:id/municipalities/:organisationId  SaveFeedback → Cycle
 *   POST   /api/followup-cycles/:id/municipalities/:organisationId/submit  Version → Cycle
 *   POST   /api/followup-cycles/:id/share-compilation  Version   → Cycle   (mails the compilation's link to the municipalities' contacts)
 *   GET    /api/followup-cycles/:id/compilation                  → CycleCompilation
 *   GET    /api/followup-cycles/:id/report.docx | report.pdf     → the compiled report to the council
 *   GET    /api/followup-cycles/:id/responses.xlsx | responses.csv | assessments.csv → every response
 *          (the Excel file has the bodies' responses and the municipalities' assessments as two sheets; CSV one file each)
 *   GET    /api/followup-cycles/:id/audit                        → AuditEntry[]
 */

export const milestoneKinds = [
  'reports_sent',
  'questionnaire',
  'compilation_shared',
  'municipal_meetings',
  'joint_valuation',
  'council_decision',
] as const;
export type MilestoneKind = (typeof milestoneKinds)[number];
export const milestoneStatuses = ['planned', 'in_progress', 'done'] as const;
export type MilestoneStatus = (typeof milestoneStatuses)[number];
export const cycleStatuses = ['open', 'decided'] as const;
export const reportStatuses = ['draft', 'published'] as const;
export const feedbackStatuses = ['not_started', 'draft', 'submitted'] as const;
export type FeedbackStatus = (typeof feedbackStatuses)[number];
/** A municipality's assessment of an area uses the seed's four-step satisfaction scale. */
export const areaRatings = ['satisfied', 'mostly_satisfied', 'not_quite_satisfied', 'dissatisfied'] as const;
export type AreaRating = (typeof areaRatings)[number];

/** Limits that the web shows next to its fields. */
export const limits = {
  report: 50_000,
  comment: 4_000,
  notes: 20_000,
  participants: 2_000,
  valuation: 20_000,
  decision: 20_000,
  caseNumber: 60,
  title: 300,
  milestoneNote: 2_000,
} as const;

const Year = z.number().int().min(2000, 'must be 2000 or later').max(2100, 'must be 2100 or earlier');

// ---- cycle ----
export const CreateCycle = z.object({
  templateId: Id,
  year: Year,
  /** The date of the council's last meeting of the year (the decision milestone); default 15 December. */
  councilMeetingDate: IsoDate.optional(),
  title: optionalText(limits.title),
});
export type CreateCycle = z.infer<typeof CreateCycle>;

export const Decision = z.object({
  date: IsoDate,
  bodyId: Id,
  text: text(limits.decision),
  caseNumber: optionalText(limits.caseNumber),
});
export type DecisionInput = z.infer<typeof Decision>;

export const UpdateCycle = z
  .object({
    title: optionalText(limits.title),
    jointValuation: optionalText(limits.valuation),
    jointValuationDate: IsoDate.nullable(),
    recommendedChanges: optionalText(limits.decision),
    decision: Decision.nullable(),
  })
  .partial()
  .extend(Version.shape);
export type UpdateCycle = z.infer<typeof UpdateCycle>;

export const LinkQuestionnaire = z.union([
  z.object({ questionnaireId: Id, version: z.number().int().positive() }),
  z.object({
    opensAt: IsoDate,
    closesAt: IsoDate,
    anonymous: z.boolean().default(false),
    version: z.number().int().positive(),
  }),
]);
export type LinkQuestionnaire = z.infer<typeof LinkQuestionnaire>;

// ---- milestones ----
export const UpdateMilestone = z
  .object({
    dueDate: IsoDate,
    ownerPersonId: Id.nullable(),
    ownerBodyId: Id.nullable(),
    status: z.enum(milestoneStatuses),
    note: optionalText(limits.milestoneNote),
  })
  .partial()
  .extend(Version.shape);
export type UpdateMilestone = z.infer<typeof UpdateMilestone>;
export const MilestoneParams = z.object({ id: Id, milestoneId: Id });
export const RemindOwners = z.object({
  /** Remind of milestones due within this many days (overdue ones always). */
  withinDays: z.number().int().min(0).max(60).default(7),
  /** Not again within this many days. */
  minIntervalDays: z.number().int().min(0).max(60).default(3),
});
export type RemindOwners = z.infer<typeof RemindOwners>;

export const Milestone = z.object({
  id: Id,
  kind: z.enum(milestoneKinds),
  dueDate: z.string(),
  ownerPersonId: Id.nullable(),
  ownerName: z.string().nullable(),
  ownerBodyId: Id.nullable(),
  ownerBodyName: z.string().nullable(),
  status: z.enum(milestoneStatuses),
  doneOn: z.string().nullable(),
  note: z.string().nullable(),
  overdue: z.boolean(),
  remindersSent: z.number(),
  lastRemindedAt: z.string().nullable(),
  version: z.number(),
});
export type Milestone = z.infer<typeof Milestone>;

// ---- activity reports ----
export const CreateReport = z.object({
  areaCode: z.string().min(1).max(40),
  /** A report specified for one municipality; null for the whole area. */
  municipalityId: Id.nullable().default(null),
  /** Rich text as the editor saves it; only the contract's nodes and marks, at most 50 000 characters. */
  body: FilledRichDoc,
});
export type CreateReport = z.infer<typeof CreateReport>;
export const UpdateReport = z.object({ body: FilledRichDoc }).extend(Version.shape);
export type UpdateReport = z.infer<typeof UpdateReport>;
export const ReportParams = z.object({ id: Id, reportId: Id });

export const ActivityReport = z.object({
  id: Id,
  areaCode: z.string(),
  areaName: z.string(),
  municipalityId: Id.nullable(),
  municipalityName: z.string().nullable(),
  /** Rich text (src/documents/richtext/schema.ts): headings 1–3, paragraphs, bullet and numbered lists, bold, italic. */
  body: RichDoc,
  status: z.enum(reportStatuses),
  publishedAt: z.string().nullable(),
  version: z.number(),
  updatedAt: z.string(),
});
export type ActivityReport = z.infer<typeof ActivityReport>;

// ---- municipalities' assessments and meetings ----
export const AreaAssessmentInput = z.object({
  areaCode: z.string().min(1).max(40),
  rating: z.enum(areaRatings).nullable(),
  comment: optionalText(limits.comment),
});
export const SaveFeedback = z.object({
  /** The version the user saw; null when nothing was saved before. */
  version: z.number().int().positive().nullable(),
  areas: z.array(AreaAssessmentInput).max(40),
  meetingDate: IsoDate.nullable().optional(),
  participants: optionalText(limits.participants),
  notes: optionalText(limits.notes),
});
export type SaveFeedback = z.infer<typeof SaveFeedback>;
export const MunicipalityParams = z.object({ id: Id, organisationId: Id });

export const AreaAssessment = z.object({
  areaCode: z.string(),
  rating: z.enum(areaRatings).nullable(),
  comment: z.string().nullable(),
});
export type AreaAssessment = z.infer<typeof AreaAssessment>;
export const Feedback = z.object({
  organisationId: Id,
  organisationName: z.string(),
  /** The municipality's current contact person in its agreement. */
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  agreementId: Id,
  status: z.enum(feedbackStatuses),
  areas: z.array(AreaAssessment),
  meetingDate: z.string().nullable(),
  participants: z.string().nullable(),
  notes: z.string().nullable(),
  submittedAt: z.string().nullable(),
  /** Null until first saved. */
  version: z.number().nullable(),
  /** Whether the signed-in user may edit it. */
  editable: z.boolean(),
});
export type Feedback = z.infer<typeof Feedback>;

export const Area = z.object({ code: z.string(), name: z.string() });

export const Cycle = z.object({
  id: Id,
  countyId: Id,
  organisationId: Id,
  organisationName: z.string(),
  templateId: Id,
  templateTitle: z.string(),
  year: z.number(),
  title: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  status: z.enum(cycleStatuses),
  areas: z.array(Area),
  milestones: z.array(Milestone),
  reports: z.array(ActivityReport),
  municipalities: z.array(Feedback),
  questionnaireId: Id.nullable(),
  questionnaireTitle: z.object({ sv: z.string(), en: z.string() }).nullable(),
  questionnaireStatus: z.string().nullable(),
  jointValuation: z.string().nullable(),
  jointValuationDate: z.string().nullable(),
  recommendedChanges: z.string().nullable(),
  decision: z
    .object({ date: z.string(), bodyId: Id, bodyName: z.string(), text: z.string(), caseNumber: z.string().nullable() })
    .nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /**
   * What the signed-in person may do: `update` runs the cycle (milestones, reports, questionnaire,
   * compilation, valuation, decision). A municipality's own assessment says so in its `editable`.
   */
  abilities: Abilities('update'),
});
export type Cycle = z.infer<typeof Cycle>;
export type CycleRecord = Omit<Cycle, 'abilities'>;

export const CycleSummary = z.object({
  id: Id,
  year: z.number(),
  title: z.string(),
  templateTitle: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  status: z.enum(cycleStatuses),
  overdueMilestones: z.number(),
  nextMilestone: z.object({ kind: z.enum(milestoneKinds), dueDate: z.string() }).nullable(),
  municipalitiesSubmitted: z.number(),
  municipalities: z.number(),
});
export type CycleSummary = z.infer<typeof CycleSummary>;
/** The cycles the person may read, and whether they may start a new one. */
export const CyclePage = ScopedPage(CycleSummary);
export type CyclePage = z.infer<typeof CyclePage>;

// ---- compilation ----
const RatingCount = z.object({ rating: z.enum(areaRatings), count: z.number(), percent: z.number() });
const AreaTally = z.object({ answered: z.number(), distribution: z.array(RatingCount) });
export type AreaTally = z.infer<typeof AreaTally>;

export const CycleCompilation = z.object({
  cycleId: Id,
  year: z.number(),
  /** The bodies' questionnaire compiled (per question, per body, earlier cycles beside it); null without one. */
  questionnaire: Compilation.nullable(),
  /** Question texts for the compilation's question keys, so charts can be labelled without the questionnaire. */
  questions: z.array(
    z.object({
      key: z.string(),
      number: z.number(),
      text: z.object({ sv: z.string(), en: z.string() }),
      options: z.array(z.object({ code: z.string(), label: z.object({ sv: z.string(), en: z.string() }) })),
      statements: z
        .array(z.object({ key: z.string(), text: z.object({ sv: z.string(), en: z.string() }) }))
        .default([]),
    }),
  ),
  /** Per area: the municipalities' ratings, and the same from earlier cycles of the same agreements. */
  areas: z.array(
    AreaTally.extend({
      code: z.string(),
      name: z.string(),
      comments: z.array(z.object({ municipalityName: z.string(), comment: z.string() })),
      previous: z.array(AreaTally.extend({ year: z.number() })),
    }),
  ),
  /** Per municipality: its rating of each area beside its ratings of earlier years, and its meeting. */
  municipalities: z.array(
    z.object({
      organisationId: Id,
      name: z.string(),
      status: z.enum(feedbackStatuses),
      areas: z.array(
        z.object({
          code: z.string(),
          rating: z.enum(areaRatings).nullable(),
          comment: z.string().nullable(),
          previous: z.array(z.object({ year: z.number(), rating: z.enum(areaRatings).nullable() })),
        }),
      ),
      meetingDate: z.string().nullable(),
      notes: z.string().nullable(),
    }),
  ),
  /** The free-text suggestions for improvement (long/short text answers), with the body where known. */
  suggestions: z.array(z.object({ questionKey: z.string(), text: z.string(), bodyName: z.string().nullable() })),
  jointValuation: z.string().nullable(),
  recommendedChanges: z.string().nullable(),
  decision: Cycle.shape.decision,
});
export type CycleCompilation = z.infer<typeof CycleCompilation>;
