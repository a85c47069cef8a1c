import { z } from 'zod';
import { Abilities, Id, IsoDate, ScopedPage, Version, optionalText, text } from '../platform/contract.js';

export const DEFAULT_STAKEHOLDER_GROUPS = ['Medborgare', 'Servicegivare', 'Offentliga intressenter'];

export const effects = ['positive', 'negative', 'both', 'none', 'unknown'] as const;
export const Effect = z.enum(effects);
export const Directness = z.enum(['direct', 'indirect', 'both']);
export const relations = ['affects', 'affected', 'both'] as const;
export const presences = ['present', 'missing'] as const;
export const stances = ['supportive', 'neutral', 'resistant'] as const;
export const severities = ['low', 'medium', 'high'] as const;
export const conflictStatuses = ['open', 'position_taken', 'resolved'] as const;
export const actionStatuses = ['planned', 'ongoing', 'done', 'dropped'] as const;
export const gateDecisions = ['continue', 'rethink', 'stop'] as const;
export const quadrants = ['manage_closely', 'keep_satisfied', 'keep_informed', 'monitor'] as const;
export type Quadrant = (typeof quadrants)[number];

const Scale = (field: string) =>
  z
    .number({ message: `${field} must be a number from 1 to 5` })
    .int()
    .min(1, `${field} must be 1–5`)
    .max(5, `${field} must be 1–5`);
const Groups = z.array(text(100)).max(30);
const Bi = z.object({ sv: z.string(), en: z.string() });

// ---- programmes and initiatives ----
export const CreateProgramme = z.object({
  organisationId: Id.optional(),
  name: text(200),
  description: optionalText(8000),
  rusVersionId: Id.nullish(),
  stakeholderGroups: Groups.min(1).default(DEFAULT_STAKEHOLDER_GROUPS),
  shared: z.boolean().default(false),
});
export type CreateProgramme = z.infer<typeof CreateProgramme>;
export const UpdateProgramme = z
  .object({
    name: text(200),
    description: optionalText(8000),
    rusVersionId: Id.nullish(),
    stakeholderGroups: Groups.min(1),
    shared: z.boolean(),
  })
  .partial()
  .extend(Version.shape);
export type UpdateProgramme = z.infer<typeof UpdateProgramme>;

export const Programme = z.object({
  id: Id,
  countyId: Id,
  organisationId: Id,
  organisationName: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  rusVersionId: Id.nullable(),
  rusName: Bi.nullable(),
  rusVersionNumber: z.number().nullable(),
  stakeholderGroups: z.array(z.string()),
  shared: z.boolean(),
  initiativeCount: z.number(),
  archived: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** update: change the programme; addInitiative: add an initiative to it. */
  abilities: Abilities('update', 'addInitiative'),
});
export type Programme = z.infer<typeof Programme>;
export type ProgrammeRecord = Omit<Programme, 'abilities'>;
/** create: start a programme; chooseOwner: start one for another organisation of the county. */
export const ProgrammePage = ScopedPage(Programme).extend({
  abilities: z.object({ create: z.boolean(), chooseOwner: z.boolean() }),
});
export type ProgrammePage = z.infer<typeof ProgrammePage>;

export const CreateInitiative = z.object({
  name: text(200),
  description: optionalText(8000),
  stakeholderGroups: Groups.default([]),
  startDate: IsoDate.optional(),
  shared: z.boolean().optional(),
});
export type CreateInitiative = z.infer<typeof CreateInitiative>;
export const UpdateInitiative = z
  .object({
    name: text(200),
    description: optionalText(8000),
    stakeholderGroups: Groups,
    startDate: IsoDate,
    shared: z.boolean(),
  })
  .partial()
  .extend(Version.shape);
export type UpdateInitiative = z.infer<typeof UpdateInitiative>;

export const AssessmentRef = z.object({
  id: Id,
  number: z.number(),
  status: z.enum(['in_progress', 'finished']),
  finishedAt: z.string().nullable(),
});
export const Initiative = z.object({
  id: Id,
  programmeId: Id,
  programmeName: z.string(),
  countyId: Id,
  organisationId: Id,
  name: z.string(),
  description: z.string().nullable(),
  stakeholderGroups: z.array(z.string()),
  startDate: z.string(),
  shared: z.boolean(),
  assessments: z.array(AssessmentRef),
  archived: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** update and archive the initiative; assess: start an assessment or a re-assessment of it. */
  abilities: Abilities('update', 'archive', 'assess'),
});
export type Initiative = z.infer<typeof Initiative>;
export type InitiativeRecord = Omit<Initiative, 'abilities'>;
/** The initiative as an assessment carries it (the assessment's own abilities say what may be done). */
export const InitiativeOfAssessment = Initiative.omit({ abilities: true });

