import type { Entry } from './matrix.js';

export type Role = 'reader' | 'member' | 'coordinator' | 'admin';
/** Where the record lies, seen from the caller (who works in the first organisation of the first county). */
export type Scope = 'own organisation' | 'other organisation, same county' | 'other county';
/** 'refused' is 403 or 404: the policy refuses another county's records and says nothing about hiding them. */
export type Answer = 'allowed' | 'forbidden' | 'refused';

const administration = new Set(['county', 'user', 'outbox', 'data']);
/** Registers a member changes only for their own organisation (a body's meetings and cases: its host's). */
const ownOrganisations = new Set(['person', 'body', 'framework', 'assessment', 'feedback', 'meeting', 'gender_review']);

/**
 * The policy's rules in words (src/policy/policy.ts), for a record that is shared (not a draft),
 * written out again here on purpose so that the test does not ask the policy what the policy says.
 */
export function expectedAnswer(role: Role, entry: Entry, scope: Scope): Answer {
  // A protocol is adjusted only by the persons named for it, never by a role (see `expectedFor`):
  // a caller known only by role is named for no protocol.
  if (entry.action === 'adjust') return scope === 'other county' ? 'refused' : 'forbidden';
  // A system administrator may do everything else, in every county.
  if (role === 'admin') return 'allowed';
  // User accounts, the outbox and whole-database export are administration.
  if (administration.has(entry.subject)) return 'forbidden';
  // Everyone else acts only inside their own county.
  if (scope === 'other county') return 'refused';
  // Everyone reads what is shared in the county; a record's history with it.
  if (entry.action === 'read') return 'allowed';
  // A reader reads what is shared, and nothing more.
  if (role === 'reader') return 'forbidden';
  // Anyone but a reader who may read an assessment may comment.
  if (entry.action === 'comment') return entry.subject === 'assessment' ? 'allowed' : 'forbidden';
  // A coordinator manages the county's shared registers.
  if (role === 'coordinator') return 'allowed';
  // A member edits their own organisation (but does not archive it), its people, the bodies it
  // hosts and their meetings and cases, the frameworks and assessments it owns, and its
  // municipality's follow-up assessment.
  const own = scope === 'own organisation';
  if (entry.subject === 'organisation') return entry.action === 'update' && own ? 'allowed' : 'forbidden';
  return ownOrganisations.has(entry.subject) && own ? 'allowed' : 'forbidden';
}

/** A caller of the county matrix: a role, and whether they work for a municipality. */
export interface Caller {
  role: Role;
  countyId: string;
  organisationId: string;
  /** The person the account is: a protocol names persons to adjust it, not roles. */
  personId?: string;
}
/** What the rules need to know about the record asked about. */
export interface Place {
  countyId: string;
  /** The organisation the record belongs to (for feedback: the municipality whose it is). */
  organisationId: string | null;
  /** Not shared with the county: a draft of its organisation. */
  draft?: boolean;
  /** A record of administration (a user account, a mail): its history too is administration. */
  administration?: boolean;
  /** For a meeting: the persons named to adjust its protocol (the chair and the adjusters). */
  adjusters?: readonly string[];
}

/**
 * The same rules in words for any record kind, with the caller and the record placed in their
 * counties and organisations (not only the three places of `expectedAnswer`), drafts included.
 */
export function expectedFor(caller: Caller, entry: Entry, record: Place): Answer {
  // A protocol is adjusted only by the persons named for it, each with their own account and in the
  // protocol's county: whatever their role, so not even an administrator signs for them.
  if (entry.action === 'adjust') {
    if (record.countyId !== caller.countyId) return 'refused';
    const named = caller.personId != null && (record.adjusters ?? []).includes(caller.personId);
    return named ? 'allowed' : 'forbidden';
  }
  if (caller.role === 'admin') return 'allowed';
  if (administration.has(entry.subject) || record.administration) return 'forbidden';
  if (record.countyId !== caller.countyId) return 'refused';
  const own = record.organisationId != null && record.organisationId === caller.organisationId;
  // A draft is its organisation's: others neither read nor change it.
  if (record.draft && drafted.has(entry.subject) && !own) return 'refused';
  if (entry.action === 'read') return 'allowed';
  if (caller.role === 'reader') return 'forbidden';
  if (entry.action === 'comment') return entry.subject === 'assessment' ? 'allowed' : 'forbidden';
  if (caller.role === 'coordinator') return 'allowed';
  if (entry.subject === 'organisation') return entry.action === 'update' && own ? 'allowed' : 'forbidden';
  return ownOrganisations.has(entry.subject) && own ? 'allowed' : 'forbidden';
}
const drafted = new Set(['framework', 'assessment', 'followup', 'feedback', 'audit']);
