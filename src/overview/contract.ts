import { z } from 'zod';
import { Id } from '../platform/contract.js';

/**
 * The signed-in person's work (issue 10 item 12): what waits for them, in groups, each item a link.
 *
 *   GET /api/my-work → MyWork
 *
 * The groups come from the capabilities' faces (`assessmentWorkFor`, `agreementWorkFor`,
 * `surveyWorkFor`, `followupWorkFor`), each scoped by the policy: an administrator's work is every
 * county's, a coordinator's and a reader's their county's, a member's their own organisation's (and
 * what is assigned to them by name).
 */

/** The groups, in the order the overview shows them. */
export const workGroupKeys = [
  'assessmentsToFinish',
  'positionsToTake',
  'overdueActions',
  'milestonesComing',
  'noticeDeadlines',
  'openQuestionnaires',
] as const;
export type WorkGroupKey = (typeof workGroupKeys)[number];

/** What an item is: an assessment, a position to take (a step's need or an open conflict), … */
export const workItemKinds = [
  'assessment',
  'position',
  'conflict',
  'action',
  'milestone',
  'notice',
  'questionnaire',
] as const;
export type WorkItemKind = (typeof workItemKinds)[number];

/** Where an item's link goes: the web builds the path from the kind and the id. */
export const workLinkKinds = ['assessment', 'agreement', 'questionnaire', 'followupCycle'] as const;
export type WorkLinkKind = (typeof workLinkKinds)[number];

export const WorkItem = z.object({
  kind: z.enum(workItemKinds),
  /** Unique within its group (a record's id, or the record's id and a step). */
  key: z.string(),
  /** The record's own name (an initiative, a conflict, an action, an agreement, a follow-up cycle). */
  title: z.string(),
  /** The English title where the record has one (questionnaires are bilingual); else null. */
  titleEn: z.string().nullable(),
  /** Where it belongs: the initiative, the programme or the party. */
  context: z.string().nullable(),
  /** The date it is due (YYYY-MM-DD), if it has one. */
  dueDate: z.string().nullable(),
  /** The record's status code (e.g. in_progress, open, planned, ongoing, in_force). */
  state: z.string(),
  /** An assessment's current step, or the step a position is needed in or a conflict was found. */
  step: z.number().int().nullable(),
  /** A follow-up milestone's kind (followup/contract milestoneKinds). */
  milestone: z.string().nullable(),
  /** An open questionnaire's responses: answered of invited. */
  response: z.object({ answered: z.number().int(), invited: z.number().int() }).nullable(),
  link: z.object({ kind: z.enum(workLinkKinds), id: Id }),
});
export type WorkItem = z.infer<typeof WorkItem>;

export const WorkGroup = z.object({
  key: z.enum(workGroupKeys),
  /** How many items wait in all; `items` holds the first of them (at most `limit`). */
  total: z.number().int(),
  items: z.array(WorkItem),
});
export type WorkGroup = z.infer<typeof WorkGroup>;

export const MyWork = z.object({
  /** The Swedish calendar date the answer was computed for. */
  today: z.string(),
  /** Milestones and notice deadlines are shown this many days ahead. */
  horizonDays: z.number().int(),
  /** Items shown per group at most. */
  limit: z.number().int(),
  /** Whose work: every county (null), one county, or one organisation of it. */
  scope: z.object({ countyId: Id.nullable(), organisationId: Id.nullable() }),
  groups: z.array(WorkGroup),
});
export type MyWork = z.infer<typeof MyWork>;

/** What the overview asks each capability's face for. */
export interface WorkQuery {
  /** Today's Swedish calendar date. */
  today: string;
  /** The last date of the horizon (today + horizonDays). */
  until: string;
  /** A member's work is their organisation's: null for county-wide work (or every county's for an admin). */
  organisationId: string | null;
  /** Items assigned to this person by name are theirs too (e.g. an action's responsible person). */
  personId: string | null;
  /** Items per group at most. */
  limit: number;
}

/** One group's answer from a face: how many in all, and the first `limit` of them. */
export interface WorkList {
  total: number;
  items: WorkItem[];
}

/** The first `limit` of a sorted list, and how many there were. */
export const workList = (items: WorkItem[], limit: number): WorkList => ({
  total: items.length,
  items: items.slice(0, limit),
});
