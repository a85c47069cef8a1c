import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, engines, startTestEnv, type TestEnv } from '../test/harness.js';
import { world } from '../test/factories.js';

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
});
