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
  it('pages the list with its total, narrowed by search, status and county, each row with its own abilities', async () => {
    // Four people of two organisations, one archived, one with a % in the name (a literal in a search).
    const made: { id: string; version: number }[] = [];
    for (const [organisationId, givenName, familyName] of [
      [w.orgB.id, 'Bo', 'Pagesson'],
      [w.orgA.id, 'Ada', 'Pagesson'],
      [w.orgB.id, 'Cia', 'Pagesson-Öberg'],
      [w.orgA.id, 'Dan', 'Pagesson 100%'],
    ]) {
      const res = await coord.post('/api/people', { organisationId, givenName, familyName });
      expect(res.status).toBe(201);
      made.push(res.body);
    }
    expect((await coord.post(`/api/people/${made[2].id}/archive`, { version: made[2].version })).status).toBe(200);
    const names = (res: { body: { items: { name: string }[] } }) => res.body.items.map((p) => p.name);

    // Sorted by family name, then given name; the total counts every match, not the page.
    const first = await coord.get('/api/people?q=pagesson&limit=2');
    expect(first.body.total).toBe(3);
    expect(names(first)).toEqual(['Ada Pagesson', 'Bo Pagesson']);
    const second = await coord.get('/api/people?q=pagesson&limit=2&offset=2');
    expect(second.body.total).toBe(3);
    expect(names(second)).toEqual(['Dan Pagesson 100%']);
    // A page past the end has no rows but still the total.
    const beyond = await coord.get('/api/people?q=pagesson&limit=2&offset=10');
    expect(beyond.body).toMatchObject({ items: [], total: 3 });
    expect(names(await coord.get('/api/people?q=pagesson&status=archived'))).toEqual(['Cia Pagesson-Öberg']);
    expect((await coord.get('/api/people?q=pagesson&status=all')).body.total).toBe(4);
    expect((await coord.get(`/api/people?q=pagesson&organisationId=${w.orgB.id}&status=all`)).body.total).toBe(2);
    expect(names(await coord.get('/api/people?q=on%20100%25'))).toEqual(['Dan Pagesson 100%']);
    expect((await coord.get('/api/people?q=%25&status=all')).body.total).toBe(1);

    // A member of organisation A: the same page holds people it may change and people it may not,
    // each with the abilities its own record answers with.
    const member = await new Client(env.app).login(w.member.email);
    const page = await member.get('/api/people?q=pagesson&status=all');
    expect(page.body.total).toBe(4);
    for (const p of page.body.items as { id: string; organisationId: string; abilities: object }[]) {
      expect(p.abilities).toEqual((await member.get(`/api/people/${p.id}`)).body.abilities);
      expect(p.abilities).toMatchObject({ update: p.organisationId === w.orgA.id, createAccount: false });
    }

    // Another county's coordinator sees none of them, on any page.
    const outsider = await new Client(env.app).login(w.otherCoordinator.email);
    expect((await outsider.get('/api/people?q=pagesson')).body).toMatchObject({ items: [], total: 0 });
    expect((await outsider.get('/api/people?q=pagesson&offset=5')).body).toMatchObject({ items: [], total: 0 });
    const theirs = await outsider.get('/api/people?limit=1&offset=1');
    expect(theirs.body.total).toBeGreaterThan(0);
    expect(theirs.body.items.every((p: { countyId: string }) => p.countyId === w.other.id)).toBe(true);
  });
});
