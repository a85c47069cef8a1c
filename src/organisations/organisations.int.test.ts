import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, engines, startTestEnv, type TestEnv } from '../test/harness.js';
import { world } from '../test/factories.js';
import { Organisation } from './contract.js';

describe.each(engines)('organisations API on %s', (engine) => {
  let env: TestEnv;
  let w: Awaited<ReturnType<typeof world>>;
  let coord: Client;
  beforeAll(async () => {
    env = await startTestEnv(engine);
    w = await world(env.database.db);
    coord = await new Client(env.app).login(w.coordinator.email);
  });
  afterAll(() => env?.close());

  it('creates a municipality with code and populations, lists, searches and filters it', async () => {
    const res = await coord.post('/api/organisations', {
      type: 'municipality',
      name: 'Sjöby kommun',
      municipalityCode: '9901',
      populations: [
        { year: 2023, population: 5000, asOf: '2023-12-31', source: 'SCB' },
        { year: 2024, population: 5100, asOf: '2024-12-31' },
      ],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Sjöby kommun',
      municipalityCode: '9901',
      countyId: w.county.id,
      version: 1,
      archived: false,
    });
    expect(res.body.populations.map((p: { year: number }) => p.year)).toEqual([2024, 2023]);

    const search = await coord.get('/api/organisations?q=sjöby');
    expect(search.body.items.map((o: { name: string }) => o.name)).toEqual(['Sjöby kommun']);
    const byCode = await coord.get('/api/organisations?q=9901');
    expect(byCode.body.total).toBe(1);
    const regions = await coord.get('/api/organisations?type=region');
    expect(regions.body.items.every((o: { type: string }) => o.type === 'region')).toBe(true);
    expect(regions.body.items.map((o: { name: string }) => o.name)).toContain('Region Test');
    // Other counties stay out of a coordinator's list.
    expect(regions.body.items.map((o: { name: string }) => o.name)).not.toContain('Region Annan');
  });

  it('refuses a duplicate municipality code with 409 naming the field, and saves nothing', async () => {
    const before = await coord.get('/api/organisations?status=all');
    const res = await coord.post('/api/organisations', {
      type: 'municipality',
      name: 'Kopia kommun',
      municipalityCode: '9901',
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('organisation.duplicate_municipality_code');
    expect(res.body.error.details.field).toBe('municipalityCode');
    const after = await coord.get('/api/organisations?status=all');
    expect(after.body.total).toBe(before.body.total);
  });

  it('answers bad input with a 4xx that names the problem', async () => {
    const malformed = await coord.request('POST', '/api/organisations', '{"type": "region", "name": ', {
      'content-type': 'application/json',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('request.invalid_json');

    const wrongType = await coord.post('/api/organisations', { type: 'region', name: 42 });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.code).toBe('request.validation_failed');
    expect(wrongType.body.error.details.map((d: { field: string }) => d.field)).toContain('body.name');

    const oversized = await coord.post('/api/organisations', { type: 'region', name: 'x'.repeat(201) });
    expect(oversized.status).toBe(400);
    expect(oversized.body.error.details[0].field).toBe('body.name');

    const badEnum = await coord.post('/api/organisations', { type: 'kingdom', name: 'X' });
    expect(badEnum.status).toBe(400);

    const badDate = await coord.post('/api/organisations', {
      type: 'municipality',
      name: 'Y',
      municipalityCode: '9902',
      populations: [{ year: 2024, population: 1, asOf: '2024-02-30' }],
    });
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.details[0].field).toBe('body.populations.0.asOf');

    const nul = await coord.post('/api/organisations', { type: 'region', name: 'Region\u0000X' });
    expect(nul.status).toBe(400);
    expect(nul.body.error.details[0].field).toBe('body.name');
    expect((await coord.get('/api/organisations?q=%00')).status).toBe(400);
    const twice = await coord.post('/api/organisations', {
      type: 'municipality',
      name: 'Dubbel kommun',
      municipalityCode: '9903',
      populations: [
        { year: 2024, population: 1, asOf: '2024-12-31' },
        { year: 2024, population: 2, asOf: '2024-12-31' },
      ],
    });
    expect(twice.status).toBe(400);
    expect(twice.body.error.details[0].field).toBe('populations');
    expect(
      (
        await coord.post('/api/organisations', {
          type: 'region',
          name: 'Gammal',
          populations: [],
          website: null,
          email: null,
          address: null,
          phone: null,
          shortName: null,
          orgNumber: null,
          municipalityCode: null,
          countyId: undefined,
        })
      ).status,
    ).toBe(201);
    const ancient = await coord.post('/api/organisations', {
      type: 'municipality',
      name: 'Y',
      municipalityCode: '9904',
      populations: [{ year: 2024, population: 1, asOf: '0001-01-01' }],
    });
    expect(ancient.status).toBe(400);

    const noCode = await coord.post('/api/organisations', { type: 'municipality', name: 'Kodlös kommun' });
    expect(noCode.status).toBe(400);
    expect(noCode.body.error.code).toBe('organisation.municipality_code_required');

    const unknown = await coord.get('/api/organisations/00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('record.not_found');

    const notUuid = await coord.get('/api/organisations/abc');
    expect(notUuid.status).toBe(400);
    expect(notUuid.body.error.details[0].field).toBe('params.id');
  });

  it('refuses a stale edit with 409 and the current record, keeping the first save', async () => {
    const created = (await coord.post('/api/organisations', { type: 'university', name: 'Mittuniversitetet Test' }))
      .body;
    const first = await coord.patch(`/api/organisations/${created.id}`, { version: 1, phone: '010-142 80 00' });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);
    const stale = await coord.patch(`/api/organisations/${created.id}`, { version: 1, phone: '000' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('record.stale');
    expect(stale.body.error.details.current.phone).toBe('010-142 80 00');
    // The current record is in the contract's shape (not a database row), abilities included.
    expect(Organisation.strict().safeParse(stale.body.error.details.current).success).toBe(true);
    expect(stale.body.error.details.current.abilities).toEqual({ update: true, archive: true });
    const now = await coord.get(`/api/organisations/${created.id}`);
    expect(now.body.phone).toBe('010-142 80 00');
    // A partial update leaves other fields as they were.
    const partial = await coord.patch(`/api/organisations/${created.id}`, { version: 2, email: 'info@miun.example' });
    expect(partial.body).toMatchObject({
      phone: '010-142 80 00',
      email: 'info@miun.example',
      name: 'Mittuniversitetet Test',
    });
  });

  it('archives and restores, and records every change in the audit log with before and after', async () => {
    const created = (await coord.post('/api/organisations', { type: 'civil_society', name: 'Föreningen Test' })).body;
    const edited = (await coord.patch(`/api/organisations/${created.id}`, { version: 1, name: 'Föreningen Test 2' }))
      .body;
    const archived = await coord.post(`/api/organisations/${created.id}/archive`, { version: edited.version });
    expect(archived.body.archived).toBe(true);
    const active = await coord.get('/api/organisations?q=Föreningen Test');
    expect(active.body.total).toBe(0);
    const arch = await coord.get('/api/organisations?q=Föreningen Test&status=archived');
    expect(arch.body.total).toBe(1);
    const restored = await coord.post(`/api/organisations/${created.id}/restore`, { version: archived.body.version });
    expect(restored.body.archived).toBe(false);

    const audit = await coord.get(`/api/organisations/${created.id}/audit`);
    expect(audit.status).toBe(200);
    expect(audit.body.map((a: { action: string }) => a.action)).toEqual(['restore', 'archive', 'update', 'create']);
    const update = audit.body[2];
    expect(update.before.name).toBe('Föreningen Test');
    expect(update.after.name).toBe('Föreningen Test 2');
    expect(update.actorName).toContain('coordinator');
  });

  it('lets a member edit only their own organisation and a reader nothing; other counties are closed', async () => {
    const member = await new Client(env.app).login(w.member.email);
    const own = await member.patch(`/api/organisations/${w.orgA.id}`, {
      version: (await member.get(`/api/organisations/${w.orgA.id}`)).body.version,
      phone: '063-10 00 00',
    });
    expect(own.status).toBe(200);
    const other = await member.patch(`/api/organisations/${w.orgB.id}`, { version: 1, phone: '1' });
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('auth.forbidden');
    const create = await member.post('/api/organisations', { type: 'business', name: 'Bolaget AB' });
    expect(create.status).toBe(403);

    const reader = await new Client(env.app).login(w.reader.email);
    expect((await reader.get(`/api/organisations/${w.orgB.id}`)).status).toBe(200);
    expect((await reader.patch(`/api/organisations/${w.orgA.id}`, { version: 1, phone: '1' })).status).toBe(403);

    const outsider = await new Client(env.app).login(w.otherCoordinator.email);
    expect((await outsider.get(`/api/organisations/${w.orgA.id}`)).status).toBe(403);
    expect((await outsider.get(`/api/organisations/${w.orgA.id}/audit`)).status).toBe(403);

    const anonymous = new Client(env.app);
    expect((await anonymous.get('/api/organisations')).status).toBe(401);
  });

  it('says on every record and list what the signed-in person may do', async () => {
    const member = await new Client(env.app).login(w.member.email);
    expect((await member.get(`/api/organisations/${w.orgA.id}`)).body.abilities).toEqual({
      update: true,
      archive: false,
    });
    expect((await member.get(`/api/organisations/${w.orgB.id}`)).body.abilities).toEqual({
      update: false,
      archive: false,
    });
    const memberList = await member.get('/api/organisations?status=all');
    expect(memberList.body.abilities).toEqual({ create: false });
    const ownInList = memberList.body.items.find((o: { id: string }) => o.id === w.orgA.id);
    expect(ownInList.abilities).toEqual({ update: true, archive: false });

    const coordList = await coord.get('/api/organisations');
    expect(coordList.body.abilities).toEqual({ create: true });
    expect(coordList.body.items.every((o: { abilities: { update: boolean } }) => o.abilities.update)).toBe(true);

    const reader = await new Client(env.app).login(w.reader.email);
    const readerList = await reader.get('/api/organisations');
    expect(readerList.body.abilities).toEqual({ create: false });
    expect(readerList.body.items.some((o: { abilities: { update: boolean } }) => o.abilities.update)).toBe(false);
  });

  it('lists only the own county, and every county for an administrator', async () => {
    const outsider = await new Client(env.app).login(w.otherCoordinator.email);
    const theirs = await outsider.get('/api/organisations?status=all&limit=500');
    expect(theirs.body.items.every((o: { countyId: string }) => o.countyId === w.other.id)).toBe(true);
    expect(theirs.body.items.map((o: { id: string }) => o.id)).toContain(w.orgX.id);
    const admin = await new Client(env.app).login(w.admin.email);
    const all = await admin.get('/api/organisations?status=all&limit=500');
    const ids = all.body.items.map((o: { id: string }) => o.id);
    expect(ids).toEqual(expect.arrayContaining([w.orgA.id, w.orgB.id, w.orgX.id]));
  });

  it('documents the stale-save 409 with the organisation as details.current in OpenAPI', async () => {
    const doc = (await env.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const patch = doc.paths['/api/organisations/{id}'].patch.responses['409'];
    const body = JSON.stringify(patch);
    expect(body).toContain('current');
    expect(body).toContain('abilities');
    expect(doc.paths['/api/organisations/{id}/archive'].post.responses['409']).toBeDefined();
  });
});
