import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, engines, startTestEnv, type TestEnv } from '../test/harness.js';
import { world } from '../test/factories.js';
import { Body } from './contract.js';

describe.each(engines)('collaboration bodies API on %s', (engine) => {
  let env: TestEnv;
  let w: Awaited<ReturnType<typeof world>>;
  let coord: Client;
  beforeAll(async () => {
    env = await startTestEnv(engine);
    w = await world(env.database.db);
    coord = await new Client(env.app).login(w.coordinator.email);
  });
  afterAll(() => env?.close());

  const newBody = async (extra: Record<string, unknown> = {}) => {
    const res = await coord.post('/api/bodies', {
      organisationId: w.orgA.id,
      type: 'council',
      name: `Rådet ${Math.random()}`,
      ...extra,
    });
    expect(res.status).toBe(201);
    return res.body;
  };

  it('creates a body that reports to another and shows both directions', async () => {
    const council = await newBody({ name: 'Regionens samverkansråd' });
    const group = await newBody({ name: 'Samordningsgruppen', type: 'coordination_group', reportsToId: council.id });
    expect(group.reportsTo).toEqual({ id: council.id, name: 'Regionens samverkansråd', type: 'council' });
    const councilNow = (await coord.get(`/api/bodies/${council.id}`)).body;
    expect(councilNow.reportingBodies.map((b: { name: string }) => b.name)).toEqual(['Samordningsgruppen']);
    const list = await coord.get('/api/bodies?type=coordination_group');
    expect(list.body.items.map((b: { name: string }) => b.name)).toContain('Samordningsgruppen');
  });

  it('refuses a reporting line that would make a loop', async () => {
    const a = await newBody();
    const b = await newBody({ reportsToId: a.id });
    const loop = await coord.patch(`/api/bodies/${a.id}`, { version: a.version, reportsToId: b.id });
    expect(loop.status).toBe(400);
    expect(loop.body.error.code).toBe('body.reports_to_cycle');
    expect(loop.body.error.details.field).toBe('reportsToId');
    const self = await coord.patch(`/api/bodies/${a.id}`, { version: a.version, reportsToId: a.id });
    expect(self.status).toBe(400);
    expect((await coord.get(`/api/bodies/${a.id}`)).body.reportsTo).toBeNull();
  });

  it('adds members with role, represented organisation and dates; refuses the same member twice', async () => {
    const body = await newBody({ name: 'Kansligruppen', type: 'secretariat_group' });
    const add = await coord.post(`/api/bodies/${body.id}/members`, {
      personId: w.memberB.person.id,
      role: 'chair',
      startDate: '2025-01-01',
    });
    expect(add.status).toBe(201);
    expect(add.body.members).toHaveLength(1);
    expect(add.body.members[0]).toMatchObject({
      personId: w.memberB.person.id,
      organisationId: w.orgB.id,
      role: 'chair',
      startDate: '2025-01-01',
      endDate: null,
      current: true,
    });

    const twice = await coord.post(`/api/bodies/${body.id}/members`, {
      personId: w.memberB.person.id,
      role: 'member',
      startDate: '2025-06-01',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('body.member_already');
    expect((await coord.get(`/api/bodies/${body.id}`)).body.members).toHaveLength(1);

    const badDates = await coord.post(`/api/bodies/${body.id}/members`, {
      personId: w.member.person.id,
      role: 'member',
      startDate: '2025-05-01',
      endDate: '2025-01-01',
    });
    expect(badDates.status).toBe(400);
    expect(badDates.body.error.code).toBe('body.membership_dates');

    const badRole = await coord.post(`/api/bodies/${body.id}/members`, {
      personId: w.member.person.id,
      role: 'king',
      startDate: '2025-05-01',
    });
    expect(badRole.status).toBe(400);
    expect(badRole.body.error.details[0].field).toBe('body.role');

    const unknownPerson = await coord.post(`/api/bodies/${body.id}/members`, {
      personId: '00000000-0000-4000-8000-000000000000',
      role: 'member',
      startDate: '2025-05-01',
    });
    expect(unknownPerson.status).toBe(400);
    expect(unknownPerson.body.error.code).toBe('body.person_unknown');

    // End the chair's membership; a new period after it is allowed.
    const m = add.body.members[0];
    const ended = await coord.patch(`/api/bodies/${body.id}/members/${m.id}`, {
      version: m.version,
      endDate: '2025-03-31',
    });
    expect(ended.status).toBe(200);
    expect(ended.body.members[0]).toMatchObject({ endDate: '2025-03-31', current: false });
    const again = await coord.post(`/api/bodies/${body.id}/members`, {
      personId: w.memberB.person.id,
      role: 'member',
      startDate: '2025-04-01',
      organisationId: w.orgA.id,
    });
    expect(again.status).toBe(201);
    expect(again.body.members.find((x: { current: boolean }) => x.current)).toMatchObject({
      role: 'member',
      organisationName: 'Region Test',
    });

    const personMemberships = await coord.get(`/api/people/${w.memberB.person.id}/memberships`);
    expect(personMemberships.body).toHaveLength(2);

    const audit = await coord.get(`/api/bodies/${body.id}/audit`);
    expect(audit.body.length).toBeGreaterThanOrEqual(4);
    expect(audit.body.at(-1).action).toBe('create');
  });

  it('lets a member manage bodies of their own organisation only', async () => {
    const memberB = await new Client(env.app).login(w.memberB.email);
    const own = await memberB.post('/api/bodies', {
      organisationId: w.orgB.id,
      type: 'working_group',
      name: 'Arbetsgrupp B',
    });
    expect(own.status).toBe(201);
    const foreign = await memberB.post('/api/bodies', {
      organisationId: w.orgA.id,
      type: 'working_group',
      name: 'Arbetsgrupp A',
    });
    expect(foreign.status).toBe(403);
    const reader = await new Client(env.app).login(w.reader.email);
    expect((await reader.get(`/api/bodies/${own.body.id}`)).status).toBe(200);
    expect((await reader.post(`/api/bodies/${own.body.id}/archive`, { version: own.body.version })).status).toBe(403);
    const archived = await memberB.post(`/api/bodies/${own.body.id}/archive`, { version: own.body.version });
    expect(archived.body.archived).toBe(true);
  });
  it('says on every body and on the list what the signed-in person may do', async () => {
    const own = await newBody({ name: 'Medlemmens grupp' });
    const other = await coord.post('/api/bodies', {
      organisationId: w.orgB.id,
      type: 'network',
      name: 'Kommunnätverket',
    });
    const member = await new Client(env.app).login(w.member.email);
    expect((await member.get(`/api/bodies/${own.id}`)).body.abilities).toEqual({ update: true, archive: true });
    expect((await member.get(`/api/bodies/${other.body.id}`)).body.abilities).toEqual({
      update: false,
      archive: false,
    });
    const memberList = await member.get('/api/bodies?limit=500');
    expect(memberList.body.abilities).toEqual({ create: true });
    const inList = memberList.body.items.find((b: { id: string }) => b.id === other.body.id);
    expect(inList.abilities).toEqual({ update: false, archive: false });
    const reader = await new Client(env.app).login(w.reader.email);
    const readerList = await reader.get('/api/bodies?limit=500');
    expect(readerList.body.abilities).toEqual({ create: false });
    expect(readerList.body.items.some((b: { abilities: { update: boolean } }) => b.abilities.update)).toBe(false);
  });

  it('lists only the own county, and every county for an administrator', async () => {
    const admin = await new Client(env.app).login(w.admin.email);
    const theirs = await admin.post('/api/bodies', { organisationId: w.orgX.id, type: 'council', name: 'Annat län' });
    expect(theirs.status).toBe(201);
    const mine = await newBody();
    const outsider = await new Client(env.app).login(w.otherCoordinator.email);
    const seen = (await outsider.get('/api/bodies?status=all&limit=500')).body.items;
    expect(seen.every((b: { countyId: string }) => b.countyId === w.other.id)).toBe(true);
    expect(seen.map((b: { id: string }) => b.id)).toContain(theirs.body.id);
    const all = (await admin.get('/api/bodies?status=all&limit=500')).body.items.map((b: { id: string }) => b.id);
    expect(all).toEqual(expect.arrayContaining([theirs.body.id, mine.id]));
  });

  it('refuses a stale edit, archive or membership change with 409 and the body as saved now', async () => {
    const b = await newBody();
    const first = await coord.patch(`/api/bodies/${b.id}`, { version: b.version, shortName: 'Först' });
    expect(first.status).toBe(200);
    const stale = await coord.patch(`/api/bodies/${b.id}`, { version: b.version, shortName: 'Sen' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('record.stale');
    expect(Body.strict().safeParse(stale.body.error.details.current).success).toBe(true);
    expect(stale.body.error.details.current.shortName).toBe('Först');
    expect(stale.body.error.details.current.abilities).toEqual({ update: true, archive: true });
    const archive = await coord.post(`/api/bodies/${b.id}/archive`, { version: b.version });
    expect(archive.status).toBe(409);
    expect(Body.strict().safeParse(archive.body.error.details.current).success).toBe(true);

    const added = await coord.post(`/api/bodies/${b.id}/members`, {
      personId: w.coordinator.person.id,
      role: 'member',
      startDate: '2024-01-01',
    });
    const m = added.body.members[0];
    expect(
      (await coord.patch(`/api/bodies/${b.id}/members/${m.id}`, { version: m.version, role: 'chair' })).status,
    ).toBe(200);
    const staleMember = await coord.patch(`/api/bodies/${b.id}/members/${m.id}`, {
      version: m.version,
      role: 'secretary',
    });
    expect(staleMember.status).toBe(409);
    expect(Body.strict().safeParse(staleMember.body.error.details.current).success).toBe(true);
    expect(staleMember.body.error.details.current.members[0].role).toBe('chair');
  });

  it('documents the stale-save 409 of every versioned body route in OpenAPI', async () => {
    const doc = (await env.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(JSON.stringify(doc.paths['/api/bodies/{id}'].patch.responses['409'])).toContain('abilities');
    expect(doc.paths['/api/bodies/{id}/archive'].post.responses['409']).toBeDefined();
    expect(doc.paths['/api/bodies/{id}/restore'].post.responses['409']).toBeDefined();
    expect(doc.paths['/api/bodies/{id}/members/{membershipId}'].patch.responses['409']).toBeDefined();
  });
});
