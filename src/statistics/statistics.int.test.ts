import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { Client, engines, startTestEnv, type TestEnv } from '../test/harness.js';
import { makeOrganisation, makeUser } from '../test/factories.js';
import { counties } from '../counties/schema.js';
import { jobs } from '../platform/jobs/schema.js';
import { errors as svErrors } from '../web/i18n/sv/errors.js';
import {
  startFakeKolada,
  storeFromItems,
  type FakeKolada,
  type KoladaStore,
  type RawKpi,
} from './sources/fake-kolada.js';
import kpiAnswer from './sources/fixtures/kolada-kpi.recorded.json' with { type: 'json' };
import { DEMO_MUNICIPALITIES, DEMO_YEARS, demoKoladaItems } from './sources/demo.js';

type AreaValues = { code: string; name: string | null; K: number | null; M: number | null; T: number | null };
type Values = { municipalities: AreaValues[]; region: AreaValues; country: AreaValues; kpi: { title: string } };

/** The demo Kolada, whose items a test may change (and mark changed since a date) between imports. */
function mutableStore() {
  const items = demoKoladaItems();
  const base = storeFromItems(kpiAnswer.values as RawKpi[], items);
  const state = { failKpi: null as string | null };
  const store: KoladaStore = {
    ...base,
    item(kpi, municipality, year) {
      // An outage for one KPI: the local server answers 500 for every request of it.
      if (kpi === state.failKpi) throw new Error('source down for this KPI');
      return base.item(kpi, municipality, year);
    },
  };
  const item = (kpi: string, area: string, year: number) =>
    items.find((i) => i.kpi === kpi && i.municipality === area && i.period === year)!;
  return { store, state, item };
}

