import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, engines, startTestEnv, type TestEnv } from '../test/harness.js';
import { makeUser, world } from '../test/factories.js';

// Issue 10 item 8: an administrator who demotes or disables themselves could leave the county with no
// administrator; the web does not offer it, and the API refuses it too.
describe.each(engines)('an administrator’s own account on %s', (engine) => {
  let env: TestEnv;
  let w: Awaited<ReturnType<typeof world>>;
  beforeAll(async () => {
    env = await startTestEnv(engine);
    w = await world(env.database.db);
  });
  afterAll(() => env?.close());

  type Account = {
    id: string;
    role: string;
    disabled: boolean;
    locale: string;
    version: number;
    abilities: Record<string, boolean>;
  };
  const account = async (c: Client, id: string) =>
    ((await c.get('/api/users')).body as Account[]).find((u) => u.id === id)!;

  it('refuses changing one’s own role or disabling oneself, and keeps the account as it was', async () => {
    const me = await makeUser(env.database.db, w.orgA.id, w.county.id, 'admin');
    const admin = await new Client(env.app).login(me.email);
    const before = await account(admin, me.user.id);
    // The account says so before anyone tries: the language is theirs, the role and standing are not.
    expect(before.abilities).toEqual({ update: true, changeRole: false, disable: false });
    expect((await account(admin, w.admin.user.id)).abilities).toEqual({
      update: true,
      changeRole: true,
      disable: true,
    });

    const demoted = await admin.patch(`/api/users/${me.user.id}`, { role: 'reader', version: before.version });
    expect(demoted.status).toBe(403);
    expect(demoted.body.error).toMatchObject({ code: 'auth.forbidden', details: { field: 'role' } });
    const disabled = await admin.patch(`/api/users/${me.user.id}`, { disabled: true, version: before.version });
    expect(disabled.status).toBe(403);
    expect(disabled.body.error).toMatchObject({ code: 'auth.forbidden', details: { field: 'disabled' } });

    const after = await account(admin, me.user.id);
    expect(after).toMatchObject({ role: 'admin', disabled: false, version: before.version });
    expect((await admin.get('/api/users')).status).toBe(200);
  });

  it('still lets the administrator change their own language, and another administrator change their role', async () => {
    const me = await makeUser(env.database.db, w.orgA.id, w.county.id, 'admin');
    const admin = await new Client(env.app).login(me.email);
    const v = (await account(admin, me.user.id)).version;
    // Sending one's own unchanged role with the language is no change of role.
    const locale = await admin.patch(`/api/users/${me.user.id}`, { role: 'admin', locale: 'en', version: v });
    expect(locale.status).toBe(200);
    expect(locale.body).toMatchObject({ role: 'admin', locale: 'en' });

    const colleague = await new Client(env.app).login(w.admin.email);
    const byOther = await colleague.patch(`/api/users/${me.user.id}`, {
      role: 'coordinator',
      version: locale.body.version,
    });
    expect(byOther.status).toBe(200);
    expect(byOther.body.role).toBe('coordinator');
    expect(byOther.body.abilities).toEqual({ update: true, changeRole: true, disable: true });
  });
});
