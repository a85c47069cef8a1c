import type { Executor } from '../platform/db/database.js';
import { todayIso } from '../platform/today.js';
import { authorize, can, type Actor } from '../policy/policy.js';
import { scopeFor } from '../policy/scope.js';
import { assessmentWorkFor } from '../assessments/index.js';
import { agreementWorkFor } from '../agreements/index.js';
import { surveyWorkFor } from '../surveys/index.js';
import { followupWorkFor } from '../followup/index.js';
import { workGroupKeys, type MyWork, type WorkList, type WorkQuery, type WorkGroupKey } from './contract.js';

/** Milestones and notice deadlines this many days ahead count as coming. */
export const HORIZON_DAYS = 60;
/** Items shown per group; the group's total says how many there are. */
export const ITEMS_PER_GROUP = 8;

/**
 * Whose work the overview shows, said with the policy's own rules: a person who may change their own
 * organisation's records but not the county's shared registers (a member) works for that organisation;
 * everyone else follows what they may read: a reader and a coordinator their county, an administrator
 * every county.
 */
export function workOf(actor: Actor): { countyId: string | null; organisationId: string | null } {
  const { countyId } = scopeFor(actor, 'organisation');
  const countyWide = can(actor, 'create', 'organisation', { countyId: actor.countyId });
  const ownOnly =
    !countyWide &&
    can(actor, 'update', 'organisation', { countyId: actor.countyId, organisationId: actor.organisationId });
  return { countyId, organisationId: ownOnly ? actor.organisationId : null };
}

const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * What waits for the signed-in person: each capability's face answers its groups, scoped by the
 * policy (every read is checked as the subject's own read), in a fixed number of queries.
 */
export async function myWork(db: Executor, actor: Actor | undefined, today = todayIso()): Promise<MyWork> {
  const a = authorize(actor, 'read', 'assessment');
  for (const subject of ['agreement', 'survey', 'followup'] as const) authorize(a, 'read', subject);
  const scope = workOf(a);
  const q: WorkQuery = {
    today,
    until: addDays(today, HORIZON_DAYS),
    organisationId: scope.organisationId,
    personId: scope.organisationId && a.personId ? a.personId : null,
    limit: ITEMS_PER_GROUP,
  };
  const lists: Record<WorkGroupKey, WorkList> = {
    ...(await assessmentWorkFor(db, a, q)),
    ...(await followupWorkFor(db, a, q)),
    ...(await agreementWorkFor(db, a, q)),
    ...(await surveyWorkFor(db, a, q)),
  };
  return {
    today,
    horizonDays: HORIZON_DAYS,
    limit: ITEMS_PER_GROUP,
    scope,
    groups: workGroupKeys.map((key) => ({ key, ...lists[key] })),
  };
}
