import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.js';
import type { AuditEntry } from '../platform/contract.js';
import { auditLog } from './schema.js';

/** The history of one record, newest first. Callers authorise reading the record first. */
export async function listAudit(db: Executor, entityType: string, entityId: string): Promise<AuditEntry[]> {
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(desc(auditLog.id))
    .limit(500);
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actorName: r.actorName,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    before: (r.before as Record<string, unknown>) ?? null,
    after: (r.after as Record<string, unknown>) ?? null,
  }));
}
