/** The audit log: who changed what, when, before and after; the history routes’ factory. */
import { defineCapability } from '../platform/capability.js';
import * as tables from './schema.js';

export const auditCapability = defineCapability({
  name: 'audit',
  tables,
  errors: {},
  subjects: ['audit'],
  jobs: [],
});

// What other capabilities may use. Tables are exported for read-only joins until each is
// replaced by a function of this face (ARCHITECTURE.md, “what is left”).
export { recordChange, snapshot, type AuditAction, type Change } from './record.js';
export { listAudit, listAuditOf } from './list.js';
export { historyRoute, type HistoryRoute } from './history-route.js';
export { auditEntities, type AuditEntity } from './record.js';
