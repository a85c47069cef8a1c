import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import recordedPage from './fixtures/kolada-data.recorded.json' with { type: 'json' };
import { createKoladaClient, parseDataValues, parseEnvelope, type KoladaValueRow } from './kolada.js';
import { startFakeKolada, storeFromItems, type FakeKolada, type RawKpi } from './fake-kolada.js';
import { SourceError } from './http.js';
import { syntheticKpiId, syntheticMunicipalityId, syntheticStore, syntheticValue } from './synthetic.js';
import { COUNTRY, DEMO_KPIS, DEMO_MUNICIPALITIES, DEMO_REGION, DEMO_YEARS, demoKoladaStore } from './demo.js';

const key = (r: KoladaValueRow) => `${r.kpiId}|${r.municipalityId}|${r.period}|${r.gender}`;

/** A client whose sleeps are recorded, not waited. */
function clientFor(server: FakeKolada, extra: { perPage?: number; maxAttempts?: number } = {}) {
  const sleeps: number[] = [];
  const client = createKoladaClient({
    baseUrl: server.baseUrl,
    sleep: async (ms) => void sleeps.push(ms),
    ...extra,
  });
  return { client, sleeps };
}

describe('Kolada client against the local Kolada (demo data)', () => {
  let server: FakeKolada;
  beforeAll(async () => {
    server = await startFakeKolada({ store: demoKoladaStore() });
  });
  afterAll(() => server.close());

  it('searches KPIs by title and reads the metadata the pages need', async () => {
    const { client } = clientFor(server);
    const found = await client.searchKpis({ title: 'förvärvsarbetande' });
    expect(found.map((k) => k.id)).toEqual(['N00914']);
    expect(found[0]).toMatchObject({
      title: 'Förvärvsarbetande invånare 20-64 år, andel (%)',
      operatingArea: 'Arbetsmarknad',
      isDividedByGender: true,
      municipalityType: 'K',
    });
    const byArea = await client.searchKpis({ operatingArea: 'befolkning', onlyDividedByGender: true });
    expect(byArea.map((k) => k.id).sort()).toEqual(['N01801', 'N01951']);
  });

  it('fetches K, M and T for the municipalities, the region and the country', async () => {
    const { client } = clientFor(server);
    const municipalities = [...Object.keys(DEMO_MUNICIPALITIES), DEMO_REGION, COUNTRY];
    const { rows, deleted } = await client.fetchValues({ kpis: DEMO_KPIS, municipalities, years: DEMO_YEARS });
    expect(rows).toHaveLength(DEMO_KPIS.length * municipalities.length * DEMO_YEARS.length * 3);
    expect(deleted).toEqual([]);
    const ostersund2024 = rows.filter((r) => r.kpiId === 'N01951' && r.municipalityId === '2380' && r.period === 2024);
    const byGender = Object.fromEntries(ostersund2024.map((r) => [r.gender, r.value]));
    expect(byGender.T).toBe(64979);
    expect(byGender.K! + byGender.M!).toBe(64979);
  });

  it('keeps a missing value as missing: null with its status, never 0', async () => {
    const { client } = clientFor(server);
    const { rows } = await client.fetchValues({ kpis: ['U60900'], municipalities: ['2303'], years: [2022] });
    const girls = rows.find((r) => r.gender === 'K')!;
    expect(girls.value).toBeNull();
    expect(girls.value).not.toBe(0);
    expect(girls.status).toBe('Missing');
    expect(rows.find((r) => r.gender === 'M')!.value).toBeGreaterThan(0);
  });

  it('an unknown KPI is a typed not-found naming the id, from metadata and from data', async () => {
    const { client } = clientFor(server);
    const meta = await client.getKpis(['N00914', 'X99999']).catch((e: unknown) => e);
    expect(meta).toBeInstanceOf(SourceError);
    expect(meta).toMatchObject({ code: 'source.not_found', source: 'kolada', details: { ids: ['X99999'] } });
    const data = await client.fetchValues({ kpis: ['X99999'], municipalities: ['2380'] }).catch((e: unknown) => e);
    expect(data).toMatchObject({ code: 'source.not_found', details: { status: 404, ids: ['X99999'] } });
    // Not-found is an answer, not an outage: asked once, no retries.
    expect(server.requests.filter((r) => r.includes('X99999'))).toHaveLength(2);
  });
});

