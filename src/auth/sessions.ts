import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Db } from '../platform/db/database.js';
import type { Actor, Role } from '../policy/policy.js';
import { sessions } from './schema.js';
import { users, people } from '../people/index.js';
import { organisations } from '../organisations/index.js';
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

/** The actor behind a session cookie, renewing the session when half its lifetime has passed. */
export async function loadSession(
  db: Db,
  token: string,
  ttlHours: number,
): Promise<{ actor: Actor; session: SessionInfo; locale: string; renewed: boolean } | null> {
  const id = sha256(token);
  const rows = await db
    .select({
      session: sessions,
      user: { id: users.id, role: users.role, email: users.email, locale: users.locale },
      person: {
        id: people.id,
        givenName: people.givenName,
        familyName: people.familyName,
        organisationId: people.organisationId,
      },
      countyId: organisations.countyId,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(people, eq(people.id, users.personId))
    .innerJoin(organisations, eq(organisations.id, people.organisationId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, new Date()), isNull(users.disabledAt)));
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
      userId: r.user.id,
      personId: r.person.id,
      organisationId: r.person.organisationId,
      countyId: r.countyId,
      role: r.user.role as Role,
      name: `${r.person.givenName} ${r.person.familyName}`,
      email: r.user.email,
    },
    session: { id, csrfToken: r.session.csrfToken, expiresAt },
    locale: r.user.locale,
    renewed,
  };
}

export async function deleteSession(db: Db, sessionId: string) {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function deleteUserSessions(db: Db, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}
