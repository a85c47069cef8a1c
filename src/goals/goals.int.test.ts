import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, engines, startTestEnv, type TestEnv } from '../test/harness.js';
import { world } from '../test/factories.js';
import { Framework, VersionContent, type Item } from './contract.js';

const count = (items: Item[], level: string): number =>
  items.reduce((n, i) => n + (i.level === level ? 1 : 0) + count(i.children, level), 0);

const rusFile = (key: string) => ({
  format: 'samsyn.framework/v1',
  key,
  kind: 'rus',
  name: { sv: 'RUS Testlän', en: 'RDS Test county' },
  items: [
    {
      code: 'A',
      level: 'area',
      name: { sv: 'Kompetens', en: 'Skills' },
      children: [{ code: 'A.1', level: 'goal', name: { sv: 'Livslångt lärande', en: 'Lifelong learning' } }],
    },
    { code: 'B', level: 'area', name: { sv: 'Hälsa', en: 'Health' } },
  ],
});

describe.each(engines)('goal frameworks API on %s', (engine) => {
  let env: TestEnv;
  let w: Awaited<ReturnType<typeof world>>;
  let coord: Client;
  beforeAll(async () => {
    env = await startTestEnv(engine);
    w = await world(env.database.db);
    coord = await new Client(env.app).login(w.coordinator.email);
  });
  afterAll(() => env?.close());

  it('ships Agenda 2030 with 17 coloured goals and 169 targets, and the national frameworks', async () => {
    const list = (await coord.get('/api/frameworks')).body.items;
    const byKey = Object.fromEntries(list.map((f: { key: string }) => [f.key, f]));
    expect(Object.keys(byKey)).toEqual(
      expect.arrayContaining(['agenda2030', 'environmental-objectives', 'gender-equality', 'public-health']),
    );
    const agenda = (await coord.get(`/api/frameworks/${byKey.agenda2030.id}`)).body;
    expect(agenda.items).toHaveLength(17);
    expect(count(agenda.items, 'target')).toBe(169);
    expect(agenda.items[0]).toMatchObject({
      code: '1',
      color: '#E5243B',
      name: { sv: 'Ingen fattigdom', en: 'No poverty' },
    });
    expect(agenda.items[16].children).toHaveLength(19);
    expect(
      agenda.items.every((g: Item) => g.text?.sv && g.text?.en && g.children.every((t) => t.text?.sv && t.text?.en)),
    ).toBe(true);

    const env16 = (await coord.get(`/api/frameworks/${byKey['environmental-objectives'].id}`)).body;
    expect(count(env16.items, 'objective')).toBe(16);
    expect(count(env16.items, 'generational_goal')).toBe(1);
    const gender = (await coord.get(`/api/frameworks/${byKey['gender-equality'].id}`)).body;
    expect(count(gender.items, 'subgoal')).toBe(6);
    const health = (await coord.get(`/api/frameworks/${byKey['public-health'].id}`)).body;
    expect(count(health.items, 'target_area')).toBe(8);
  });

  it('searches targets in both languages, ignoring case and accents', async () => {
    const agenda = (await coord.get('/api/frameworks?kind=agenda2030')).body.items[0];
    const sv = (await coord.get(`/api/frameworks/${agenda.id}/items?q=fattigdom`)).body;
    expect(sv.map((h: { code: string }) => h.code)).toEqual(expect.arrayContaining(['1', '1.1', '1.2']));
    expect(sv.find((h: { code: string }) => h.code === '1.1').parentCode).toBe('1');
    const en = (await coord.get(`/api/frameworks/${agenda.id}/items?q=${encodeURIComponent('marine pollution')}`)).body;
    expect(en.map((h: { code: string }) => h.code)).toContain('14.1');
    const code = (await coord.get(`/api/frameworks/${agenda.id}/items?q=5.a`)).body;
    expect(code[0].code).toBe('5.a');
    expect((await coord.get(`/api/frameworks/${agenda.id}/items?q=`)).status).toBe(400);
  });

  it('keeps built-in frameworks read-only', async () => {
    const agenda = (await coord.get('/api/frameworks?kind=agenda2030')).body.items[0];
    const res = await coord.patch(`/api/frameworks/${agenda.id}`, {
      version: agenda.version,
      name: { sv: 'X', en: 'X' },
    });
    expect(res.status).toBe(403);
    const admin = await new Client(env.app).login(w.admin.email);
    const byAdmin = await admin.patch(`/api/frameworks/${agenda.id}`, {
      version: agenda.version,
      name: { sv: 'X', en: 'X' },
    });
    expect(byAdmin.status).toBe(409);
    expect(byAdmin.body.error.code).toBe('framework.builtin_readonly');
  });

  it('imports a RUS, publishes it, versions it and keeps the old version unchanged', async () => {
    const imported = await coord.request('POST', `/api/frameworks/import?shared=true`, rusFile('rus-test'));
    expect(imported.status).toBe(200);
    const f = imported.body;
    expect(f.versions).toHaveLength(1);
    expect(f.versions[0]).toMatchObject({ number: 1, status: 'draft', itemCount: 3 });
    const published = (
      await coord.post(`/api/frameworks/${f.id}/publish`, { version: f.version, note: 'Antagen 2025' })
    ).body;
    const v1 = published.currentVersionId;
    expect(published.draftVersionId).toBeNull();

    const saveWithoutDraft = await coord.put(`/api/frameworks/${f.id}/draft`, {
      version: published.version,
      items: [],
    });
    expect(saveWithoutDraft.body.error.code).toBe('framework.no_draft');

    const v2 = (await coord.post(`/api/frameworks/${f.id}/versions`, { version: published.version })).body;
    expect(v2.versions.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([
      [2, 'draft'],
      [1, 'published'],
    ]);
    const draft = (await coord.get(`/api/frameworks/${f.id}/versions/${v2.draftVersionId}`)).body;
    expect(draft.items.map((i: Item) => i.code)).toEqual(['A', 'B']);
    const changed = [
      ...rusFile('x').items,
      { code: 'C', level: 'area', name: { sv: 'Resurssnålt', en: 'Resource-efficient' } },
    ];
    changed[0] = { ...changed[0], name: { sv: 'Kompetens och kunskap', en: 'Skills and knowledge' } };
    const saved = await coord.put(`/api/frameworks/${f.id}/draft`, { version: v2.version, items: changed });
    expect(saved.status).toBe(200);
    const stale = await coord.put(`/api/frameworks/${f.id}/draft`, { version: v2.version, items: [] });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('record.stale');
    const again = (await coord.post(`/api/frameworks/${f.id}/publish`, { version: saved.body.version })).body;
    expect(again.currentVersionId).not.toBe(v1);

    const old = (await coord.get(`/api/frameworks/${f.id}/versions/${v1}`)).body;
    expect(old.items.map((i: Item) => i.name.sv)).toEqual(['Kompetens', 'Hälsa']);
    const current = (await coord.get(`/api/frameworks/${f.id}`)).body;
    expect(current.items.map((i: Item) => i.name.sv)).toEqual(['Kompetens och kunskap', 'Hälsa', 'Resurssnålt']);

    const exported = await coord.get(`/api/frameworks/${f.id}/export?versionId=${v1}`);
    expect(exported.headers['content-disposition']).toContain('rus-test.json');
    expect(exported.body.items).toEqual(rusFile('rus-test').items);

    const audit = (await coord.get(`/api/frameworks/${f.id}/audit`)).body;
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'publish',
      'update',
      'update',
      'publish',
      'create',
    ]);
  });

  it('refuses a broken import, naming the field, and saves nothing', async () => {
    const before = (await coord.get('/api/frameworks?status=all')).body.items.length;
    const missingName = structuredClone(rusFile('rus-broken')) as any;
    delete missingName.items[0].children[0].name.en;
    const r1 = await coord.request('POST', '/api/frameworks/import', missingName);
    expect(r1.status).toBe(400);
    expect(r1.body.error.details.map((d: { field: string }) => d.field)).toContain('body.items.0.children.0.name.en');
    const dup = structuredClone(rusFile('rus-broken')) as any;
    dup.items[1].code = 'A.1';
    const r2 = await coord.request('POST', '/api/frameworks/import', dup);
    expect(r2.status).toBe(400);
    expect(r2.body.error.code).toBe('framework.duplicate_code');
    expect(r2.body.error.details.field).toBe('items[1].code');
    const wrongFormat = await coord.request('POST', '/api/frameworks/import', {
      ...rusFile('rus-broken'),
      format: 'other',
    });
    expect(wrongFormat.status).toBe(400);
    expect((await coord.get('/api/frameworks?status=all')).body.items.length).toBe(before);
  });

  it('shows a draft framework only to its own organisation', async () => {
    const memberB = await new Client(env.app).login(w.memberB.email);
    const draft = (
      await memberB.post('/api/frameworks', {
        key: 'testby-priorities',
        kind: 'priority_areas',
        name: { sv: 'Testbys prioriteringar', en: 'Testby priorities' },
      })
    ).body;
    expect(draft.shared).toBe(false);
    expect(draft.ownerOrganisationId).toBe(w.orgB.id);
    expect((await coord.get(`/api/frameworks/${draft.id}`)).status).toBe(403);
    expect((await coord.get('/api/frameworks')).body.items.map((f: { key: string }) => f.key)).not.toContain(
      'testby-priorities',
    );
    expect((await memberB.get('/api/frameworks')).body.items.map((f: { key: string }) => f.key)).toContain(
      'testby-priorities',
    );
    const shared = await memberB.patch(`/api/frameworks/${draft.id}`, { version: draft.version, shared: true });
    expect(shared.status).toBe(200);
    expect((await coord.get(`/api/frameworks/${draft.id}`)).status).toBe(200);
    const outsider = await new Client(env.app).login(w.otherCoordinator.email);
    expect((await outsider.get(`/api/frameworks/${draft.id}`)).status).toBe(403);
  });
  it('says on every framework what the signed-in person may do; built-in ones nobody changes', async () => {
    const agenda = (await coord.get('/api/frameworks?kind=agenda2030')).body.items[0];
    expect(agenda.abilities).toEqual({ update: false, archive: false });
    const admin = await new Client(env.app).login(w.admin.email);
    expect((await admin.get(`/api/frameworks/${agenda.id}`)).body.framework.abilities).toEqual({
      update: true,
      archive: true,
    });
    const own = (
      await coord.post('/api/frameworks', {
        key: 'abilities-test',
        kind: 'other',
        name: { sv: 'Förmågor', en: 'Abilities' },
        shared: true,
      })
    ).body;
    expect(own.abilities).toEqual({ update: true, archive: true });
    const reader = await new Client(env.app).login(w.reader.email);
    const seen = (await reader.get('/api/frameworks')).body.items.find((f: { id: string }) => f.id === own.id);
    expect(seen.abilities).toEqual({ update: false, archive: false });
    const memberB = await new Client(env.app).login(w.memberB.email);
    expect((await memberB.get(`/api/frameworks/${own.id}`)).body.framework.abilities).toEqual({
      update: false,
      archive: false,
    });
  });

  it('answers the list as a scoped page: a page of the frameworks, their total, and whether one may create', async () => {
    const all = (await coord.get('/api/frameworks?status=all')).body;
    expect(Object.keys(all).sort()).toEqual(['abilities', 'items', 'total']);
    expect(all.total).toBe(all.items.length);
    expect(all.abilities).toEqual({ create: true });
    const first = (await coord.get('/api/frameworks?status=all&limit=2')).body;
    const second = (await coord.get('/api/frameworks?status=all&limit=2&offset=2')).body;
    expect(first.items).toHaveLength(2);
    expect(first.total).toBe(all.total);
    expect([...first.items, ...second.items].map((f: { id: string }) => f.id)).toEqual(
      all.items.slice(0, 4).map((f: { id: string }) => f.id),
    );
    const reader = await new Client(env.app).login(w.reader.email);
    const seen = (await reader.get('/api/frameworks')).body;
    expect(seen.abilities).toEqual({ create: false });
    expect(seen.items.every((f: Framework) => !f.abilities.update && !f.abilities.archive)).toBe(true);
  });

  it('lists the built-in ones and the own county only, every county for an administrator', async () => {
    const outsider = await new Client(env.app).login(w.otherCoordinator.email);
    const theirs = (
      await outsider.post('/api/frameworks', {
        key: 'annat-lan',
        kind: 'other',
        name: { sv: 'Annat län', en: 'Other county' },
        shared: true,
      })
    ).body;
    const mine = (await coord.get('/api/frameworks?status=all')).body.items as {
      id: string;
      countyId: string | null;
    }[];
    expect(mine.map((f) => f.id)).not.toContain(theirs.id);
    expect(mine.every((f) => f.countyId === null || f.countyId === w.county.id)).toBe(true);
    expect(mine.some((f) => f.countyId === null)).toBe(true);
    const admin = await new Client(env.app).login(w.admin.email);
    expect((await admin.get('/api/frameworks?status=all')).body.items.map((f: { id: string }) => f.id)).toContain(
      theirs.id,
    );
  });

  it('refuses a stale change with 409 and the framework as saved now, documented in OpenAPI', async () => {
    const f = (
      await coord.post('/api/frameworks', { key: 'stale-test', kind: 'other', name: { sv: 'Gammal', en: 'Old' } })
    ).body;
    expect(
      (await coord.patch(`/api/frameworks/${f.id}`, { version: f.version, name: { sv: 'Ny', en: 'New' } })).status,
    ).toBe(200);
    for (const stale of [
      await coord.patch(`/api/frameworks/${f.id}`, { version: f.version, name: { sv: 'Sen', en: 'Late' } }),
      await coord.post(`/api/frameworks/${f.id}/publish`, { version: f.version }),
      await coord.post(`/api/frameworks/${f.id}/archive`, { version: f.version }),
    ]) {
      expect(stale.status).toBe(409);
      expect(stale.body.error.code).toBe('record.stale');
      expect(Framework.strict().safeParse(stale.body.error.details.current).success).toBe(true);
      expect(stale.body.error.details.current.name.sv).toBe('Ny');
    }
    expect(VersionContent.safeParse((await coord.get(`/api/frameworks/${f.id}`)).body).success).toBe(true);
    const doc = (await env.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(JSON.stringify(doc.paths['/api/frameworks/{id}'].patch.responses['409'])).toContain('abilities');
    for (const path of ['draft', 'publish', 'versions', 'archive', 'restore']) {
      const route = doc.paths[`/api/frameworks/{id}/${path}`];
      expect((route.put ?? route.post).responses['409']).toBeDefined();
    }
  });
});
