import { and, eq, isNull, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Actor, Subject } from './policy.js';

/**
 * Which records of a subject a person may see in a list: the policy's `read` rule said as a small
 * description that a repository turns into its where-clause (`scopeWhere`). Same rules as `can`.
 */
export interface Scope {
  /** Only records of this county (and built-in ones without a county); null: every county. */
  countyId: string | null;
  /** For subjects with drafts: unshared records only of this organisation; null: every draft. */
  draftsOf: string | null;
}

const drafted: ReadonlySet<Subject> = new Set(['framework', 'assessment', 'followup', 'feedback']);

export function scopeFor(actor: Actor, subject: Subject): Scope {
  if (actor.role === 'admin') return { countyId: null, draftsOf: null };
  return { countyId: actor.countyId, draftsOf: drafted.has(subject) ? actor.organisationId : null };
}

/** The columns a scope filters on; `shared` only for subjects with drafts. */
export interface ScopeColumns {
  countyId: PgColumn;
  organisationId?: PgColumn;
  shared?: PgColumn;
  /** Built-in (national) records have no county and are seen by everyone. */
  nullCountyIsBuiltin?: boolean;
}

export function scopeWhere(scope: Scope, cols: ScopeColumns): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (scope.countyId)
    parts.push(
      cols.nullCountyIsBuiltin
        ? or(eq(cols.countyId, scope.countyId), isNull(cols.countyId))
        : eq(cols.countyId, scope.countyId),
    );
  if (scope.draftsOf && cols.shared && cols.organisationId)
    parts.push(or(eq(cols.shared, true), eq(cols.organisationId, scope.draftsOf)));
  return and(...parts);
}
