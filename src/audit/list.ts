import { and, desc, eq, inArray, or } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.js';
import type { AuditEntry } from '../platform/contract.js';
import { auditLog } from './schema.js';

/** The history of one record, newest first. Callers authorise reading the record first. */
export async function listAudit(db: Executor, entityType: string, entityId: string): Promise<AuditEntry[]> {
  return listAuditOf(db, [{ entityType, entityIds: [entityId] }]);
}

/** The history of several records together (e.g. a record and the parts of it the reader may see), newest first. */
export async function listAuditOf(
  db: Executor,
  entities: { entityType: string; entityIds: string[] }[],
): Promise<AuditEntry[]> {
  const wanted = entities
    .filter((e) => e.entityIds.length)
    .map((e) => and(eq(auditLog.entityType, e.entityType), inArray(auditLog.entityId, e.entityIds)));
  if (!wanted.length) return [];
  const rows = await db
    .select()
    .from(auditLog)
    .where(or(...wanted))
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
