import type { Executor } from '../platform/db/database.js';
import { authorize, type Action, type Actor } from '../policy/policy.js';
import { findQuestionnaire } from './repository.js';

export const questionnaireTarget = (q: { countyId: string; organisationId: string }) => ({
  countyId: q.countyId,
  organisationId: q.organisationId,
});

/** Load a questionnaire with the permission checked on it. */
export async function questionnaireFor(db: Executor, actor: Actor | undefined, action: Action, id: string) {
  const q = await findQuestionnaire(db, id);
  return { q, actor: authorize(actor, action, 'survey', questionnaireTarget(q)) };
}

export const auditOf = (q: { id: string; countyId: string; organisationId: string }) => ({
  entityType: 'questionnaire',
  entityId: q.id,
  countyId: q.countyId,
  organisationId: q.organisationId,
});
