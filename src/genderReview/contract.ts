import { z } from 'zod';
import { Abilities, Id, IsoDate, ScopedPage, Version, text } from '../platform/contract.js';
import { BUILTIN_GROUPS, RATINGS, REVIEW_STATUSES, WORK_STATUSES } from './rules.js';

/** Contracts of the gender review of governing documents (issue 13 item 6, seed 004). */

export const Rating = z.enum(RATINGS).describe('clear, partly or missing gender perspective');
export const BuiltinGroup = z.enum(BUILTIN_GROUPS).describe('subgoals (the six national sub-goals), fourR, decision');
export const ReviewStatus = z.enum(REVIEW_STATUSES);
export const WorkStatus = z.enum(WORK_STATUSES);
export const DOCUMENT_KINDS = [
  'rus',
  'growth_strategy',
  'health_strategy',
  'goals_budget',
  'operating_plan',
  'policy',
  'other',
] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS);
const Year = z.number().int().min(1990).max(2100);
const long = (max: number) => z.string().trim().max(max);

const Bilingual = z.object({ sv: z.string(), en: z.string() });
export const Criterion = z.object({
  key: z.string(),
  group: z.enum([...BUILTIN_GROUPS, 'own']),
  name: Bilingual,
  description: Bilingual,
  goalCode: z.string().nullable(),
});
export type Criterion = z.infer<typeof Criterion>;

export const Quote = z.object({ text: text(4000), page: long(40).default('') });
export const WorkNote = z.object({ date: IsoDate, text: text(4000) });
export const Counts = z.object({
  clear: z.number().int(),
  partly: z.number().int(),
  missing: z.number().int(),
  unrated: z.number().int(),
});
export const Perspective = z.enum([...RATINGS, 'not_assessed']);

export const CreateReview = z.object({
  organisationId: Id,
  year: Year,
  title: text(200),
  groups: z
    .array(BuiltinGroup)
    .max(3)
    .default([...BUILTIN_GROUPS])
    .transform((g) => [...new Set(g)]),
});
export type CreateReview = z.infer<typeof CreateReview>;

export const Improvement = z.object({
  documentId: Id.nullable(),
  change: long(4000),
  responsible: long(200),
  due: IsoDate.nullable(),
  status: WorkStatus,
  notes: z.array(WorkNote).max(200),
});
export type Improvement = z.infer<typeof Improvement>;

export const UpdateReview = z.object({
  year: Year.optional(),
  title: text(200).optional(),
  status: ReviewStatus.optional(),
  groups: z
    .array(BuiltinGroup)
    .max(3)
    .transform((g) => [...new Set(g)])
    .optional(),
  improvement: Improvement.partial().optional(),
  version: z.number().int().positive(),
});
export type UpdateReview = z.infer<typeof UpdateReview>;

export const CreateCriterion = z.object({ name: text(200), description: long(2000).default('') });
export type CreateCriterion = z.infer<typeof CreateCriterion>;
/**
 * Rename or re-describe an own criterion. Own criteria have no version of their own: like the review's
 * groups they define what the review measures, so the change carries the review's version (and bumps it).
 */
export const UpdateCriterion = z.object({
  name: text(200).optional(),
  description: long(2000).optional(),
  version: z.number().int().positive().describe('the review’s version as read'),
});
export type UpdateCriterion = z.infer<typeof UpdateCriterion>;
/** Remove an own criterion (and its ratings): the review's version as read. */
export const RemoveCriterion = z.object({
  version: z.number().int().positive().describe('the review’s version as read'),
});

// The fields without defaults: an update names only what it changes (a default would overwrite).
const DocumentFields = z.object({
  title: text(300),
  kind: DocumentKind,
  position: z.number().int().min(1).max(100),
  adoptedBy: long(200),
  adoptedOn: IsoDate.nullable(),
  reference: long(1000),
});
export const CreateDocument = DocumentFields.extend({
  adoptedBy: long(200).default(''),
  adoptedOn: IsoDate.nullable().default(null),
  reference: long(1000).default(''),
});
export type CreateDocument = z.infer<typeof CreateDocument>;
export const UpdateDocument = DocumentFields.partial().extend({ version: z.number().int().positive() });
export type UpdateDocument = z.infer<typeof UpdateDocument>;
/** Remove a document (and its ratings) at the version read. */
export const RemoveDocument = Version.extend({
  clearImprovement: z
    .boolean()
    .default(false)
    .describe('the document is the chosen link to improve: clear that choice in the same step (else 409)'),
});
export type RemoveDocument = z.infer<typeof RemoveDocument>;

