import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { Client, engines, startTestEnv, type TestEnv } from '../test/harness.js';
import { makeOrganisation, makeUser } from '../test/factories.js';
import { counties } from '../counties/schema.js';
import { frameworkItems, frameworks, frameworkVersions } from '../goals/schema.js';
import { statisticsKpis, statisticsValues } from './schema.js';

/** Known figures: Jämtland (23) with two municipalities, the region 0023 and the country. */
const MUNICIPALITIES = { '2380': 'Östersunds kommun', '2303': 'Ragunda kommun' };

describe.each(engines)('statistics: indicator sets tied to goals on %s', (engine) => {
  let env: TestEnv;
  let coord: Client;
  let reader: Client;
  let member: Client;
  let otherCoord: Client;
  let subgoal: Record<string, string>;
  let foreignItem: string;

  beforeAll(async () => {
    env = await startTestEnv(engine);
    const db = env.database.db;
    const [county] = await db.insert(counties).values({ code: '23', name: 'Jämtlands län' }).returning();
    const [other] = await db.insert(counties).values({ code: '03', name: 'Uppsala län' }).returning();
    const region = await makeOrganisation(db, county.id, { name: 'Region Jämtland Härjedalen', type: 'region' });
    for (const [code, name] of Object.entries(MUNICIPALITIES))
      await makeOrganisation(db, county.id, { name, type: 'municipality', municipalityCode: code });
    const uppsala = await makeOrganisation(db, other.id, {
      name: 'Uppsala kommun',
      type: 'municipality',
      municipalityCode: '0380',
    });
    coord = await new Client(env.app).login((await makeUser(db, region.id, county.id, 'coordinator')).email);
    reader = await new Client(env.app).login((await makeUser(db, region.id, county.id, 'reader')).email);
    member = await new Client(env.app).login((await makeUser(db, region.id, county.id, 'member')).email);
    otherCoord = await new Client(env.app).login((await makeUser(db, uppsala.id, other.id, 'coordinator')).email);

    const items = await db
      .select({ id: frameworkItems.id, code: frameworkItems.code })
      .from(frameworkItems)
      .innerJoin(frameworkVersions, eq(frameworkVersions.id, frameworkItems.versionId))
      .innerJoin(frameworks, eq(frameworks.id, frameworkVersions.frameworkId))
      .where(eq(frameworks.key, 'gender-equality'));
    subgoal = Object.fromEntries(items.map((i) => [i.code, i.id]));
    // A framework of another county, not shared: its items may not be linked from Jämtland.
    const [f] = await db
      .insert(frameworks)
      .values({
        key: 'uppsala-own',
        kind: 'own',
        nameSv: 'Eget',
        nameEn: 'Own',
        countyId: other.id,
        ownerOrganisationId: uppsala.id,
        shared: false,
      } as typeof frameworks.$inferInsert)
      .returning();
    const [v] = await db
      .insert(frameworkVersions)
      .values({ frameworkId: f.id, number: 1, status: 'draft' } as typeof frameworkVersions.$inferInsert)
      .returning();
    const [it] = await db
      .insert(frameworkItems)
      .values({
        versionId: v.id,
        code: '1',
        level: 'goal',
        nameSv: 'Mål',
        nameEn: 'Goal',
        sort: 1,
      } as typeof frameworkItems.$inferInsert)
      .returning();
    foreignItem = it.id;

    // Known figures of N00914 (employed 20–64, %): Östersund and Ragunda, the country; no region.
    const [kpi] = await db
      .insert(statisticsKpis)
      .values({
        source: 'kolada',
        sourceId: 'N00914',
        title: 'Förvärvsarbetande invånare 20-64 år, andel (%)',
        dividedByGender: true,
        fetchedAt: new Date('2025-03-20T10:00:00Z'),
      })
      .returning();
    const fetchedAt = new Date('2025-03-21T08:00:00Z');
    const rows: [string, number, 'K' | 'M' | 'T', number | null][] = [
      ['2380', 2020, 'K', 80],
      ['2380', 2020, 'M', 84],
      ['2380', 2020, 'T', 82],
      ['2380', 2024, 'K', 84],
      ['2380', 2024, 'M', 86],
      ['2380', 2024, 'T', 85],
      ['2303', 2020, 'K', 70],
      ['2303', 2020, 'M', 76],
      ['2303', 2020, 'T', 73],
      ['2303', 2024, 'K', null], // uppgift saknas
      ['2303', 2024, 'M', 74],
      ['2303', 2024, 'T', 75],
      ['0000', 2020, 'K', 78],
      ['0000', 2020, 'M', 82],
      ['0000', 2020, 'T', 80],
      ['0000', 2024, 'K', 79],
      ['0000', 2024, 'M', 83],
      ['0000', 2024, 'T', 81],
    ];
    await db.insert(statisticsValues).values(
      rows.map(([areaCode, year, gender, value]) => ({
        countyId: county.id,
        kpiId: kpi.id,
        areaCode,
        year,
        gender,
        value,
        status: value === null ? 'Missing' : null,
        fetchedAt,
      })),
    );
  }, 120_000);
  afterAll(() => env?.close());

  const newSet = async (name = 'Jämställdhetsindikatorer') => {
    const res = await coord.post('/api/statistics/indicator-sets', { name, description: 'De sex delmålen' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };

  it('creates a set, adds an indicator linked to a sub-goal, and edits both with versions (409 when stale)', async () => {
    const set = await newSet();
    expect(set).toMatchObject({
      name: 'Jämställdhetsindikatorer',
      version: 1,
      indicators: [],
      abilities: { update: true },
    });
    const added = await coord.post(`/api/statistics/indicator-sets/${set.id}/indicators`, {
      kpi: { source: 'kolada', id: 'N00914' },
      direction: 'increase',
      targetValue: 90,
      targetYear: 2030,
      goalItemIds: [subgoal['2']],
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body.goals.map((g: { code: string }) => g.code)).toEqual(['2']);
    expect(added.body.kpi).toMatchObject({
      id: 'N00914',
      stored: true,
      title: expect.stringContaining('Förvärvsarbetande'),
    });

    const page = (await reader.get(`/api/statistics/indicator-sets/${set.id}`)).body;
    expect(page.indicators).toHaveLength(1);
    expect(page.groups).toEqual([{ goal: expect.objectContaining({ code: '2' }), indicatorIds: [added.body.id] }]);
    expect(page.abilities).toEqual({ update: false, archive: false });

    const renamed = await coord.patch(`/api/statistics/indicator-sets/${set.id}`, { name: 'Nytt namn', version: 1 });
    expect(renamed.status).toBe(200);
    expect(renamed.body.version).toBe(2);
    const stale = await coord.patch(`/api/statistics/indicator-sets/${set.id}`, { name: 'Gammalt', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('record.stale');
    expect(stale.body.error.details.current).toMatchObject({ name: 'Nytt namn', version: 2 });

    const edited = await coord.patch(`/api/statistics/indicators/${added.body.id}`, {
      direction: 'equality',
      targetValue: null,
      targetYear: null,
      goalItemIds: [subgoal['2'], subgoal['3']],
      version: 1,
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({ direction: 'equality', version: 2 });
    expect(edited.body.goals.map((g: { code: string }) => g.code)).toEqual(['2', '3']);
    const staleIndicator = await coord.patch(`/api/statistics/indicators/${added.body.id}`, { note: 'x', version: 1 });
    expect(staleIndicator.status).toBe(409);
    expect(staleIndicator.body.error.details.current).toMatchObject({ version: 2, direction: 'equality' });

    const history = await coord.get(`/api/statistics/indicator-sets/${set.id}/audit`);
    expect(history.status).toBe(200);
    expect(history.body.map((e: { entityType: string; action: string }) => `${e.entityType} ${e.action}`)).toEqual(
      expect.arrayContaining(['indicator_set create', 'indicator_set update', 'indicator create', 'indicator update']),
    );

    const removed = await coord.post(`/api/statistics/indicators/${added.body.id}/remove`, { version: 2 });
    expect(removed.status, JSON.stringify(removed.body)).toBe(200);
    expect(removed.body.indicators).toEqual([]);
    expect((await coord.get(`/api/statistics/indicators/${added.body.id}`)).status).toBe(404);

    const archived = await coord.post(`/api/statistics/indicator-sets/${set.id}/archive`, { version: 2 });
    expect(archived.body.archived).toBe(true);
    const list = (await reader.get('/api/statistics/indicator-sets')).body;
    expect(list.items.map((s: { id: string }) => s.id)).not.toContain(set.id);
    expect(list.abilities.create).toBe(false);
    const onArchived = await coord.post(`/api/statistics/indicator-sets/${set.id}/indicators`, {
      kpi: { source: 'kolada', id: 'N00914' },
      direction: 'increase',
      goalItemIds: [subgoal['2']],
    });
    expect(onArchived.status).toBe(409);
    expect(onArchived.body.error.code).toBe('statistics.indicator_set_archived');
  });

  it('refuses bad input by name: unknown goal item, another county’s goal, a KPI id of a bad shape, no goal', async () => {
    const set = await newSet('Felaktiga');
    const add = (body: Record<string, unknown>) =>
      coord.post(`/api/statistics/indicator-sets/${set.id}/indicators`, {
        kpi: { source: 'kolada', id: 'N00914' },
        direction: 'increase',
        goalItemIds: [subgoal['1']],
        ...body,
      });
    const unknown = await add({ goalItemIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({
      code: 'statistics.goal_item_unknown',
      details: { ids: ['00000000-0000-4000-8000-000000000000'] },
    });
    const foreign = await add({ goalItemIds: [foreignItem] });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.code).toBe('statistics.goal_item_unknown');
    const badKpi = await add({ kpi: { source: 'kolada', id: 'N0/19;51' } });
    expect(badKpi.status).toBe(400);
    expect(badKpi.body.error.code).toBe('request.validation_failed');
    expect(JSON.stringify(badKpi.body.error)).toContain('kpi');
    const noGoal = await add({ goalItemIds: [] });
    expect(noGoal.status).toBe(400);
    const yearWithoutValue = await add({ targetYear: 2030 });
    expect(yearWithoutValue.status).toBe(400);
    const unstoredScb = await add({ kpi: { source: 'scb', id: 'TAB638' } });
    expect(unstoredScb.status).toBe(404);
    expect(unstoredScb.body.error.code).toBe('statistics.kpi_not_found');
    // A Kolada KPI not yet imported may be linked: its page says there are no figures yet.
    const early = await add({ kpi: { source: 'kolada', id: 'U60900' } });
    expect(early.status).toBe(201);
    expect(early.body).toMatchObject({ kpi: { stored: false, title: null }, latest: null, trend: null, years: [] });
    expect((await coord.get('/api/statistics/indicators?goalItemIds=not-an-id')).status).toBe(400);
    expect((await coord.get('/api/statistics/indicator-sets/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    // Nothing half-written: the set holds only the one accepted indicator.
    expect((await coord.get(`/api/statistics/indicator-sets/${set.id}`)).body.indicators).toHaveLength(1);
  });

  it('policy: another county’s set is 404; a reader or member cannot edit; a reader reads', async () => {
    const set = await newSet('Länets');
    const added = await coord.post(`/api/statistics/indicator-sets/${set.id}/indicators`, {
      kpi: { source: 'kolada', id: 'N00914' },
      direction: 'increase',
      goalItemIds: [subgoal['2']],
    });
    for (const url of [`/api/statistics/indicator-sets/${set.id}`, `/api/statistics/indicators/${added.body.id}`]) {
      const res = await otherCoord.get(url);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('record.not_found');
      expect((await reader.get(url)).status).toBe(200);
    }
    const foreignEdit = await otherCoord.patch(`/api/statistics/indicator-sets/${set.id}`, { name: 'x', version: 1 });
    expect(foreignEdit.status).toBe(404);
    expect((await otherCoord.get('/api/statistics/indicator-sets')).body.items).toEqual([]);
    for (const who of [reader, member]) {
      const res = await who.patch(`/api/statistics/indicator-sets/${set.id}`, { name: 'x', version: 1 });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('auth.forbidden');
      expect((await who.post('/api/statistics/indicator-sets', { name: 'x' })).status).toBe(403);
      expect(
        (
          await who.post(`/api/statistics/indicator-sets/${set.id}/indicators`, {
            kpi: { source: 'kolada', id: 'N00914' },
            direction: 'increase',
            goalItemIds: [subgoal['2']],
          })
        ).status,
      ).toBe(403);
    }
    expect((await otherCoord.get(`/api/statistics/indicators?goalItemIds=${subgoal['2']}`)).body.items).toEqual([]);
  });

  it('the indicator page’s numbers against the known figures; the linked indicators of a goal', async () => {
    const set = await newSet('Siffror');
    const res = await coord.post(`/api/statistics/indicator-sets/${set.id}/indicators`, {
      kpi: { source: 'kolada', id: 'N00914' },
      direction: 'increase',
      targetValue: 82,
      goalItemIds: [subgoal['2']],
    });
    expect(res.status).toBe(201);
    const page = (await reader.get(`/api/statistics/indicators/${res.body.id}`)).body;
    // No region stored: the county is the average of its municipalities (rule 7).
    // 2020 T: (82 + 73) / 2 = 77.5; 2024 T: (85 + 75) / 2 = 80. K 2024: only Östersund's 84 (Ragunda missing).
    expect(page.countyName).toBe('Jämtlands län');
    expect(page.countyBasis).toBe('municipalities_average');
    expect(page.baseline).toEqual({ year: 2020, value: 77.5 });
    expect(page.latest).toEqual({ year: 2024, value: 80 });
    expect(page.trend).toEqual({ kind: 'better', from: { year: 2020, value: 77.5 }, to: { year: 2024, value: 80 } });
    expect(page.target).toBe('not_reached');
    expect(page.split).toEqual({ year: 2024, K: 84, M: 80, ratio: 1.05 });
    expect(page.standing).toEqual({ year: 2024, county: 80, country: 81, kind: 'worse' }); // 1 apart: more than 1 %
    expect(page.years).toEqual([
      {
        year: 2020,
        county: { K: 75, M: 80, T: 77.5, ratio: 0.938, basis: 'municipalities_average' },
        country: { K: 78, M: 82, T: 80, ratio: 0.951 },
        countyValue: 77.5,
        countryValue: 80,
      },
      {
        year: 2024,
        county: { K: 84, M: 80, T: 80, ratio: 1.05, basis: 'municipalities_average' },
        country: { K: 79, M: 83, T: 81, ratio: 0.952 },
        countyValue: 80,
        countryValue: 81,
      },
    ]);
    const ragunda = page.municipalities.find((m: { code: string }) => m.code === '2303');
    expect(ragunda).toMatchObject({
      name: 'Ragunda kommun',
      year: 2024,
      K: null,
      M: 74,
      T: 75,
      ratio: null,
      value: 75,
    });
    expect(ragunda.trend).toMatchObject({ kind: 'better', from: { year: 2020, value: 73 } });
    expect(page.source).toBe('Kolada');
    expect(page.fetchedAt).toBe('2025-03-21T08:00:00.000Z');

    // Towards equality: the ratio K/M, judged by its distance from 1; Ragunda's 2024 has no K.
    const eq2 = await coord.patch(`/api/statistics/indicators/${res.body.id}`, {
      direction: 'equality',
      targetValue: null,
      version: 1,
    });
    expect(eq2.body.latest).toEqual({ year: 2024, value: 1.05 });
    expect(eq2.body.trend.kind).toBe('better'); // |0.9375 − 1| = 0.0625 → |1.05 − 1| = 0.05
    expect(eq2.body.standing).toEqual({ year: 2024, county: 1.05, country: 0.952, kind: 'same' }); // 0.05 from 1 against 0.048: within 1 %
    expect(eq2.body.municipalities.find((m: { code: string }) => m.code === '2303')).toMatchObject({
      value: 0.921,
      year: 2020,
      trend: null,
    });

    const linked = await reader.get(`/api/statistics/indicators?goalItemIds=${subgoal['2']},${subgoal['5']}`);
    expect(linked.status).toBe(200);
    expect(linked.body.items.map((i: { id: string }) => i.id)).toContain(res.body.id);
    expect(linked.body.items.find((i: { id: string }) => i.id === res.body.id)).toMatchObject({
      setName: 'Siffror',
      latest: { year: 2024, value: 1.05 },
      trend: { kind: 'better' },
    });
    const none = await reader.get(`/api/statistics/indicators?goalItemIds=${subgoal['6']}`);
    expect(none.body).toEqual({ items: [], total: 0 });
  });

  it('counts the region’s figure as the county’s when it is stored', async () => {
    const db = env.database.db;
    const [county] = await db.select().from(counties).where(eq(counties.code, '23'));
    const [kpi] = await db
      .select()
      .from(statisticsKpis)
      .where(and(eq(statisticsKpis.source, 'kolada'), eq(statisticsKpis.sourceId, 'N00914')));
    await db
      .insert(statisticsValues)
      .values([{ countyId: county.id, kpiId: kpi.id, areaCode: '0023', year: 2024, gender: 'T', value: 79 }]);
    const set = await newSet('Regionen');
    const res = await coord.post(`/api/statistics/indicator-sets/${set.id}/indicators`, {
      kpi: { source: 'kolada', id: 'N00914' },
      direction: 'decrease',
      baselineYear: 2020,
      goalItemIds: [subgoal['2']],
    });
    expect(res.body).toMatchObject({
      latest: { year: 2024, value: 79 },
      baseline: { year: 2020, value: 77.5 },
      countyBasis: 'region',
      trend: { kind: 'worse' },
      standing: { county: 79, country: 81, kind: 'better' },
    });
  });
});
