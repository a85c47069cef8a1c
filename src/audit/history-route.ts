import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../platform/db/database.js';
import { AuditEntry, IdParams } from '../platform/contract.js';
import { authorize, type Actor, type Target } from '../policy/policy.js';
import { listAudit } from './list.js';
import type { AuditEntity } from './record.js';

export interface HistoryRoute {
  /** e.g. '/api/organisations/:id/audit' */
  path: `/api/${string}/:id/audit`;
  tags: string[];
  entity: AuditEntity;
  /** Loads the record, checking the person may read it (404/403 as for the record), and says where it lives. */
  readable(db: Db, actor: Actor | undefined, id: string): Promise<Target>;
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
        authorize(req.actor, 'read', 'audit', target);
        return listAudit(db, r.entity, req.params.id);
      },
    );
}
