import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/database.js';
import type { Actor, Role } from '../policy/policy.js';
import { sessions } from './schema.js';
import { activeAccountHolders } from '../people/index.js';
import { newToken, sha256 } from './tokens.js';

export interface SessionInfo {
  id: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(db: Db, userId: string, ttlHours: number) {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + ttlHours * 3600_000);
  await db.insert(sessions).values({ id: sha256(token), userId, csrfToken, expiresAt });
  // Housekeeping: expired sessions have no use.
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
  return { token, csrfToken, expiresAt };
}

/**
 * The session joined to its (enabled) account's holder, whom people hand out as a subquery for
 * exactly this: one query on every request, built and prepared once per database.
 */
function buildSessionQuery(db: Db) {
  const holder = activeAccountHolders(db);
  return db
    .select({
      session: sessions,
      holder: {
        userId: holder.userId,
        role: holder.role,
        email: holder.email,
        locale: holder.locale,
        personId: holder.personId,
        givenName: holder.givenName,
        familyName: holder.familyName,
        organisationId: holder.organisationId,
        countyId: holder.countyId,
      },
    })
    .from(sessions)
    .innerJoin(holder, eq(holder.userId, sessions.userId))
    .where(and(eq(sessions.id, sql.placeholder('id')), gt(sessions.expiresAt, sql.placeholder('now'))))
    .prepare('auth_load_session');
}
const prepared = new WeakMap<Db, ReturnType<typeof buildSessionQuery>>();
function sessionQuery(db: Db) {
  let q = prepared.get(db);
  if (!q) prepared.set(db, (q = buildSessionQuery(db)));
  return q;
}

/** The actor behind a session cookie, renewing the session when half its lifetime has passed. */
export async function loadSession(
  db: Db,
  token: string,
  ttlHours: number,
): Promise<{ actor: Actor; session: SessionInfo; locale: string; renewed: boolean } | null> {
  const id = sha256(token);
  const rows = await sessionQuery(db).execute({ id, now: new Date() });
  const r = rows[0];
  if (!r) return null;
  let expiresAt = r.session.expiresAt;
  const ttl = ttlHours * 3600_000;
  // Renewed in the database and (by the caller) in the browser's cookie, whose own expiry would
  // otherwise end the session at sign-in + TTL however active the person is.
  const renewed = expiresAt.getTime() - Date.now() < ttl / 2;
  if (renewed) {
    expiresAt = new Date(Date.now() + ttl);
    await db.update(sessions).set({ expiresAt }).where(eq(sessions.id, id));
  }
  return {
    actor: {
      userId: r.holder.userId,
      personId: r.holder.personId,
      organisationId: r.holder.organisationId,
      countyId: r.holder.countyId,
      role: r.holder.role as Role,
      name: `${r.holder.givenName} ${r.holder.familyName}`,
      email: r.holder.email,
    },
    session: { id, csrfToken: r.session.csrfToken, expiresAt },
    locale: r.holder.locale,
    renewed,
  };
}

export async function deleteSession(db: Db, sessionId: string) {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function deleteUserSessions(db: Db, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}
