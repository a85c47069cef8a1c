import type { Executor } from '../platform/db/database.js';
import { authorize, type Action, type Actor } from '../policy/policy.js';
import { abilitiesFor } from '../policy/abilities.js';
import type { QuestionnaireRecord } from './contract.js';
import { findQuestionnaire } from './repository.js';

export const questionnaireTarget = (q: { countyId: string; organisationId: string }) => ({
  countyId: q.countyId,
  organisationId: q.organisationId,
});

/** The questionnaire as the signed-in person sees it: with what they may do with it. */
export const presentFor = <Q extends { countyId: string; organisationId: string }>(
  actor: Actor | undefined,
  q: Q,
): Q & { abilities: { update: boolean } } => ({
  ...q,
  abilities: abilitiesFor(actor, 'survey', questionnaireTarget(q), ['update']),
});

/** Load a questionnaire with the permission checked on it. */
export async function questionnaireFor(db: Executor, actor: Actor | undefined, action: Action, id: string) {
  const q = await findQuestionnaire(db, id);
  return { q, actor: authorize(actor, action, 'survey', questionnaireTarget(q)) };
}

/** Where a questionnaire lives, for the audit entry. */
export const placeOf = (q: QuestionnaireRecord) => ({
  id: q.id,
  countyId: q.countyId,
  organisationId: q.organisationId,
});

export const auditOf = (q: { id: string; countyId: string; organisationId: string }) => ({
  entityType: 'questionnaire',
  entityId: q.id,
  countyId: q.countyId,
  organisationId: q.organisationId,
});
