import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../platform/db/database.js';
import { AuditEntry, IdParams } from '../platform/contract.js';
import { authorize, type Actor, type Target } from '../policy/policy.js';
import { listAudit, listAuditOf } from './list.js';
import type { AuditEntity } from './record.js';

export interface HistoryRoute {
  /** e.g. '/api/organisations/:id/audit' */
  path: `/api/${string}/:id/audit`;
  tags: string[];
  entity: AuditEntity;
  /** Loads the record, checking the person may read it (404/403 as for the record), and says where it lives. */
  readable(db: Db, actor: Actor | undefined, id: string): Promise<Target>;
  /**
   * Parts of the record with their own history that this reader may see (e.g. a follow-up's
   * reports and assessments, whose drafts are private): shown in the record's history with its own.
   */
  related?(db: Db, actor: Actor, id: string): Promise<{ entityType: AuditEntity; entityIds: string[] }[]>;
}

/** The history of one record, newest first: one route per audited record kind, all alike. */
export function historyRoute(app: FastifyInstance, db: Db, r: HistoryRoute): void {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      r.path,
      { schema: { tags: r.tags, params: IdParams, response: { 200: z.array(AuditEntry) } } },
      async (req) => {
        const target = await r.readable(db, req.actor, req.params.id);
        const actor = authorize(req.actor, 'read', 'audit', target);
        if (!r.related) return listAudit(db, r.entity, req.params.id);
        const parts = await r.related(db, actor, req.params.id);
        return listAuditOf(db, [{ entityType: r.entity, entityIds: [req.params.id] }, ...parts]);
      },
    );
}
