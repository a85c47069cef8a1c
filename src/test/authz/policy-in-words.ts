import type { Entry } from './matrix.js';

export type Role = 'reader' | 'member' | 'coordinator' | 'admin';
/** Where the record lies, seen from the caller (who works in the first organisation of the first county). */
export type Scope = 'own organisation' | 'other organisation, same county' | 'other county';
/** 'refused' is 403 or 404: the policy refuses another county's records and says nothing about hiding them. */
export type Answer = 'allowed' | 'forbidden' | 'refused';

const administration = new Set(['county', 'user', 'outbox', 'data']);
/** Registers a member changes only for their own organisation. */
const ownOrganisations = new Set(['person', 'body', 'framework', 'assessment', 'feedback']);

/**
 * The policy's rules in words (src/policy/policy.ts), for a record that is shared (not a draft),
 * written out again here on purpose so that the test does not ask the policy what the policy says.
 */
export function expectedAnswer(role: Role, entry: Entry, scope: Scope): Answer {
  // A system administrator may do everything, in every county.
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
  // hosts, the frameworks and assessments it owns, and its municipality's follow-up assessment.
  const own = scope === 'own organisation';
  if (entry.subject === 'organisation') return entry.action === 'update' && own ? 'allowed' : 'forbidden';
  return ownOrganisations.has(entry.subject) && own ? 'allowed' : 'forbidden';
}
