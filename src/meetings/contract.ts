import { z } from 'zod';
import {
  Abilities,
  Id,
  IsoDate,
  PageQuery,
  ScopedPage,
  Version,
  WebUrl,
  optionalText,
  text,
} from '../platform/contract.js';
import { BodyType } from '../bodies/contract.js';

/** Cases (ärenden), meetings (sammanträden), §§ and protocols: the types shared with the web and OpenAPI. */

export const caseKinds = ['case', 'motion'] as const;
export const CaseKind = z.enum(caseKinds);
export const caseStatuses = ['open', 'decided', 'closed'] as const;
export const CaseStatus = z.enum(caseStatuses);
export const concernKinds = ['assessment', 'agreement', 'followup_cycle', 'action_plan'] as const;
export const Concern = z.object({ kind: z.enum(concernKinds), id: Id });
/** A case's path: a motion is sent on remiss, prepared, proposed and decided, each in some body. */
export const stepKinds = ['remiss', 'preparation', 'proposal', 'decision'] as const;
export const StepKind = z.enum(stepKinds);

const Series = z
  .string()
  .trim()
  .regex(/^[A-ZÅÄÖ][A-ZÅÄÖ0-9-]{0,19}$/, 'must be capital letters, digits or hyphens, e.g. RS');
/** The largest document a case takes (a protocol's beslutsunderlag rarely passes a few MB). */
export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

/** The file types a case keeps, by extension, with the content type the server expects. */
export const DOCUMENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type DocumentKind = keyof typeof DOCUMENT_TYPES;

const Year = z.number().int().min(1900).max(2199);

export const MotionFacts = z.object({
  submittedOn: IsoDate,
  submittedBy: text(200),
  party: optionalText(40),
});
const MotionView = z.object({
  submittedOn: z.string(),
  submittedBy: z.string(),
  party: z.string().nullable(),
  /** The day a year after it was made (Kommunallagen 5 kap. 35 §). */
  decideBy: z.string(),
  /** Not decided within a year of being made. */
  overdue: z.boolean(),
});

export const CreateCase = z.object({
  organisationId: Id,
  series: Series,
  /** Left out: the next free number of the series and year. */
  number: z.number().int().positive().max(999_999).optional(),
  year: Year,
  kind: CaseKind.default('case'),
  title: text(300),
  description: optionalText(8000),
  officerId: Id.nullish(),
  motion: MotionFacts.nullish(),
  concerns: z.array(Concern).max(20).default([]),
  /** The first step: the body that prepares (or receives) the case. */
  firstStep: z.object({ bodyId: Id, kind: StepKind }).optional(),
});
export type CreateCase = z.infer<typeof CreateCase>;
export const UpdateCase = z
  .object({
    title: text(300),
    description: optionalText(8000),
    officerId: Id.nullish(),
    status: CaseStatus,
    motion: MotionFacts.nullish(),
    concerns: z.array(Concern).max(20),
  })
  .partial()
  .extend(Version.shape);
export type UpdateCase = z.infer<typeof UpdateCase>;

export const AddStep = z.object({
  version: z.number().int().positive(),
  bodyId: Id,
  kind: StepKind,
  note: optionalText(1000),
  /** The § whose decision raised the question to this body. */
  raisedFromItemId: Id.nullish(),
});
export type AddStep = z.infer<typeof AddStep>;

export const ItemRef = z.object({
  id: Id,
  meetingId: Id,
  bodyId: Id,
  bodyName: z.string(),
  number: z.number().int(),
  year: z.number().int(),
  date: z.string(),
});
export type ItemRef = z.infer<typeof ItemRef>;

export const CaseStep = z.object({
  id: Id,
  position: z.number().int(),
  bodyId: Id,
  bodyName: z.string(),
  kind: StepKind,
  item: ItemRef.nullable(),
  raisedFrom: ItemRef.nullable(),
  note: z.string().nullable(),
});
export const CaseDocument = z.object({
  id: Id,
  title: z.string(),
  fileName: z.string(),
  kind: z.enum(['pdf', 'docx', 'xlsx']),
  size: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
});
export type CaseDocument = z.infer<typeof CaseDocument>;

