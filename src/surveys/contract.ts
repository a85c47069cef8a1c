import { z } from 'zod';
import { Abilities, Bilingual, Id, IsoDate, ScopedPage, Version } from '../platform/contract.js';

export const questionTypes = [
  'single_choice',
  'multiple_choice',
  'matrix',
  'rating',
  'short_text',
  'long_text',
] as const;
export type QuestionType = (typeof questionTypes)[number];
export const questionnaireStatuses = ['draft', 'open', 'closed'] as const;
export const locales = ['sv', 'en'] as const;

export const Bi = z.object({ sv: z.string(), en: z.string() });
export type Bi = z.infer<typeof Bi>;
/** A stable code for options, statements, questions and sections: what answers and compilations key on. */
export const Key = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'use 1–40 lowercase letters, digits, - or _');

export const ScaleOption = z.object({ code: Key, label: Bilingual(200) });
export type ScaleOption = z.infer<typeof ScaleOption>;
const Options = z.array(ScaleOption).min(2, 'at least two options').max(30);

// ---- scales ----
export const ScaleInput = z.object({ name: Bilingual(200), options: Options });
export const UpdateScale = ScaleInput.partial().extend(Version.shape);
export const Scale = z.object({
  id: Id,
  key: z.string().nullable(),
  builtin: z.boolean(),
  name: Bi,
  options: z.array(ScaleOption),
  version: z.number(),
  /** A built-in scale is never changed; a county's by those who may change its questionnaires. */
  abilities: Abilities('update'),
});
export type Scale = z.infer<typeof Scale>;
export type ScaleRecord = Omit<Scale, 'abilities'>;
export const ScalePage = ScopedPage(Scale);
export type ScalePage = z.infer<typeof ScalePage>;

// ---- questions and sections ----
const Help = Bilingual(2000)
  .nullish()
  .transform((v) => v ?? null);
const common = { key: Key, text: Bilingual(1000), help: Help, required: z.boolean().default(false) };
export const Statement = z.object({ key: Key, text: Bilingual(500) });
const rating = { max: z.number().int().min(2).max(10) };
const shortText = { maxLength: z.number().int().min(1).max(500).default(200) };
const longText = { maxLength: z.number().int().min(1).max(20000).default(4000) };
const multiple = {
  options: Options,
  maxSelected: z
    .number()
    .int()
    .min(1)
    .max(30)
    .nullish()
    .transform((v) => v ?? null),
};

/** What a questionnaire's author writes: choice questions name a scale. */
export const QuestionInput = z.discriminatedUnion('type', [
  z.object({ ...common, type: z.literal('single_choice'), scaleId: Id }),
  z.object({ ...common, type: z.literal('multiple_choice'), ...multiple }),
  z.object({ ...common, type: z.literal('matrix'), scaleId: Id, statements: z.array(Statement).min(1).max(30) }),
  z.object({ ...common, type: z.literal('rating'), ...rating }),
  z.object({ ...common, type: z.literal('short_text'), ...shortText }),
  z.object({ ...common, type: z.literal('long_text'), ...longText }),
]);
export type QuestionInput = z.infer<typeof QuestionInput>;
export const SectionInput = z.object({ key: Key, title: Bilingual(200), questions: z.array(QuestionInput).max(100) });
export type SectionInput = z.infer<typeof SectionInput>;

/** A stored question: choice questions carry a copy of their scale's options. */
const stored = { key: z.string(), text: Bi, help: Bi.nullable(), required: z.boolean() };
export const Question = z.discriminatedUnion('type', [
  z.object({ ...stored, type: z.literal('single_choice'), scaleId: Id.nullable(), options: z.array(ScaleOption) }),
  z.object({
    ...stored,
    type: z.literal('multiple_choice'),
    options: z.array(ScaleOption),
    maxSelected: z.number().nullable(),
  }),
  z.object({
    ...stored,
    type: z.literal('matrix'),
    scaleId: Id.nullable(),
    options: z.array(ScaleOption),
    statements: z.array(Statement),
  }),
  z.object({ ...stored, type: z.literal('rating'), max: z.number() }),
  z.object({ ...stored, type: z.literal('short_text'), maxLength: z.number() }),
  z.object({ ...stored, type: z.literal('long_text'), maxLength: z.number() }),
]);
export type Question = z.infer<typeof Question>;
export const Section = z.object({ key: z.string(), title: Bi, questions: z.array(Question) });
export type Section = z.infer<typeof Section>;

// ---- questionnaires ----
const Sections = z.array(SectionInput).max(30);
export const CreateQuestionnaire = z.object({
  organisationId: Id.optional(),
  title: Bilingual(300),
  intro: Bilingual(8000).nullish(),
  anonymous: z.boolean().default(false),
  opensAt: IsoDate,
  closesAt: IsoDate,
  sections: Sections.default([]),
});
export type CreateQuestionnaire = z.infer<typeof CreateQuestionnaire>;
export const UpdateQuestionnaire = z
  .object({
    title: Bilingual(300),
    intro: Bilingual(8000).nullable(),
    anonymous: z.boolean(),
    opensAt: IsoDate,
    closesAt: IsoDate,
    sections: Sections,
  })
  .partial()
  .extend(Version.shape);
export type UpdateQuestionnaire = z.infer<typeof UpdateQuestionnaire>;
export const FromTemplate = z.object({
  organisationId: Id.optional(),
  title: Bilingual(300).optional(),
  anonymous: z.boolean().default(false),
  opensAt: IsoDate,
  closesAt: IsoDate,
});
export type FromTemplate = z.infer<typeof FromTemplate>;
export const TemplateParams = z.object({ key: Key });
export const TemplateInfo = z.object({ key: z.string(), title: Bi, questionCount: z.number() });

