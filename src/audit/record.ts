import type { Executor } from '../platform/db/database.js';
import type { Actor } from '../policy/policy.js';
import { auditLog } from './schema.js';

export type AuditAction =
  'create' | 'update' | 'archive' | 'restore' | 'delete' | 'publish' | 'import' | 'password_reset' | 'remind';

const secret = new Set(['passwordHash', 'password_hash', 'password']);

/** A plain JSON copy without secrets and with dates as ISO strings. */
export function snapshot(value: unknown): Record<string, unknown> | null {
  if (value == null) return null;
  return JSON.parse(JSON.stringify(value, (k, v) => (secret.has(k) ? undefined : v))) as Record<string, unknown>;
}

/** Every kind of record the audit log names; a new capability adds its own here. */
export const auditEntities = [
  'county',
  'organisation',
  'person',
  'user',
  'body',
  'membership',
  'framework',
  'programme',
  'initiative',
  'assessment',
  'agreement',
  'agreement_template',
  'index_series',
  'questionnaire',
  'survey_scale',
  'followup',
  'followup_report',
  'followup_feedback',
  'case',
  'case_document',
  'meeting',
  'meeting_item',
  'protocol',
  'statistics_import',
  'indicator_set',
  'indicator',
  'gender_review',
  'gender_review_document',
  'gender_review_rating',
  'gender_review_criterion',
  'gender_review_benchmark',
  'mail',
] as const;
export type AuditEntity = (typeof auditEntities)[number];

export interface Change {
  action: AuditAction;
  /** An AuditEntity; `change()` (src/platform/db/unit-of-work.ts) demands one, older callers pass strings. */
  entityType: string;
  entityId: string;
  countyId?: string | null;
  organisationId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Write one audit entry in the caller's transaction, so a change and its record stand or fall together. */
export async function recordChange(tx: Executor, actor: Actor | null, change: Change): Promise<void> {
  await tx.insert(auditLog).values({
    actorUserId: actor?.userId ?? null,
    actorName: actor ? actor.name : 'system',
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    countyId: change.countyId ?? null,
    organisationId: change.organisationId ?? null,
    before: snapshot(change.before),
    after: snapshot(change.after),
  });
}