export const Case = z.object({
  id: Id,
  countyId: Id,
  organisationId: Id,
  organisationName: z.string(),
  /** Series/number/year, e.g. RS/333/2015. */
  registrationNumber: z.string(),
  series: z.string(),
  number: z.number().int(),
  year: z.number().int(),
  kind: CaseKind,
  title: z.string(),
  description: z.string().nullable(),
  officer: z.object({ id: Id, name: z.string() }).nullable(),
  status: CaseStatus,
  motion: MotionView.nullable(),
  concerns: z.array(Concern),
  steps: z.array(CaseStep),
  documents: z.array(CaseDocument),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: Abilities('update'),
});
export type Case = z.infer<typeof Case>;
export type CaseRecord = Omit<Case, 'abilities'>;
export const CaseSummary = Case.omit({ steps: true, documents: true, description: true });
export type CaseSummary = z.infer<typeof CaseSummary>;
export const CasePage = ScopedPage(CaseSummary);
export const CaseQuery = PageQuery.extend({
  organisationId: Id.optional(),
  bodyId: Id.optional(),
  /** One series of the register (e.g. RS). */
  series: Series.optional(),
  kind: CaseKind.optional(),
  status: CaseStatus.optional(),
  year: z.coerce.number().int().min(1900).max(2199).optional(),
  /** Only motions not decided within a year. */
  overdue: z.enum(['true', 'false']).optional(),
});
export type CaseQuery = z.infer<typeof CaseQuery>;
export const DocumentParams = z.object({ id: Id, documentId: Id });
export const UploadQuery = z.object({
  title: text(300),
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/\.(pdf|docx|xlsx)$/i, 'must end with .pdf, .docx or .xlsx'),
  version: z.coerce.number().int().positive(),
});

// Meetings ------------------------------------------------------------------------------------

export const meetingStatuses = ['planned', 'called', 'held', 'adjusted', 'announced'] as const;
export const MeetingStatus = z.enum(meetingStatuses);
export const participantRoles = [
  'chair',
  'vice_chair',
  'member',
  'substitute',
  'secretary',
  'adjunct',
  'observer',
  'official',
  'other',
] as const;
export const ParticipantRole = z.enum(participantRoles);
const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM');

export const Participant = z.object({
  id: Id,
  /** A person of the register (members of the body's roster, officials); null for others present. */
  personId: Id.nullable(),
  name: z.string(),
  party: z.string().nullable(),
  organisationName: z.string().nullable(),
  role: ParticipantRole,
  /** A substitute serving (tjänstgörande ersättare): the participant they serve for. */
  servesForId: Id.nullable(),
  present: z.boolean(),
  /** Present from this § on (arrived late); null: from the start. */
  fromNumber: z.number().int().nullable(),
  /** Present up to and including this § (left early); null: to the end. */
  untilNumber: z.number().int().nullable(),
  /** Named to adjust the protocol (besides the chair). */
  adjuster: z.boolean(),
});
export type Participant = z.infer<typeof Participant>;
export const ParticipantInput = z.object({
  id: Id.optional(),
  personId: Id.nullish(),
  /** Needed when there is no person; otherwise the register's name. */
  name: optionalText(200),
  party: optionalText(40),
  organisationName: optionalText(200),
  role: ParticipantRole,
  servesForId: Id.nullish(),
  present: z.boolean().default(true),
  fromNumber: z.number().int().positive().nullish(),
  untilNumber: z.number().int().positive().nullish(),
  adjuster: z.boolean().default(false),
});
export type ParticipantInput = z.infer<typeof ParticipantInput>;
export const SetParticipants = z.object({
  version: z.number().int().positive(),
  participants: z.array(ParticipantInput).max(200),
});

const meetingFields = {
  startDate: IsoDate,
  endDate: IsoDate.optional(),
  startTime: Time.nullish(),
  endTime: Time.nullish(),
  place: optionalText(300),
  onlineUrl: WebUrl(500).nullish(),
  keptAt: optionalText(300),
};
export const CreateMeeting = z.object(meetingFields);
export type CreateMeeting = z.infer<typeof CreateMeeting>;
export const UpdateMeeting = z.object(meetingFields).partial().extend(Version.shape);
export type UpdateMeeting = z.infer<typeof UpdateMeeting>;

export const Notice = z.object({
  /** The notice must go up on the notice board no later than this day (8 kap. 12 §). */
  postBy: z.string().nullable(),
  postedOn: z.string().nullable(),
  /** It stays up at least until this day (three weeks). */
  takeDownOn: z.string().nullable(),
  /** The appeal period (13 kap. 5 §) ends this day. */
  appealEndsOn: z.string().nullable(),
});
export const Adjuster = z.object({
  personId: Id,
  name: z.string(),
  role: z.enum(['chair', 'adjuster']),
  approvedAt: z.string().nullable(),
});
export const Correction = z.object({ edition: z.number().int(), note: z.string(), at: z.string(), by: z.string() });

