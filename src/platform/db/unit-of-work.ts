import type { Db, Tx } from './database.js';
import type { Actor } from '../../policy/policy.js';
import { recordChange, type AuditAction, type AuditEntity } from '../../audit/record.js';

/** Where an audited record lives, for the audit entry (and later filtering of the log). */
export interface AuditPlace {
  id: string;
  countyId?: string | null;
  organisationId?: string | null;
}

export interface Change<Before, After> {
  /** The audit entry's entity and action ('organisation', 'update'). */
  entity: AuditEntity;
  action: AuditAction;
  /** The record as it is, in its contract's shape (null when creating). Throws 404 when missing. */
  load(tx: Tx): Promise<Before>;
  /** The policy decision; the first thing that may refuse. Returns the acting person. */
  authorise(before: Before): Actor;
  /** Pure rules and the save (`saveVersioned` for an update); returns the record's id. */
  apply(tx: Tx, before: Before, actor: Actor): Promise<string>;
  /** The record after the change, in its contract's shape (what the route answers). */
  present(tx: Tx, id: string): Promise<After>;
  /** Where the record lives, for the audit entry. */
  place(after: After): AuditPlace;
  /** The audit entry's "before" when `load` returns something else (e.g. the parent checked on create). */
  before?(loaded: Before): unknown;
}

/**
 * One unit of work for every change: transaction → load → authorise → rules and versioned save →
 * typed audit entry (before/after in the contract's shape) → present. The change and its audit
 * entry stand or fall together.
 */
export function change<Before, After>(db: Db, c: Change<Before, After>): Promise<After> {
  return db.transaction(async (tx) => {
    const before = await c.load(tx);
    const actor = c.authorise(before);
    const id = await c.apply(tx, before, actor);
    const after = await c.present(tx, id);
    const where = c.place(after);
    await recordChange(tx, actor, {
      action: c.action,
      entityType: c.entity,
      entityId: where.id,
      countyId: where.countyId ?? null,
      organisationId: where.organisationId ?? null,
      before: c.before ? c.before(before) : before,
      after,
    });
    return after;
  });
}