describe('paging, splitting and retries', () => {
  const shape = { kpis: 30, municipalities: 30, years: 3, firstYear: 2020 };
  let server: FakeKolada;
  beforeAll(async () => {
    server = await startFakeKolada({ store: syntheticStore(shape) });
  });
  afterAll(() => server.close());
  const kpis = Array.from({ length: shape.kpis }, (_, i) => syntheticKpiId(i));
  const municipalities = Array.from({ length: shape.municipalities }, (_, i) => syntheticMunicipalityId(i));

  it('asks for at most 25 ids per path segment, splitting longer lists', async () => {
    server.requests.length = 0;
    const { client } = clientFor(server);
    const { rows } = await client.fetchValues({ kpis, municipalities, years: [2020, 2021, 2022] });
    expect(rows).toHaveLength(30 * 30 * 3 * 3);
    expect(new Set(rows.map(key)).size).toBe(rows.length);
    const segments = server.requests.map((r) => r.split('?')[0].split('/'));
    expect(segments).toHaveLength(4); // 25 + 5 KPIs × 25 + 5 municipalities
    for (const s of segments) {
      expect(s[s.indexOf('kpi') + 1].split(',').length).toBeLessThanOrEqual(25);
      expect(s[s.indexOf('municipality') + 1].split(',').length).toBeLessThanOrEqual(25);
    }
  });

  it('follows next_url to the last page, and the server refuses 26 ids', async () => {
    server.requests.length = 0;
    const { client } = clientFor(server, { perPage: 7 });
    const { rows } = await client.fetchValues({
      kpis: kpis.slice(0, 2),
      municipalities: municipalities.slice(0, 10),
      years: [2020],
    });
    expect(rows).toHaveLength(2 * 10 * 3);
    expect(server.requests).toHaveLength(3); // 20 items at 7 a page
    expect(server.requests[1]).toContain('page=2');
    const raw = await fetch(`${server.baseUrl}/data/kpi/${kpis.slice(0, 26).join(',')}/year/2020`);
    expect(raw.status).toBe(400);
  });

  it('survives a page break in the middle: the broken page is asked again and nothing is lost or doubled', async () => {
    server.requests.length = 0;
    const { client, sleeps } = clientFor(server, { perPage: 10 });
    server.breakNextPage(3);
    const { rows } = await client.fetchValues({
      kpis: kpis.slice(0, 5),
      municipalities: municipalities.slice(0, 10),
      years: [2021],
    });
    expect(rows).toHaveLength(5 * 10 * 3);
    expect(new Set(rows.map(key)).size).toBe(rows.length);
    expect(server.requests.filter((r) => r.includes('page=3'))).toHaveLength(2);
    expect(sleeps).toHaveLength(1);
    const one = rows.find((r) => r.kpiId === 'S00003' && r.municipalityId === '0007' && r.gender === 'M')!;
    expect(one.value).toBe(syntheticValue('S00003', '0007', 2021, 1));
  });

  it('waits as a 429 says (Retry-After) and then succeeds', async () => {
    const { client, sleeps } = clientFor(server);
    server.failNext(429, { retryAfter: '3' });
    const { rows } = await client.fetchValues({ kpis: ['S00001'], municipalities: ['0001'], years: [2020] });
    expect(rows).toHaveLength(3);
    expect(sleeps).toEqual([3000]);
  });

  it('retries 5xx with growing backoff, then fails with a typed unavailable after the last try', async () => {
    const { client, sleeps } = clientFor(server, { maxAttempts: 4 });
    server.failNext(502, { times: 2 });
    const ok = await client.fetchValues({ kpis: ['S00001'], municipalities: ['0001'], years: [2020] });
    expect(ok.rows).toHaveLength(3);
    expect(sleeps).toEqual([500, 1000]);

    sleeps.length = 0;
    server.failNext(503, { times: 4 });
    const err = await client.fetchValues({ kpis: ['S00001'], municipalities: ['0001'] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect(err).toMatchObject({ code: 'source.unavailable', details: { status: 503, attempts: 4 } });
    expect(sleeps).toEqual([500, 1000, 2000]);
  });
});

describe('changed since a date, deleted rows', () => {
  const kpi: RawKpi = {
    id: 'N00914',
    title: 'Förvärvsarbetande invånare 20-64 år, andel (%)',
    description: '',
    operating_area: 'Arbetsmarknad',
    is_divided_by_gender: 1,
    municipality_type: 'K',
  };
  const v = (gender: 'K' | 'M' | 'T', value: number | null, isdeleted = false) => ({
    gender,
    value,
    status: value === null ? 'Missing' : '',
    count: 1,
    isdeleted,
  });
  let server: FakeKolada;
  beforeAll(async () => {
    server = await startFakeKolada({
      store: storeFromItems(
        [kpi],
        [
          {
            kpi: 'N00914',
            municipality: '2380',
            period: 2022,
            updated: '2024-11-01',
            values: [v('K', 82), v('M', 84), v('T', 83)],
          },
          {
            kpi: 'N00914',
            municipality: '2380',
            period: 2023,
            updated: '2025-11-20',
            values: [v('K', 83.1), v('M', 84.6, true), v('T', 83.9)],
          },
          {
            kpi: 'N00914',
            municipality: '2303',
            period: 2023,
            updated: '2025-11-20',
            values: [v('K', null), v('M', 81), v('T', 80.2)],
          },
        ],
      ),
    });
  });
  afterAll(() => server.close());

  it('asks with from_date and gets only what changed on or after it', async () => {
    server.requests.length = 0;
    const { client } = clientFor(server);
    const { rows, deleted } = await client.fetchValues({
      kpis: ['N00914'],
      municipalities: ['2380', '2303'],
      years: [2022, 2023],
      fromDate: '2025-01-01',
    });
    expect(server.requests[0]).toContain('from_date=2025-01-01');
    expect(rows.map(key).sort()).toEqual(
      [
        'N00914|2303|2023|K',
        'N00914|2303|2023|M',
        'N00914|2303|2023|T',
        'N00914|2380|2023|K',
        'N00914|2380|2023|T',
      ].sort(),
    );
    // The deleted value is dropped from the rows and named, so a stored copy can drop it too.
    expect(deleted).toEqual([{ kpiId: 'N00914', municipalityId: '2380', period: 2023, gender: 'M' }]);
    expect(rows.find((r) => r.municipalityId === '2303' && r.gender === 'K')!.value).toBeNull();
  });

  it('without from_date a deleted value is simply absent', async () => {
    const { client } = clientFor(server);
    const { rows, deleted } = await client.fetchValues({ kpis: ['N00914'], municipalities: ['2380'], years: [2023] });
    expect(rows.map((r) => r.gender).sort()).toEqual(['K', 'T']);
    expect(deleted).toEqual([]);
  });

  it('refuses a from_date that is not a calendar date', async () => {
    const { client } = clientFor(server);
    await expect(
      client.fetchValues({ kpis: ['N00914'], municipalities: ['2380'], fromDate: '1/1/2025' }),
    ).rejects.toThrow(RangeError);
  });
});

describe('the recorded answer (fixtures/kolada-data.recorded.json)', () => {
  it('parses into rows per gender, with the deleted one set apart and the missing one null', () => {
    const url = 'https://api.kolada.se/v3/data/kpi/N00914/municipality/2380,2303/year/2023,2024';
    const env = parseEnvelope(recordedPage, url);
    expect(env.next).toContain('page=2');
    const { rows, deleted } = parseDataValues(env.values, url);
    expect(rows).toHaveLength(8);
    expect(deleted).toEqual([{ kpiId: 'N00914', municipalityId: '2380', period: 2024, gender: 'M' }]);
    expect(rows.find((r) => r.municipalityId === '2303' && r.gender === 'K')).toEqual({
      kpiId: 'N00914',
      municipalityId: '2303',
      period: 2024,
      gender: 'K',
      value: null,
      status: 'Missing',
      count: 1,
    });
    expect(rows.find((r) => r.municipalityId === '2380' && r.period === 2023 && r.gender === 'T')!.value).toBe(83.9);
  });

  it("takes v2's next_page as well as v3's next_url, relative or absolute", () => {
    const url = 'http://local/v3/kpi';
    expect(parseEnvelope({ values: [], next_page: '/v3/kpi?page=2' }, url).next).toBe('http://local/v3/kpi?page=2');
    expect(parseEnvelope({ values: [], next_url: null }, url).next).toBeNull();
    expect(() => parseEnvelope({ rows: [] }, url)).toThrow(SourceError);
  });
});