export const SaveRating = z.object({
  rating: Rating.nullable(),
  quotes: z.array(Quote).max(50).default([]),
  note: long(4000).default(''),
  /** The version of the rating as read; null when there was none yet. */
  version: z.number().int().positive().nullable(),
});
export type SaveRating = z.infer<typeof SaveRating>;

export const GroupResult = z.object({
  group: z.string().trim().min(1).max(100),
  clear: z.number().int().min(0).max(1000),
  partly: z.number().int().min(0).max(1000),
  missing: z.number().int().min(0).max(1000),
});
const BenchmarkFields = z.object({
  region: text(200),
  summary: long(4000),
  source: long(1000),
  example: z.boolean(),
  groups: z.array(GroupResult).max(20),
});
export const CreateBenchmark = BenchmarkFields.extend({
  summary: long(4000).default(''),
  source: long(1000).default(''),
  example: z.boolean().default(false).describe('figures not stated by the source: shown as an example'),
  groups: z.array(GroupResult).max(20).default([]),
});
export type CreateBenchmark = z.infer<typeof CreateBenchmark>;
export const UpdateBenchmark = BenchmarkFields.partial().extend({ version: z.number().int().positive() });
export type UpdateBenchmark = z.infer<typeof UpdateBenchmark>;

export const ReviewParams = z.object({ id: Id });
export const DocumentParams = z.object({ id: Id, documentId: Id });
export const RatingParams = z.object({ id: Id, documentId: Id, criterion: z.string().min(1).max(80) });
export const BenchmarkParams = z.object({ id: Id, benchmarkId: Id });
export const CriterionParams = z.object({ id: Id, criterion: z.string().min(1).max(80) });
export const ReportQuery = z.object({ lang: z.enum(['sv', 'en']).default('sv') });

export const RatingRecord = z.object({
  id: Id,
  documentId: Id,
  criterionKey: z.string(),
  rating: Rating.nullable(),
  quotes: z.array(z.object({ text: z.string(), page: z.string() })),
  note: z.string(),
  version: z.number().int(),
});
export type RatingRecord = z.infer<typeof RatingRecord>;

export const ReviewDocument = z.object({
  id: Id,
  reviewId: Id,
  title: z.string(),
  kind: DocumentKind,
  position: z.number().int(),
  adoptedBy: z.string(),
  adoptedOn: z.string().nullable(),
  reference: z.string(),
  version: z.number().int(),
  counts: Counts,
  perspective: Perspective,
  ratings: z.array(RatingRecord),
});
export type ReviewDocument = z.infer<typeof ReviewDocument>;

export const Benchmark = z.object({
  id: Id,
  reviewId: Id,
  region: z.string(),
  summary: z.string(),
  source: z.string(),
  example: z.boolean(),
  groups: z.array(GroupResult),
  version: z.number().int(),
});
export type Benchmark = z.infer<typeof Benchmark>;

export const ReviewSummary = z.object({
  id: Id,
  countyId: Id,
  organisationId: Id,
  organisationName: z.string(),
  year: z.number().int(),
  title: z.string(),
  status: ReviewStatus,
  groups: z.array(BuiltinGroup),
  documentCount: z.number().int(),
  version: z.number().int(),
  abilities: Abilities('update'),
});
export type ReviewSummary = z.infer<typeof ReviewSummary>;
export const ReviewList = ScopedPage(ReviewSummary);

export const ReviewResult = Counts.extend({
  documents: z.object({
    clear: z.number().int(),
    partly: z.number().int(),
    missing: z.number().int(),
    not_assessed: z.number().int(),
  }),
  clearShare: z.number().nullable(),
});

/** A review with its criteria, documents (the matrix's rows with their ratings), result, work and benchmarks. */
export const Review = ReviewSummary.extend({
  criteria: z.array(Criterion),
  documents: z.array(ReviewDocument),
  result: ReviewResult,
  /** Our own result per group of criteria, to set beside the benchmarks. */
  groupResults: z.array(GroupResult),
  improvement: Improvement,
  benchmarks: z.array(Benchmark),
});
export type Review = z.infer<typeof Review>;

/** A review as stored (its audit entry and the `current` of a 409). */
export const ReviewRecord = z.object({
  id: Id,
  countyId: Id,
  organisationId: Id,
  year: z.number().int(),
  title: z.string(),
  status: z.string(),
  groups: z.array(z.string()),
  improvement: Improvement,
  version: z.number().int(),
});
export type ReviewRecord = z.infer<typeof ReviewRecord>;
export const DocumentRecord = ReviewDocument.omit({ counts: true, perspective: true, ratings: true });
/** An own criterion as stored, with the review's version (the `current` of a 409 on a criterion). */
export const CriterionRecord = Criterion.extend({ id: Id, version: z.number().int() });
export type CriterionRecord = z.infer<typeof CriterionRecord>;