export const ItemSummary = z.object({
  id: Id,
  number: z.number().int(),
  year: z.number().int(),
  title: z.string(),
  registrationNumber: z.string().nullable(),
  adjustedAt: z.string().nullable(),
});

export const Meeting = z.object({
  id: Id,
  countyId: Id,
  organisationId: Id,
  body: z.object({ id: Id, name: z.string(), type: BodyType }),
  startDate: z.string(),
  endDate: z.string(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  place: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  keptAt: z.string().nullable(),
  status: MeetingStatus,
  participants: z.array(Participant),
  items: z.array(ItemSummary),
  edition: z.number().int(),
  corrections: z.array(Correction),
  calledAt: z.string().nullable(),
  /** The rules of the body's kind: whether the protocol is announced on the notice board. */
  announces: z.boolean(),
  /** Last day to adjust (14 days after the meeting), and whether it has passed unadjusted. */
  adjustBy: z.string().nullable(),
  adjustOverdue: z.boolean(),
  /** Where the adjusting stands today: due soon (a few days left), overdue, or adjusted. */
  adjustState: z.enum(['not_due', 'due_soon', 'overdue', 'adjusted']),
  adjusters: z.array(Adjuster),
  adjustedOn: z.string().nullable(),
  announcedOn: z.string().nullable(),
  notice: Notice.nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** `update` runs the meeting; `adjust`: the person is the chair or a named adjuster. */
  abilities: Abilities('update', 'adjust'),
});
export type Meeting = z.infer<typeof Meeting>;
export type MeetingRecord = Omit<Meeting, 'abilities'>;
export const MeetingSummary = Meeting.omit({ participants: true, items: true, corrections: true, adjusters: true });
export const MeetingPage = ScopedPage(MeetingSummary);
export const MeetingQuery = PageQuery.extend({
  status: MeetingStatus.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
/** Meetings of every body the person may read (GET /api/meetings), or of one body. */
export const AllMeetingsQuery = MeetingQuery.extend({ bodyId: Id.optional() });
export const BodyParams = z.object({ bodyId: Id });

// §§ -------------------------------------------------------------------------------------------

export const motionKinds = [
  'approval',
  'rejection',
  'amendment',
  'addition',
  'referral_back',
  'postponement',
  'other',
] as const;
/** A motion (yrkande) by named participants; `supports` another motion when they ask for its approval. */
export const Motion = z.object({
  id: z.string().trim().min(1).max(40),
  by: z.array(Id).min(1).max(200),
  kind: z.enum(motionKinds),
  text: text(4000),
  supports: z.string().max(40).nullish(),
});
export const Proposition = z.object({
  /** What the chair puts against each other: 'proposal' or motion ids. */
  on: z.array(z.string().max(40)).min(1).max(20),
  text: text(2000),
  /** What the chair finds (finner … antaget). */
  finding: text(2000),
});
export const voteChoices = ['yes', 'no', 'abstain'] as const;
export const Vote = z.object({
  /** What yes and no mean (voteringsproposition). */
  question: text(2000),
  votes: z
    .array(z.object({ participantId: Id, choice: z.enum(voteChoices) }))
    .min(1)
    .max(400),
});
export const Reservation = z.object({
  by: z.array(Id).min(1).max(200),
  /** Till förmån för: the motion the reservation is for. */
  inFavourOf: z.string().max(40).nullish(),
  /** Written reasons, handed in before adjusting. */
  reasons: optionalText(8000),
});
export const Statement = z.object({ by: z.array(Id).min(1).max(200), text: optionalText(4000) });
export const Recipient = z.object({ name: text(200), email: z.email().max(320).nullish() });

const itemContentFields = {
  /** Ärendet: what the case is about. */
  matter: optionalText(20_000),
  /** Beslutsunderlag: titles, optionally the case's uploaded document. */
  basis: z.array(z.object({ title: text(400), documentId: Id.nullish() })).max(50),
  proposal: z.object({ by: optionalText(200), points: z.array(text(4000)).min(1).max(50) }).nullish(),
  motions: z.array(Motion).max(50),
  propositions: z.array(Proposition).max(50),
  vote: Vote.nullish(),
  /** The decision's numbered points (may differ from the proposal). */
  decision: z.array(text(4000)).max(50),
  reservations: z.array(Reservation).max(50),
  notes: z.array(text(4000)).max(50),
  statements: z.array(Statement).max(50),
  /** Participants who did not take part because of jäv. */
  jav: z.array(Id).max(200),
  /** Expedieras till. */
  recipients: z.array(Recipient).max(100),
};
/** A §'s content; lists left out are empty. */
export const ItemContent = z.object({
  ...itemContentFields,
  basis: itemContentFields.basis.default([]),
  motions: itemContentFields.motions.default([]),
  propositions: itemContentFields.propositions.default([]),
  decision: itemContentFields.decision.default([]),
  reservations: itemContentFields.reservations.default([]),
  notes: itemContentFields.notes.default([]),
  statements: itemContentFields.statements.default([]),
  jav: itemContentFields.jav.default([]),
  recipients: itemContentFields.recipients.default([]),
});
export type ItemContent = z.infer<typeof ItemContent>;

export const VoteResult = z.object({
  yes: z.number().int(),
  no: z.number().int(),
  abstain: z.number().int(),
  /** Decided by the chair's casting vote on a tie (utslagsröst). */
  castingVote: z.boolean(),
  outcome: z.enum(['yes', 'no']),
});

export const CreateItem = ItemContent.extend({
  title: text(400),
  caseId: Id.nullish(),
  /**
   * Left out: the next number of the body's year. Given: that number (a body that takes over its
   * numbering from paper protocols); 409 meeting.number_taken when the body's year has it already.
   */
  number: z.number().int().positive().max(99_999).optional(),
});
export type CreateItem = z.infer<typeof CreateItem>;
/** Only what is sent changes (no defaults here: a list left out stays as it is). */
export const UpdateItem = z
  .object(itemContentFields)
  .partial()
  .extend({ title: text(400).optional(), caseId: Id.nullish() })
  .extend(Version.shape);
export type UpdateItem = z.infer<typeof UpdateItem>;

export const Item = z.object({
  id: Id,
  meetingId: Id,
  bodyId: Id,
  year: z.number().int(),
  number: z.number().int(),
  title: z.string(),
  case: z.object({ id: Id, registrationNumber: z.string(), title: z.string() }).nullable(),
  ...ItemContent.shape,
  matter: z.string().nullable(),
  proposal: z.object({ by: z.string().nullable(), points: z.array(z.string()) }).nullable(),
  vote: Vote.extend({ result: VoteResult }).nullable(),
  reservations: z.array(Reservation.extend({ inFavourOf: z.string().nullable(), reasons: z.string().nullable() })),
  statements: z.array(Statement.extend({ text: z.string().nullable() })),
  adjustedAt: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: Abilities('update'),
});
export type Item = z.infer<typeof Item>;
export type ItemRecord = Omit<Item, 'abilities'>;
export const ItemParams = z.object({ id: Id, itemId: Id });

// Adjusting, announcing, mail -------------------------------------------------------------------

export const Approve = z.object({ version: z.number().int().positive() });
export const Correct = z.object({ version: z.number().int().positive(), note: text(2000) });
export const Announce = z.object({
  version: z.number().int().positive(),
  /** The day the notice goes up; today when left out. */
  postedOn: IsoDate.optional(),
  keptAt: optionalText(300),
});
export const SendExtracts = z.object({
  version: z.number().int().positive(),
  /** The §§ to send; all of the protocol's when left out. */
  itemIds: z.array(Id).max(200).optional(),
});
export const Dispatch = z.object({
  id: Id,
  kind: z.enum(['call', 'extract']),
  itemNumbers: z.array(z.number().int()),
  recipient: z.string(),
  email: z.string().nullable(),
  /** Queued in the outbox (false: no address, recorded as not sent). */
  sent: z.boolean(),
  at: z.string(),
});
export const DispatchList = z.object({ items: z.array(Dispatch) });

// The notice board (public) ---------------------------------------------------------------------

export const NoticeBoardEntry = z.object({
  meetingId: Id,
  body: z.string(),
  meetingDate: z.string(),
  adjustedOn: z.string(),
  postedOn: z.string(),
  takeDownOn: z.string(),
  appealEndsOn: z.string(),
  keptAt: z.string().nullable(),
  protocolUrl: z.string(),
  /** The protocol's §§ (number and heading), so a reader sees what was decided. */
  paragraphs: z.array(z.object({ number: z.number().int(), title: z.string() })),
});
export const NoticeBoard = z.object({
  organisation: z.object({ id: Id, name: z.string() }),
  items: z.array(NoticeBoardEntry),
});
export type NoticeBoard = z.infer<typeof NoticeBoard>;
export const OrganisationParams = z.object({ organisationId: Id });
