import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, engines, startTestEnv, type TestEnv } from '../test/harness.js';
import { world } from '../test/factories.js';

describe.each(engines)('people and user accounts API on %s', (engine) => {
  let env: TestEnv;
  let w: Awaited<ReturnType<typeof world>>;
  let coord: Client;
  let admin: Client;
  beforeAll(async () => {
    env = await startTestEnv(engine);
    w = await world(env.database.db);
    coord = await new Client(env.app).login(w.coordinator.email);
    admin = await new Client(env.app).login(w.admin.email);
  });
  afterAll(() => env?.close());

  it('creates, finds, edits and archives a person, refusing a duplicate email', async () => {
    const res = await coord.post('/api/people', {
      organisationId: w.orgB.id,
      givenName: 'Ylva',
      familyName: 'Östman',
      title: 'Kommunchef',
      email: 'Ylva.Ostman@testby.example',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Ylva Östman',
      organisationName: 'Testby kommun',
      email: 'ylva.ostman@testby.example',
      hasAccount: false,
    });
    const dup = await coord.post('/api/people', {
      organisationId: w.orgA.id,
      givenName: 'Y',
      familyName: 'Ö',
      email: 'ylva.ostman@testby.example',
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('person.duplicate_email');
    expect((await coord.get('/api/people?q=ylva östman')).body.total).toBe(1);
    expect(
      (await coord.get(`/api/people?organisationId=${w.orgB.id}`)).body.items.map(
        (p: { givenName: string }) => p.givenName,
      ),
    ).toContain('Ylva');
    const edit = await coord.patch(`/api/people/${res.body.id}`, { version: 1, title: 'Kommundirektör' });
    expect(edit.body).toMatchObject({ title: 'Kommundirektör', version: 2, email: 'ylva.ostman@testby.example' });
    const archived = await coord.post(`/api/people/${res.body.id}/archive`, { version: 2 });
    expect(archived.body.archived).toBe(true);
    const audit = await coord.get(`/api/people/${res.body.id}/audit`);
    expect(audit.body.map((a: { action: string }) => a.action)).toEqual(['archive', 'update', 'create']);
  });

  it('lets only administrators manage accounts, never storing or returning the password', async () => {
    const person = (
      await coord.post('/api/people', { organisationId: w.orgA.id, givenName: 'Nils', familyName: 'Konto' })
    ).body;
    const denied = await coord.post('/api/users', {
      personId: person.id,
      email: 'nils@test.example',
      role: 'member',
      password: 'a long enough password',
    });
    expect(denied.status).toBe(403);
    const weak = await admin.post('/api/users', {
      personId: person.id,
      email: 'nils@test.example',
      role: 'member',
      password: 'short',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.code).toBe('auth.password_too_weak');
    const created = await admin.post('/api/users', {
      personId: person.id,
      email: 'nils@test.example',
      role: 'member',
      password: 'a long enough password',
    });
    expect(created.status).toBe(201);
    expect(JSON.stringify(created.body)).not.toMatch(/password/i);
    const again = await admin.post('/api/users', {
      personId: person.id,
      email: 'nils2@test.example',
      role: 'member',
      password: 'a long enough password',
    });
    expect(again.body.error.code).toBe('user.person_has_account');
    const list = await admin.get('/api/users');
    expect(list.body.map((u: { email: string }) => u.email)).toContain('nils@test.example');
    const promoted = await admin.patch(`/api/users/${created.body.id}`, {
      role: 'coordinator',
      version: created.body.version,
    });
    expect(promoted.body.role).toBe('coordinator');
    const audit = await admin.get(`/api/users/${created.body.id}/audit`);
    expect(audit.body[0].before.role).toBe('member');
    expect(audit.body[0].after.role).toBe('coordinator');
    expect(JSON.stringify(audit.body)).not.toMatch(/argon2/);
    const nils = await new Client(env.app).login('nils@test.example', 'a long enough password');
    expect((await nils.get('/api/auth/session')).body.user.role).toBe('coordinator');
  });

  it('says what the signed-in person may do with each person and whether they may add one', async () => {
    const member = await new Client(env.app).login(w.member.email);
    const own = await member.get(`/api/people?organisationId=${w.orgA.id}`);
    expect(own.body.abilities).toEqual({ create: true });
    expect(own.body.items.length).toBeGreaterThan(0);
    expect(own.body.items.every((p: { abilities: { update: boolean } }) => p.abilities.update)).toBe(true);
    const other = await member.get(`/api/people?organisationId=${w.orgB.id}`);
    expect(other.body.abilities).toEqual({ create: false });
    expect(other.body.items.some((p: { abilities: { update: boolean } }) => p.abilities.update)).toBe(false);
    const outsider = await new Client(env.app).login(w.otherCoordinator.email);
    const theirs = await outsider.get('/api/people?limit=500');
    expect(theirs.body.items.some((p: { organisationId: string }) => p.organisationId === w.orgA.id)).toBe(false);
    // Accounts are made by administrators only: the person's page offers it from this ability.
    const asMember = await member.get(`/api/people?organisationId=${w.orgA.id}`);
    expect(asMember.body.items.some((p: { abilities: { createAccount: boolean } }) => p.abilities.createAccount)).toBe(
      false,
    );
    const asAdmin = await admin.get(`/api/people?organisationId=${w.orgA.id}`);
    expect(asAdmin.body.items.length).toBeGreaterThan(0);
    expect(asAdmin.body.items.every((p: { abilities: { createAccount: boolean } }) => p.abilities.createAccount)).toBe(
      true,
    );
  });
});
