import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, engines, startTestEnv, type TestEnv } from '../test/harness.js';
import { world } from '../test/factories.js';
import { markdownToRichDoc as md } from '../documents/index.js';
import { Cycle } from './contract.js';
import { makeAgreements } from './test-fixtures.js';

// The follow-up on the house's shape: records say what the person may do, lists are scoped by the
// policy, a stale save answers 409 with the cycle in its contract's shape, and OpenAPI says so.
describe.each(engines)('follow-up abilities, scopes and stale saves on %s', (engine) => {
  let env: TestEnv;
  let w: Awaited<ReturnType<typeof world>>;
  let coord: Client;
  let cycle: Cycle;
  const year = 2024;
  const url = (rest = '') => `/api/followup-cycles/${cycle.id}${rest}`;

  beforeAll(async () => {
    env = await startTestEnv(engine);
    w = await world(env.database.db);
    const { template } = await makeAgreements(env.database.db, w.county.id, w.orgA.id, [w.orgB.id]);
    coord = await new Client(env.app).login(w.coordinator.email);
    cycle = (await coord.post('/api/followup-cycles', { templateId: template.id, year })).body;
  });
  afterAll(() => env?.close());

  it('tells each role what it may do with the cycle and the list', async () => {
    const as = async (email: string) => new Client(env.app).login(email);
    for (const [email, update, create] of [
      [w.admin.email, true, true],
      [w.coordinator.email, true, true],
      [w.member.email, false, false],
      [w.memberB.email, false, false],
      [w.reader.email, false, false],
    ] as const) {
      const c = await as(email);
      expect((await c.get(url())).body.abilities, email).toEqual({ update });
      const list = (await c.get('/api/followup-cycles')).body;
      expect(list.abilities, email).toEqual({ create });
      expect(list.total).toBe(1);
    }
    // The municipality may write its own assessment, the region's member may not.
    const b = (await (await as(w.memberB.email)).get(url())).body.municipalities[0];
    expect(b).toMatchObject({ organisationId: w.orgB.id, editable: true });
    const a = (await (await as(w.member.email)).get(url())).body.municipalities[0];
    expect(a.editable).toBe(false);
  });

  it('lists only the cycles of the person’s county (all for an administrator)', async () => {
    const other = await new Client(env.app).login(w.otherCoordinator.email);
    const theirs = (await other.get('/api/followup-cycles')).body;
    expect(theirs).toMatchObject({ items: [], total: 0, abilities: { create: true } });
    const admin = await new Client(env.app).login(w.admin.email);
    expect((await admin.get('/api/followup-cycles')).body.items.map((c: { id: string }) => c.id)).toEqual([cycle.id]);
  });

  it('answers a stale save with 409 and the cycle as saved now, in its contract’s shape', async () => {
    const fresh: Cycle = (await coord.get(url())).body;
    const saved = await coord.patch(url(), { version: fresh.version, jointValuation: 'Först' });
    expect(saved.status).toBe(200);
    const m = fresh.milestones[0];
    const report = await coord.post(url('/reports'), { areaCode: 'A', body: md('Text') });
    const r = report.body.reports[0];
    const memberB = await new Client(env.app).login(w.memberB.email);
    const rated = [
      { areaCode: 'A', rating: 'satisfied' },
      { areaCode: 'B', rating: 'satisfied' },
    ];
    const first = await memberB.put(url(`/municipalities/${w.orgB.id}`), { version: null, areas: rated });
    expect(first.status).toBe(200);
    const stale = [
      await coord.patch(url(), { version: fresh.version, jointValuation: 'Sen' }),
      await coord.patch(url(`/milestones/${m.id}`), { version: m.version + 3, status: 'done' }),
      await coord.patch(url(`/reports/${r.id}`), { version: r.version + 3, body: md('Ny') }),
      await coord.post(url('/publish-reports'), { version: fresh.version }),
      await coord.post(url('/share-compilation'), { version: fresh.version }),
      await memberB.put(url(`/municipalities/${w.orgB.id}`), { version: 7, areas: [] }),
      // Someone else saved the first version meanwhile.
      await memberB.put(url(`/municipalities/${w.orgB.id}`), { version: null, areas: [] }),
      await memberB.post(url(`/municipalities/${w.orgB.id}/submit`), { version: 7 }),
    ];
    for (const res of stale) {
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('record.stale');
      const current = res.body.error.details.current;
      const parsed = Cycle.strict().safeParse(current);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(current.jointValuation).toBe('Först');
    }
    // The municipality's 409 shows its own draft, as the cycle does for it.
    expect(stale[5].body.error.details.current.abilities).toEqual({ update: false });
    expect(stale[5].body.error.details.current.municipalities[0].version).toBe(1);
    // Nothing of the stale saves was kept.
    const now: Cycle = (await coord.get(url())).body;
    expect(now.reports[0].status).toBe('draft');
    expect(now.milestones[0].status).toBe(m.status);
  });

  it('documents the 409 with the cycle as details.current for every route that saves a version', async () => {
    const doc = (await env.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const p = (path: string) => doc.paths[`/api/followup-cycles/{id}${path}`];
    for (const op of [
      p('').patch,
      p('/questionnaire').post,
      p('/milestones/{milestoneId}').patch,
      p('/reports/{reportId}').patch,
      p('/publish-reports').post,
      p('/municipalities/{organisationId}').put,
      p('/municipalities/{organisationId}/submit').post,
      p('/share-compilation').post,
    ]) {
      const body = JSON.stringify(op.responses['409']);
      expect(body).toContain('current');
      expect(body).toContain('abilities');
    }
  });

  it('keeps the region’s draft reports out of a municipality’s history, and shows them to the region', async () => {
    const reader = await new Client(env.app).login(w.memberB.email);
    const theirs = (await reader.get(url('/audit'))).body as { entityType: string }[];
    expect(theirs.some((e) => e.entityType === 'followup')).toBe(true);
    expect(theirs.some((e) => e.entityType === 'followup_report')).toBe(false);
    const mine = (await coord.get(url('/audit'))).body as { entityType: string; after: { body?: string } }[];
    expect(mine.find((e) => e.entityType === 'followup_report')?.after.body).toBe('Text');
  });
});