// ---- assessment parts ----
export const StartAssessment = z.object({ frameworkIds: z.array(Id).max(10).default([]) });

export const PositionNeed = z.object({ needed: z.boolean(), note: z.string().trim().max(4000).nullable() });
export const UpdateAssessment = z.object({
  positionsNeeded: z.partialRecord(z.enum(['1', '2', '3']), PositionNeed).optional(),
  frameworkIds: z.array(Id).max(10).optional(),
  version: z.number().int().positive(),
});

/** Changing a decision already taken needs the version of the gate the user saw. */
export const SetGate = z.object({
  decision: z.enum(gateDecisions),
  reason: text(4000),
  version: z.number().int().positive().optional(),
});

export const ImpactInput = z.object({
  step: z.union([z.literal(1), z.literal(2)]),
  itemId: Id,
  effect: Effect,
  directness: Directness.nullish(),
  motivation: optionalText(4000),
  relevanceRank: z.number().int().min(1).max(10).nullish(),
});
export const UpdateImpact = ImpactInput.omit({ step: true, itemId: true }).partial().extend(Version.shape);

export const ActorInput = z.object({
  organisationId: Id.nullish(),
  name: optionalText(200),
  relation: z.enum(relations),
  presence: z.enum(presences),
  power: Scale('power'),
  interest: Scale('interest'),
  stance: z.enum(stances),
  note: optionalText(4000),
});
export const UpdateActor = ActorInput.partial().extend(Version.shape);

export const SideInput = z.object({ itemId: Id.nullish(), actorId: Id.nullish(), text: optionalText(500) });
export const PositionInput = z.object({
  text: text(8000),
  bodyId: Id.nullish(),
  date: IsoDate,
  caseNumber: optionalText(60),
});
const conflictFields = z.object({
  kind: z.enum(['goal', 'interest']),
  foundInStep: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  a: SideInput,
  b: SideInput,
  description: optionalText(8000),
  severity: z.enum(severities),
  status: z.enum(conflictStatuses),
  position: PositionInput.nullish(),
});
export const ConflictInput = conflictFields.extend({ status: z.enum(conflictStatuses).default('open') });
export const UpdateConflict = conflictFields.partial().extend(Version.shape);

const actionFields = z.object({
  title: text(300),
  description: optionalText(8000),
  answersType: z.enum(['impact', 'conflict', 'actor']),
  answersId: Id,
  responsibleOrganisationId: Id.nullish(),
  responsiblePersonId: Id.nullish(),
  deadline: IsoDate,
  status: z.enum(actionStatuses),
});
export const ActionInput = actionFields.extend({ status: z.enum(actionStatuses).default('planned') });
export const UpdateAction = actionFields.partial().extend(Version.shape);

export const CommentInput = z.object({
  targetType: z.enum(['assessment', 'impact', 'actor', 'conflict', 'action']),
  targetId: Id,
  text: text(4000),
});