describe.each(engines)('statistics: Kolada imports as durable jobs, the county’s figures on %s', (engine) => {
  let env: TestEnv;
  let kolada: FakeKolada;
  let source: ReturnType<typeof mutableStore>;
  let coord: Client;
  let reader: Client;
  let member: Client;
  let otherCoord: Client;
  let anonymous: Client;

  const importAndRun = async (body: Record<string, unknown>) => {
    const queued = await coord.post('/api/statistics/imports', body);
    expect(queued.status).toBe(201);
    expect(queued.body).toMatchObject({ status: 'queued', progress: { done: 0 } });
    await env.jobs.drain();
    return (await coord.get(`/api/statistics/imports/${queued.body.id}`)).body;
  };
  const values = async (kpi: string, year: number, who = reader) => {
    const res = await who.get(`/api/statistics/values?kpi=${kpi}&year=${year}`);
    expect(res.status).toBe(200);
    return res.body as Values;
  };
  const of = (v: Values, code: string) => v.municipalities.find((m) => m.code === code)!;

  beforeAll(async () => {
    source = mutableStore();
    // Pages of 20 items, so an import crosses page breaks (one of them broken once, below).
    kolada = await startFakeKolada({ store: source.store, maxPerPage: 20 });
    env = await startTestEnv(engine, { KOLADA_BASE_URL: kolada.baseUrl });
    const db = env.database.db;
    const [county] = await db.insert(counties).values({ code: '23', name: 'Jämtlands län' }).returning();
    const [other] = await db.insert(counties).values({ code: '03', name: 'Uppsala län' }).returning();
    const region = await makeOrganisation(db, county.id, { name: 'Region Jämtland Härjedalen', type: 'region' });
    for (const [code, m] of Object.entries(DEMO_MUNICIPALITIES))
      await makeOrganisation(db, county.id, { name: `${m.name} kommun`, type: 'municipality', municipalityCode: code });
    const uppsala = await makeOrganisation(db, other.id, {
      name: 'Uppsala kommun',
      type: 'municipality',
      municipalityCode: '0380',
    });
    coord = await new Client(env.app).login((await makeUser(db, region.id, county.id, 'coordinator')).email);
    reader = await new Client(env.app).login((await makeUser(db, region.id, county.id, 'reader')).email);
    member = await new Client(env.app).login((await makeUser(db, region.id, county.id, 'member')).email);
    otherCoord = await new Client(env.app).login((await makeUser(db, uppsala.id, other.id, 'coordinator')).email);
    anonymous = new Client(env.app);
    await anonymous.get('/api/auth/session'); // its CSRF cookie, so a POST is refused for the session, not the token
  }, 600_000);
  afterAll(async () => {
    await env?.close();
    await kolada?.close();
  });

  it('searches Kolada for KPIs through the configured base URL', async () => {
    const res = await reader.get('/api/statistics/kpis?q=invånare&onlyDividedByGender=true');
    expect(res.status).toBe(200);
    expect(res.body.items.map((k: { id: string }) => k.id)).toContain('N01951');
    expect(res.body.items.every((k: { isDividedByGender: boolean }) => k.isDividedByGender)).toBe(true);
    expect(kolada.requests.some((r) => r.startsWith('/v3/kpi?title='))).toBe(true);
    const noTerm = await reader.get('/api/statistics/kpis');
    expect(noTerm.status).toBe(400);
    expect(noTerm.body.error.code).toBe('request.validation_failed');
  });

  it('a source that is down answers 503 statistics.source_unavailable, not a 500', async () => {
    kolada.failNext(503, { times: 5, retryAfter: '0' });
    const res = await reader.get('/api/statistics/kpis?q=invånare');
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('statistics.source_unavailable');
  });

  it('imports the county’s municipalities, the region and the country through a 429 and a broken page', async () => {
    const queued = await coord.post('/api/statistics/imports', {
      source: 'kolada',
      kpiIds: ['N01951', 'U60900'],
      years: DEMO_YEARS,
      areas: 'county',
    });
    expect(queued.status).toBe(201);
    expect(queued.body).toMatchObject({ status: 'queued', progress: { done: 0, total: 10 } });
    // The job meets a 429 and, further on, a connection that dies in the middle of page 2.
    kolada.failNext(429, { retryAfter: '0' });
    kolada.breakNextPage(2);
    const before = kolada.requests.length;
    await env.jobs.drain();
    const done = (await reader.get(`/api/statistics/imports/${queued.body.id}`)).body;
    expect(done).toMatchObject({
      status: 'done',
      progress: { done: 10, total: 10 },
      rowsWritten: 2 * 10 * 5 * 3,
      error: null,
      attempts: 1,
    });
    expect(done.areaCodes).toEqual([...Object.keys(DEMO_MUNICIPALITIES).sort(), '0023', '0000']);
    const asked = kolada.requests.slice(before);
    expect(asked[0]).toMatch(/^\/v3\/kpi\/N01951,U60900/); // answered 429, then asked again
    expect(asked[1]).toBe(asked[0]);
    // Page 2 of the first KPI twice (broken once, then whole), and on to page 3.
    expect(asked.filter((r) => r.includes('/data/kpi/N01951/') && /[?&]page=2\b/.test(r))).toHaveLength(2);
    expect(asked.some((r) => r.includes('page=3'))).toBe(true);

    const v = await values('N01951', 2024);
    expect(v.kpi.title).toMatch(/Invånare/);
    const ostersund = of(v, '2380');
    expect(ostersund).toMatchObject({ name: 'Östersund kommun', T: 64979, source: 'Kolada' });
    expect(ostersund.K! + ostersund.M!).toBe(64979);
    expect((ostersund as unknown as { ratio: number }).ratio).toBeCloseTo(ostersund.K! / ostersund.M!, 3);
    expect(v.municipalities).toHaveLength(8);
    expect(v.region).toMatchObject({ code: '0023', kind: 'region', name: 'Jämtlands län' });
    expect(v.region.T).toBeGreaterThan(64979);
    expect(v.country).toMatchObject({ code: '0000', kind: 'country' });
    expect(v.country.T).toBeGreaterThan(10_000_000);
    expect((v.country as unknown as { fetchedAt: string }).fetchedAt).toMatch(/^\d{4}-/);
  });

  it('keeps a missing value missing: null with its status, and no ratio — never 0', async () => {
    const v = await values('U60900', 2022);
    const ragunda = of(v, '2303') as AreaValues & { ratio: number | null; status: { K: string | null } };
    expect(ragunda.K).toBeNull();
    expect(ragunda.status.K).toBe('Missing');
    expect(ragunda.ratio).toBeNull();
    expect(ragunda.M).toBeGreaterThan(0);
  });

  it('reads a series of years with K, M and T for a municipality', async () => {
    const res = await reader.get('/api/statistics/series?kpi=N01951&area=2380');
    expect(res.status).toBe(200);
    expect(res.body.area).toEqual({ code: '2380', kind: 'municipality', name: 'Östersund kommun' });
    expect(res.body.points.map((p: { year: number }) => p.year)).toEqual(DEMO_YEARS);
    expect(res.body.points.at(-1)).toMatchObject({ year: 2024, T: 64979 });
    const outside = await reader.get('/api/statistics/series?kpi=N01951&area=0380');
    expect(outside.status).toBe(400);
    expect(outside.body.error.code).toBe('statistics.area_not_in_county');
  });

  it('a re-import from a date writes what changed and drops what the source deleted, the rest stays', async () => {
    const ragunda = source.item('N01951', '2303', 2024);
    ragunda.values.find((x) => x.gender === 'K')!.isdeleted = true;
    ragunda.updated = '2025-06-01';
    const ostersund = source.item('N01951', '2380', 2024);
    ostersund.values.find((x) => x.gender === 'T')!.value = 65000;
    ostersund.updated = '2025-06-01';
    const krokomBefore = of(await values('N01951', 2024), '2309');

    const done = await importAndRun({
      source: 'kolada',
      kpiIds: ['N01951'],
      years: [2024],
      areas: 'county',
      fromDate: '2025-06-01',
    });
    expect(done).toMatchObject({ status: 'done', rowsDeleted: 1, rowsWritten: 2 + 3, fromDate: '2025-06-01' });
    const v = await values('N01951', 2024);
    expect(of(v, '2303').K).toBeNull();
    expect(of(v, '2303').T).not.toBeNull();
    expect(of(v, '2380').T).toBe(65000);
    expect(of(v, '2309')).toEqual(krokomBefore);
  });

  it('a source that fails mid-import: whole KPIs and years or nothing, the import failed and retried later', async () => {
    source.item('N01951', '2380', 2023).values.find((x) => x.gender === 'T')!.value = 70000;
    source.item('U60900', '2380', 2023).values.find((x) => x.gender === 'T')!.value = 1;
    const u609Before = await values('U60900', 2023);
    source.state.failKpi = 'U60900';
    try {
      const failed = await importAndRun({
        source: 'kolada',
        kpiIds: ['N01951', 'U60900'],
        years: DEMO_YEARS,
        areas: 'county',
      });
      expect(failed).toMatchObject({
        status: 'failed',
        error: { code: 'statistics.source_unavailable' },
        progress: { done: 5, total: 10 },
      });
      // The first KPI is written whole; the failing one keeps the figures stored before.
      expect(of(await values('N01951', 2023), '2380').T).toBe(70000);
      const u609After = await values('U60900', 2023);
      for (const part of ['municipalities', 'region', 'country'] as const)
        expect(u609After[part]).toEqual(u609Before[part]);
      expect(of(u609Before, '2380').T).not.toBe(1);
      // The job runner will try again later, with the error written on the job.
      const [job] = await env.database.db.select().from(jobs).where(eq(jobs.key, failed.id));
      expect(job).toMatchObject({ name: 'statistics.import', state: 'queued', attempts: 1 });
      expect(job.lastError).toMatch(/kolada/);
      expect(job.runAt.getTime()).toBeGreaterThan(Date.now());
      const listed = await reader.get('/api/statistics/imports');
      expect(listed.body.items[0]).toMatchObject({ id: failed.id, status: 'failed' });
      expect(listed.body.abilities).toEqual({ create: false });
    } finally {
      source.state.failKpi = null;
    }
  }, 60_000);

  it('refuses a municipality code outside the county (400, naming it) and an unknown KPI (404)', async () => {
    const foreign = await coord.post('/api/statistics/imports', {
      source: 'kolada',
      kpiIds: ['N01951'],
      years: [2024],
      areas: ['2380', '0380'],
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error).toMatchObject({ code: 'statistics.area_not_in_county', details: { codes: ['0380'] } });
    expect(foreign.body.error.message).toContain('0380');

    const unknown = await coord.post('/api/statistics/imports', {
      source: 'kolada',
      kpiIds: ['N01951', 'X99999'],
      years: [2024],
      areas: 'county',
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ code: 'statistics.kpi_not_found', details: { ids: ['X99999'] } });
    expect(svErrors.errors.statistics.kpi_not_found).toContain('finns inte i Kolada');
  });

  it('anonymous gets 401; readers and members may read but not import; another county sees none of it', async () => {
    const body = { source: 'kolada', kpiIds: ['N01951'], years: [2024], areas: 'county' };
    expect((await anonymous.get('/api/statistics/values?kpi=N01951&year=2024')).status).toBe(401);
    expect((await anonymous.get('/api/statistics/imports')).status).toBe(401);
    expect((await anonymous.post('/api/statistics/imports', body)).status).toBe(401);
    const byReader = await reader.post('/api/statistics/imports', body);
    expect(byReader.status).toBe(403);
    expect(byReader.body.error.code).toBe('auth.forbidden');
    expect((await member.post('/api/statistics/imports', body)).status).toBe(403);

    const mine = await coord.get('/api/statistics/imports');
    expect(mine.body.abilities).toEqual({ create: true });
    expect(mine.body.total).toBeGreaterThanOrEqual(3);
    const theirs = await otherCoord.get('/api/statistics/imports');
    expect(theirs.body).toMatchObject({ items: [], total: 0 });
    expect((await otherCoord.get(`/api/statistics/imports/${mine.body.items[0].id}`)).status).toBe(403);
    const theirValues = await values('N01951', 2024, otherCoord);
    expect(theirValues.municipalities.map((m) => m.code)).toEqual(['0380']);
    expect(theirValues.country.T).toBeNull();
  });
});