export const Questionnaire = z.object({
  id: Id,
  countyId: Id,
  organisationId: Id,
  templateKey: z.string().nullable(),
  title: Bi,
  intro: Bi.nullable(),
  anonymous: z.boolean(),
  opensAt: z.string(),
  closesAt: z.string(),
  status: z.enum(questionnaireStatuses),
  sections: z.array(Section),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** update: edit, open, close, invite and remind. */
  abilities: Abilities('update'),
});
export type Questionnaire = z.infer<typeof Questionnaire>;
/** A questionnaire as stored and audited (abilities depend on who looks). */
export type QuestionnaireRecord = Omit<Questionnaire, 'abilities'>;
export const QuestionnaireSummary = Questionnaire.omit({ sections: true }).extend({ questionCount: z.number() });
export type QuestionnaireSummary = z.infer<typeof QuestionnaireSummary>;
export const QuestionnairePage = ScopedPage(QuestionnaireSummary);
export type QuestionnairePage = z.infer<typeof QuestionnairePage>;

// ---- answers ----
/** One answer: an option code, several codes, statement → code, a rating, or text; null clears it. */
export const AnswerValue = z.union([
  z.string().max(20000),
  z.array(z.string().max(40)).max(30),
  z.number(),
  z.record(z.string().max(40), z.string().max(40)),
]);
export type AnswerValue = z.infer<typeof AnswerValue>;
export type Answers = Record<string, AnswerValue>;
export const AnswersInput = z.record(Key, AnswerValue.nullable());
export type AnswersInput = z.infer<typeof AnswersInput>;

// ---- distribution and tracking ----
export const InviteInput = z
  .object({ bodyIds: z.array(Id).max(500).default([]), personIds: z.array(Id).max(500).default([]) })
  .refine((v) => v.bodyIds.length + v.personIds.length > 0, {
    message: 'name at least one body or person',
    path: ['bodyIds'],
  });
export type InviteInput = z.infer<typeof InviteInput>;
export const Invitation = z.object({
  id: Id,
  bodyId: Id.nullable(),
  bodyName: z.string().nullable(),
  personId: Id.nullable(),
  name: z.string(),
  email: z.string(),
  organisationId: Id.nullable(),
  organisationName: z.string().nullable(),
  invitedAt: z.string(),
  started: z.boolean(),
  startedAt: z.string().nullable(),
  completed: z.boolean(),
  completedAt: z.string().nullable(),
  remindersSent: z.number(),
  lastRemindedAt: z.string().nullable(),
});
export type Invitation = z.infer<typeof Invitation>;
/** Why nobody could be invited for a body or a person. */
export const skipReasons = ['no_chair_or_secretary', 'no_email'] as const;
export const Skipped = z.object({
  bodyId: Id.nullable(),
  personId: Id.nullable(),
  name: z.string(),
  reason: z.enum(skipReasons),
});
export type Skipped = z.infer<typeof Skipped>;
/** `skipped`: the bodies and people nobody could be invited for (the rest were invited). */
export const InviteResult = z.object({
  created: z.number(),
  invitations: z.array(Invitation),
  skipped: z.array(Skipped),
});
/** A body of the county and who would receive its link (its current chair, else its secretary), before sending. */
export const BodyRecipient = z.object({
  bodyId: Id,
  bodyName: z.string(),
  recipient: z.object({ name: z.string(), email: z.string() }).nullable(),
  reason: z.enum(skipReasons).nullable(),
});
export type BodyRecipient = z.infer<typeof BodyRecipient>;
export const RemindInput = z.object({
  minIntervalDays: z.number().int().min(0).max(365).default(7),
  maxCount: z.number().int().min(1).max(10).default(3),
});
export const RemindResult = z.object({ sent: z.number() });

const Rate = z.object({ invited: z.number(), started: z.number(), completed: z.number(), rate: z.number() });
export const ResponseRate = z.object({
  total: Rate,
  byBody: z.array(Rate.extend({ bodyId: Id, bodyName: z.string() })),
  byOrganisation: z.array(Rate.extend({ organisationId: Id, organisationName: z.string() })),
});
export type ResponseRate = z.infer<typeof ResponseRate>;

// ---- compilation ----
const Count = z.object({ code: z.string(), count: z.number(), percent: z.number() });
const Tally = z.object({
  answered: z.number(),
  distribution: z.array(Count),
  statements: z.array(z.object({ key: z.string(), answered: z.number(), distribution: z.array(Count) })),
});
export const QuestionSummary = Tally.extend({
  key: z.string(),
  type: z.enum(questionTypes),
  mean: z.number().nullable(),
  texts: z.array(z.object({ text: z.string(), bodyName: z.string().nullable() })),
  byBody: z.array(Tally.extend({ bodyId: z.string(), bodyName: z.string() })),
  previous: z.array(Tally.extend({ year: z.number() })),
});
/**
 * `waiting`: anonymous answers not shown — they are shown only in groups of at least `minGroup`
 * (ANONYMOUS_MIN_GROUP), also after closing; `minGroup` is null for a named questionnaire.
 */
export const Compilation = z.object({
  invited: z.number(),
  completed: z.number(),
  responseRate: z.number(),
  waiting: z.number().default(0),
  minGroup: z.number().nullable().default(null),
  questions: z.array(QuestionSummary),
});
export type Compilation = z.infer<typeof Compilation>;
export type QuestionSummary = z.infer<typeof QuestionSummary>;
