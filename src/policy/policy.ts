import { AppError } from '../platform/errors.js';

/**
 * The one place that decides who may do what. Every use case calls `authorize` first.
 * Rules in words:
 * - A system administrator may do everything, in every county.
 * - Everyone else acts only inside their own county; built-in (national) records have no county.
 * - A coordinator manages the county's shared registers: organisations, people, bodies, frameworks.
 * - A member works for their own organisation: edits it, its people, the bodies it hosts and the
 *   frameworks it owns; reads everything shared in the county.
 * - A reader reads what is shared.
 * - A framework that is not shared (a draft) is seen only by its own organisation (and admins).
 * - Assessments (programmes, initiatives and their assessments) work the same way: one that is
 *   not shared is seen only by its own organisation; a coordinator changes shared ones, a member
 *   those of their own organisation. Anyone but a reader who may read an assessment may comment.
 * - Collaboration agreements (templates, instances, index series) are run by the county's
 *   coordinators; members and readers read them.
 * - Surveys (scales, questionnaires, their invitations, reminders, response rates and compilations)
 *   are run by the county's coordinators; members and readers read them. Respondents answer
 *   through their link without an account, outside this policy.
 * - The yearly follow-up (cycles, milestones, activity reports, compilation, valuation and decision)
 *   is run by the county's coordinators; members and readers read it. An activity report that is
 *   not published is a draft of its organisation.
 * - A municipality's assessment in the follow-up (feedback) is written by its own members or by a
 *   coordinator; until submitted it is a draft seen only by the organisation that wrote it.
 * - A body's meetings, cases (ärenden), §§ and protocols are run by the county's coordinators and
 *   by members of the organisation that hosts the body (its secretariat); members of other
 *   organisations and readers read them. Cases belong to an organisation the same way.
 * - A protocol is adjusted (justerat) only by the persons named for it: the meeting's chair and its
 *   adjusters, each with their own account — not by role, so not even an administrator signs for
 *   them. Announced protocols on the notice board are public, outside this policy.
 * - Statistics (key figures and their imports, per county) are read by everyone in the county;
 *   imports from the sources are started by the county's coordinators (and administrators).
 *   Indicator sets tied to goals (KPIs with a wanted direction) are run the same way: read by everyone
 *   in the county, made and changed by its coordinators (and administrators); another county's is not found.
 * - Gender reviews of governing documents are read by everyone signed in in the county; changed by
 *   the county's coordinators and by members of the organisation whose review it is.
 * - User accounts, the outbox and whole-database export are administration. Nobody changes the role
 *   or standing of their own account (another administrator does).
 */
export const roles = ['admin', 'coordinator', 'member', 'reader'] as const;
export type Role = (typeof roles)[number];

export const actions = ['read', 'create', 'update', 'archive', 'comment'] as const;
export type Action = (typeof actions)[number];

export const subjects = [
  'county',
  'organisation',
  'person',
  'user',
  'body',
  'framework',
  'assessment',
  'agreement',
  'survey',
  'followup',
  'feedback',
  'meeting',
  'statistics',
  'gender_review',
  'audit',
  'outbox',
  'data',
] as const;
export type Subject = (typeof subjects)[number];

export interface Actor {
  userId: string;
  personId: string;
  organisationId: string;
  countyId: string;
  role: Role;
  name: string;
  email: string;
}

/** What the policy needs to know about the record acted on. */
export interface Target {
  countyId?: string | null;
  organisationId?: string | null;
  /** For frameworks: shared with the county (not a draft of one organisation). */
  shared?: boolean;
  builtin?: boolean;
}

const adminOnly: ReadonlySet<Subject> = new Set(['county', 'user', 'outbox', 'data']);
/** Subjects that have drafts only their own organisation sees. */
const drafted: ReadonlySet<Subject> = new Set(['framework', 'assessment', 'followup', 'feedback']);

export function can(actor: Actor, action: Action, subject: Subject, target: Target = {}): boolean {
  if (actor.role === 'admin') return true;
  if (adminOnly.has(subject)) return false;
  const inCounty = target.countyId == null || target.countyId === actor.countyId;
  if (!inCounty) return false;
  const ownOrg = target.organisationId != null && target.organisationId === actor.organisationId;

  const draft = drafted.has(subject) && target.shared === false && !target.builtin;

  if (action === 'read') {
    if (draft) return ownOrg;
    if (subject === 'audit') return true; // callers check read on the record itself first
    return true;
  }
  if (actor.role === 'reader') return false;
  if (action === 'comment') return subject === 'assessment' && (!draft || ownOrg);
  if (subject === 'audit') return false;
  if (subject === 'framework' && target.builtin) return false;

  if (actor.role === 'coordinator') return draft ? ownOrg : true;
  // member
  switch (subject) {
    case 'organisation':
      return action === 'update' && ownOrg;
    case 'person':
    case 'body':
    case 'framework':
    case 'assessment':
    case 'feedback':
    case 'meeting':
    case 'gender_review':
      return ownOrg;
    default:
      return false;
  }
}

export function authorize(actor: Actor | undefined, action: Action, subject: Subject, target: Target = {}): Actor {
  if (!actor) throw new AppError('auth.required', 'Sign in first');
  if (!can(actor, action, subject, target)) {
    throw new AppError('auth.forbidden', `Your role may not ${action} this ${subject}`, { action, subject });
  }
  return actor;
}

/**
 * An account's role and standing (enabled or disabled) are changed by those who may update it, but
 * never by its own holder: an administrator who demoted or shut out themselves could leave a county
 * with none.
 */
export function mayChangeStanding(actor: Actor | undefined, target: Target & { userId: string }): boolean {
  return !!actor && actor.userId !== target.userId && can(actor, 'update', 'user', target);
}

/** A protocol's adjusting: the person must be one of those named for it (chair, adjusters), in the county. */
export function mayAdjust(
  actor: Actor | undefined,
  target: { countyId: string; adjusterPersonIds: readonly string[] },
) {
  return !!actor && actor.countyId === target.countyId && target.adjusterPersonIds.includes(actor.personId);
}

export function authorizeAdjusting(
  actor: Actor | undefined,
  target: { countyId: string; adjusterPersonIds: readonly string[] },
): Actor {
  if (!actor) throw new AppError('auth.required', 'Sign in first');
  if (!mayAdjust(actor, target))
    throw new AppError('auth.forbidden', 'Only the chair and the named adjusters adjust this protocol', {
      action: 'adjust',
      subject: 'meeting',
    });
  return actor;
}
