import type { Db, Executor } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { change } from '../platform/db/unit-of-work.js';
import { authorize, mayChangeStanding, type Actor, type Role } from '../policy/policy.js';
import { abilitiesFor } from '../policy/abilities.js';
import { recordChange } from '../audit/index.js';
import { checkPasswordStrength, hashPassword } from './passwords.js';
import { deleteUserSessions } from './sessions.js';
import {
  accountsTaken,
  findPerson,
  findUser,
  insertAccount,
  listUsers,
  saveAccount,
  setAccountPassword,
  type CreateUser,
  type UpdateUser,
  type User,
  type UserRecord,
} from '../people/index.js';

/** Create an account without an actor check: used by the command line and demo data. */
export async function insertUser(
  tx: Executor,
  actor: Actor | null,
  input: { personId: string; email: string; role: Role; password: string; locale?: 'sv' | 'en' },
): Promise<UserRecord & { countyId: string }> {
  checkPasswordStrength(input.password);
  const person = await findPerson(tx, input.personId);
  const email = input.email.toLowerCase();
  const taken = await accountsTaken(tx, { email, personId: person.id });
  if (taken.email)
    throw new AppError('user.duplicate_email', `An account with ${email} already exists`, { field: 'email' });
  if (taken.person)
    throw new AppError('user.person_has_account', `${person.name} already has an account`, { field: 'personId' });
  const id = await insertAccount(tx, {
    personId: person.id,
    email,
    role: input.role,
    locale: input.locale ?? 'sv',
    passwordHash: await hashPassword(input.password),
  });
  const created = await findUser(tx, id);
  await recordChange(tx, actor, {
    action: 'create',
    entityType: 'user',
    entityId: id,
    countyId: created.countyId,
    organisationId: created.organisationId,
    after: created,
  });
  return created;
}

/** An account as the signed-in person sees it, with what they may do with it. */
function presentFor(actor: Actor | undefined, u: UserRecord & { countyId?: string }): User {
  const { countyId, ...user } = u;
  const target = { countyId, organisationId: u.organisationId, userId: u.id };
  return {
    ...user,
    abilities: {
      ...abilitiesFor(actor, 'user', target, ['update']),
      changeRole: mayChangeStanding(actor, target),
      disable: mayChangeStanding(actor, target),
    },
  };
}

export async function getUsers(db: Db, actor: Actor | undefined): Promise<User[]> {
  const a = authorize(actor, 'read', 'user');
  return (await listUsers(db, null)).map((u) => presentFor(a, u));
}

export async function createUser(db: Db, actor: Actor | undefined, input: CreateUser): Promise<User> {
  const a = authorize(actor, 'create', 'user');
  return presentFor(a, await db.transaction((tx) => insertUser(tx, a, input)));
}

/**
 * Change an account's role, language or whether it is disabled; disabling it ends its sessions. An
 * administrator changes neither their own role nor shuts themselves out (another administrator
 * does): a county's last administrator could otherwise leave it with none.
 */
export async function updateUser(db: Db, actor: Actor | undefined, id: string, input: UpdateUser) {
  const result = await change(db, {
    entity: 'user',
    action: 'update',
    load: (tx) => findUser(tx, id),
    authorise: (before) => {
      const target = { countyId: before.countyId, organisationId: before.organisationId, userId: id };
      const a = authorize(actor, 'update', 'user', target);
      const field = input.role && input.role !== before.role ? 'role' : input.disabled ? 'disabled' : null;
      if (field && !mayChangeStanding(a, target))
        throw new AppError('auth.forbidden', 'Nobody changes their own role or disables their own account', { field });
      return a;
    },
    apply: async (tx) => {
      const values: { role?: Role; locale?: 'sv' | 'en'; disabledAt?: Date | null } = {};
      if (input.role) values.role = input.role;
      if (input.locale) values.locale = input.locale;
      if (input.disabled !== undefined) values.disabledAt = input.disabled ? new Date() : null;
      await saveAccount(tx, {
        id,
        expectedVersion: input.version,
        values,
        present: async (t) => presentFor(actor, await findUser(t, id)),
      });
      return id;
    },
    present: findUser,
    place: (after) => ({ id, countyId: after.countyId, organisationId: after.organisationId }),
  });
  if (input.disabled) await deleteUserSessions(db, id);
  return presentFor(actor, result);
}

/** Set a password directly (command line). Ends the account's sessions. */
export async function setPassword(db: Db, email: string, password: string) {
  checkPasswordStrength(password);
  const passwordHash = await hashPassword(password);
  const id = await setAccountPassword(db, { email: email.toLowerCase() }, passwordHash);
  if (!id) throw new AppError('record.not_found', `No account with ${email}`);
  await recordChange(db, null, { action: 'password_reset', entityType: 'user', entityId: id });
  await deleteUserSessions(db, id);
}