// ---- the assessment as the page shows it ----
export const FrameworkUse = z.object({
  frameworkId: Id,
  versionId: Id,
  key: z.string(),
  kind: z.string(),
  name: Bi,
  versionNumber: z.number(),
});
export const Impact = z.object({
  id: Id,
  step: z.number(),
  itemId: Id,
  frameworkKey: z.string(),
  frameworkKind: z.string(),
  versionId: Id,
  code: z.string(),
  level: z.string(),
  name: Bi,
  parentCode: z.string().nullable(),
  color: z.string().nullable(),
  effect: Effect,
  directness: Directness.nullable(),
  motivation: z.string().nullable(),
  relevanceRank: z.number().nullable(),
  version: z.number(),
});
export type Impact = z.infer<typeof Impact>;
export const Actor = z.object({
  id: Id,
  organisationId: Id.nullable(),
  name: z.string(),
  relation: z.enum(relations),
  presence: z.enum(presences),
  power: z.number(),
  interest: z.number(),
  stance: z.enum(stances),
  note: z.string().nullable(),
  quadrant: z.enum(quadrants),
  version: z.number(),
});
export type AssessmentActor = z.infer<typeof Actor>;
export const Side = z.object({
  type: z.enum(['item', 'actor', 'text']),
  itemId: Id.nullable(),
  actorId: Id.nullable(),
  text: z.string().nullable(),
  code: z.string().nullable(),
  label: Bi,
});
export type Side = z.infer<typeof Side>;
export const Position = z.object({
  text: z.string(),
  bodyId: Id.nullable(),
  bodyName: z.string().nullable(),
  date: z.string(),
  caseNumber: z.string().nullable(),
});
export const Conflict = z.object({
  id: Id,
  assessmentId: Id,
  kind: z.enum(['goal', 'interest']),
  foundInStep: z.number(),
  a: Side,
  b: Side,
  description: z.string().nullable(),
  severity: z.enum(severities),
  status: z.enum(conflictStatuses),
  position: Position.nullable(),
  version: z.number(),
});
export type Conflict = z.infer<typeof Conflict>;
export const Action = z.object({
  id: Id,
  title: z.string(),
  description: z.string().nullable(),
  answersType: z.enum(['impact', 'conflict', 'actor']),
  answersId: Id,
  answersLabel: Bi,
  responsibleOrganisationId: Id.nullable(),
  responsibleOrganisationName: z.string().nullable(),
  responsiblePersonId: Id.nullable(),
  responsiblePersonName: z.string().nullable(),
  deadline: z.string(),
  status: z.enum(actionStatuses),
  overdue: z.boolean(),
  version: z.number(),
});
export type AssessmentAction = z.infer<typeof Action>;
export const Gate = z.object({
  id: Id,
  step: z.number(),
  decision: z.enum(gateDecisions),
  reason: z.string(),
  decidedBy: z.string(),
  decidedAt: z.string(),
  version: z.number(),
});
export const Comment = z.object({
  id: Id,
  targetType: z.string(),
  targetId: Id,
  authorName: z.string(),
  text: z.string(),
  createdAt: z.string(),
});
export const GoalTally = z.object({
  goal: z.string(),
  positive: z.number(),
  negative: z.number(),
  unknown: z.number(),
  net: z.number(),
  direct: z.number(),
  indirect: z.number(),
});
export type GoalTally = z.infer<typeof GoalTally>;

export const Assessment = z.object({
  id: Id,
  number: z.number(),
  status: z.enum(['in_progress', 'finished']),
  basedOnId: Id.nullable(),
  finishedAt: z.string().nullable(),
  finishedBy: z.string().nullable(),
  version: z.number(),
  initiative: InitiativeOfAssessment,
  frameworks: z.array(FrameworkUse),
  positionsNeeded: z.record(z.string(), PositionNeed),
  gates: z.array(Gate),
  impacts: z.array(Impact),
  actors: z.array(Actor),
  conflicts: z.array(Conflict),
  actions: z.array(Action),
  comments: z.array(Comment),
  goals: z.array(GoalTally),
  counts: z.object({ openConflicts: z.number(), overdueActions: z.number(), missingActors: z.number() }),
  /** update: change it (only while in progress); comment: write comments. */
  abilities: Abilities('update', 'comment'),
});
export type Assessment = z.infer<typeof Assessment>;
export type AssessmentRecord = Omit<Assessment, 'abilities'>;

export const ProgrammeOverview = z.object({
  programme: Programme,
  rows: z.array(
    z.object({
      initiativeId: Id,
      name: z.string(),
      assessment: AssessmentRef.nullable(),
      goals: z.array(GoalTally),
      openConflicts: z.number(),
      overdueActions: z.number(),
    }),
  ),
});

const Change = z.object({
  key: z.string(),
  label: Bi,
  change: z.enum(['added', 'removed', 'changed']),
  fields: z.array(z.string()),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type Change = z.infer<typeof Change>;
export const Comparison = z.object({
  from: AssessmentRef,
  to: AssessmentRef,
  impacts: z.array(Change),
  actors: z.array(Change),
  conflicts: z.array(Change),
  actions: z.array(Change),
});
export type Comparison = z.infer<typeof Comparison>;

export const AssessmentParams = z.object({ id: Id });
export const PartParams = z.object({ id: Id, partId: Id });
export const GateParams = z.object({ id: Id, step: z.coerce.number().int().min(1).max(4) });
export const CompareParams = z.object({ id: Id, otherId: Id });
export const ReportQuery = z.object({ lang: z.enum(['sv', 'en']).default('sv') });
