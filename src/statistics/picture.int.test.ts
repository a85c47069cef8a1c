import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { Client, engines, startTestEnv, type TestEnv } from '../test/harness.js';
import { makeOrganisation, makeUser } from '../test/factories.js';
import { counties } from '../counties/schema.js';
import { readDocx, readPdf, squash } from '../documents/read-back.js';
import { startFakeKolada, type FakeKolada } from './sources/fake-kolada.js';
import { DEMO_MUNICIPALITIES, DEMO_YEARS, demoKoladaStore } from './sources/demo.js';
import { statisticsValues } from './schema.js';
import { countyGeometry } from './map/index.js';

type Figures = { K: number | null; M: number | null; T: number | null; ratio: number | null };
type Area = Figures & { code: string; name: string | null; demo: boolean };
type Average = Figures & { count: { K: number; M: number; T: number }; of: number };
type Values = {
  municipalities: Area[];
  region: Area;
  country: Area;
  countyAverage: Average;
  fetchedAt: string | null;
  demo: boolean;
};
const mean = (xs: (number | null)[]) => {
  const ys = xs.filter((x): x is number => x !== null);
  return ys.reduce((a, b) => a + b, 0) / ys.length;
};

describe.each(engines)(
  'statistics: the county’s picture (KPIs stored, county average, map, Word/PDF) on %s',
  (engine) => {
    let env: TestEnv;
    let kolada: FakeKolada;
    let reader: Client;
    let member: Client;
    let otherReader: Client;
    let anonymous: Client;

    beforeAll(async () => {
      kolada = await startFakeKolada({ store: demoKoladaStore() });
      env = await startTestEnv(engine, { KOLADA_BASE_URL: kolada.baseUrl });
      const db = env.database.db;
      const [county] = await db.insert(counties).values({ code: '23', name: 'Jämtlands län' }).returning();
      const [other] = await db.insert(counties).values({ code: '03', name: 'Uppsala län' }).returning();
      const region = await makeOrganisation(db, county.id, { name: 'Region Jämtland Härjedalen', type: 'region' });
      for (const [code, m] of Object.entries(DEMO_MUNICIPALITIES))
        await makeOrganisation(db, county.id, {
          name: `${m.name} kommun`,
          type: 'municipality',
          municipalityCode: code,
        });
      const uppsala = await makeOrganisation(db, other.id, {
        name: 'Uppsala kommun',
        type: 'municipality',
        municipalityCode: '0380',
      });
      const coord = await new Client(env.app).login((await makeUser(db, region.id, county.id, 'coordinator')).email);
      reader = await new Client(env.app).login((await makeUser(db, region.id, county.id, 'reader')).email);
      member = await new Client(env.app).login((await makeUser(db, region.id, county.id, 'member')).email);
      otherReader = await new Client(env.app).login((await makeUser(db, uppsala.id, other.id, 'reader')).email);
      anonymous = new Client(env.app);
      const queued = await coord.post('/api/statistics/imports', {
        source: 'kolada',
        kpiIds: ['N01951', 'U60900'],
        years: DEMO_YEARS,
        areas: 'county',
      });
      expect(queued.status).toBe(201);
      await env.jobs.drain();
      expect((await coord.get(`/api/statistics/imports/${queued.body.id}`)).body.status).toBe('done');
    }, 600_000);
    afterAll(async () => {
      await env?.close();
      await kolada?.close();
    });

    it('lists the KPIs the county has figures for, with years and the gender split; another county has none', async () => {
      const res = await member.get('/api/statistics/county-kpis');
      expect(res.status).toBe(200);
      expect(res.body.items.map((k: { id: string }) => k.id).sort()).toEqual(['N01951', 'U60900']);
      for (const k of res.body.items)
        expect(k).toMatchObject({ source: 'kolada', years: DEMO_YEARS, isDividedByGender: true, demo: false });
      expect((await otherReader.get('/api/statistics/county-kpis')).body).toEqual({ items: [] });
      expect((await anonymous.get('/api/statistics/county-kpis')).status).toBe(401);
    });

    it('gives the county’s average beside the region and the country: a mean of those with a value, missing left out', async () => {
      const res = await reader.get('/api/statistics/values?kpi=U60900&year=2022');
      expect(res.status).toBe(200);
      const v = res.body as Values;
      const ragunda = v.municipalities.find((m) => m.code === '2303')!;
      expect(ragunda.K).toBeNull(); // the demo's missing value: it must not count as 0
      expect(v.countyAverage.count).toEqual({ K: 7, M: 8, T: 8 });
      expect(v.countyAverage.of).toBe(8);
      expect(v.countyAverage.K).toBeCloseTo(mean(v.municipalities.map((m) => m.K)), 3);
      expect(v.countyAverage.M).toBeCloseTo(mean(v.municipalities.map((m) => m.M)), 3);
      expect(v.countyAverage.T).toBeCloseTo(mean(v.municipalities.map((m) => m.T)), 3);
      expect(v.countyAverage.ratio).toBeCloseTo(v.countyAverage.K! / v.countyAverage.M!, 2);
      expect(v.region.T).not.toBeNull();
      expect(v.country.T).not.toBeNull();
      expect(v.fetchedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(v.demo).toBe(false);
      expect(v.municipalities.every((m) => m.demo === false)).toBe(true);

      const empty = (await reader.get('/api/statistics/values?kpi=U60900&year=2010')).body as Values;
      expect(empty.countyAverage).toMatchObject({
        K: null,
        M: null,
        T: null,
        ratio: null,
        count: { K: 0, M: 0, T: 0 },
      });
      expect(empty.fetchedAt).toBeNull();
    });

    it('a series has the area’s K, M and T and, beside it, the region, the county’s average and the country per year', async () => {
      const res = await reader.get('/api/statistics/series?kpi=N01951&area=2309');
      expect(res.status).toBe(200);
      expect(res.body.area).toEqual({ code: '2309', kind: 'municipality', name: 'Krokom kommun' });
      expect(res.body.points.map((p: { year: number }) => p.year)).toEqual(DEMO_YEARS);
      const { region, countyAverage, country } = res.body.comparison;
      expect(region.map((p: { year: number }) => p.year)).toEqual(DEMO_YEARS);
      expect(country.map((p: { year: number }) => p.year)).toEqual(DEMO_YEARS);
      expect(countyAverage).toHaveLength(DEMO_YEARS.length);
      const year2024 = (await reader.get('/api/statistics/values?kpi=N01951&year=2024')).body as Values;
      expect(countyAverage.at(-1)).toEqual({ year: 2024, ...year2024.countyAverage });
      expect(country.at(-1).T).toBe(year2024.country.T);
      expect(res.body.demo).toBe(false);

      const outside = await reader.get('/api/statistics/series?kpi=N01951&area=0380');
      expect(outside.status).toBe(400);
      expect(outside.body.error.code).toBe('statistics.area_not_in_county');
      const unknown = await reader.get('/api/statistics/series?kpi=X99999&area=2309');
      expect(unknown.status).toBe(404);
    });

    it('marks demo figures as demo in the values, series and KPI list', async () => {
      await env.database.db
        .update(statisticsValues)
        .set({ demo: true })
        .where(and(eq(statisticsValues.year, 2021), eq(statisticsValues.areaCode, '2380')));
      const v = (await reader.get('/api/statistics/values?kpi=N01951&year=2021')).body as Values;
      expect(v.demo).toBe(true);
      expect(v.municipalities.find((m) => m.code === '2380')!.demo).toBe(true);
      expect(v.municipalities.find((m) => m.code === '2309')!.demo).toBe(false);
      expect((await reader.get('/api/statistics/values?kpi=N01951&year=2022')).body.demo).toBe(false);
      const s = (await reader.get('/api/statistics/series?kpi=N01951&area=2380')).body;
      expect(s.demo).toBe(true);
      expect(s.points.map((p: { demo: boolean }) => p.demo)).toEqual([false, true, false, false, false]);
      const kpis = (await reader.get('/api/statistics/county-kpis')).body.items;
      expect(kpis.every((k: { demo: boolean }) => k.demo)).toBe(true);
      await env.database.db.update(statisticsValues).set({ demo: false });
    });

    it('gives each county its own map shapes in the documents’ projection', async () => {
      const res = await reader.get('/api/statistics/map-shapes');
      expect(res.status).toBe(200);
      const geometry = countyGeometry('23');
      expect(res.body).toMatchObject({ countyCode: '23', width: geometry.width, height: geometry.height });
      expect(res.body.viewBox).toBe(`0 0 ${geometry.width} ${geometry.height}`);
      expect(res.body.areas.map((a: { code: string }) => a.code).sort()).toEqual(
        Object.keys(DEMO_MUNICIPALITIES).sort(),
      );
      expect(res.body.areas[0].d).toMatch(/^M[\d.]+ [\d.]+l/);
      const uppsala = (await otherReader.get('/api/statistics/map-shapes')).body;
      expect(uppsala.countyCode).toBe('03');
      expect(uppsala.areas.length).toBeGreaterThan(0);
      expect((await anonymous.get('/api/statistics/map-shapes')).status).toBe(401);
    });

    it('downloads the picture as Word and PDF with the map, the table, the source and the date', async () => {
      const download = async (url: string) => {
        const res = await env.app.inject({
          method: 'GET',
          url,
          headers: { cookie: [...reader.cookies].map(([k, c]) => `${k}=${c}`).join('; ') },
        });
        return { status: res.statusCode, headers: res.headers, raw: res.rawPayload };
      };
      const v = (await reader.get('/api/statistics/values?kpi=U60900&year=2022')).body as Values;
      const date = v.fetchedAt!.slice(0, 10);
      const docx = await download('/api/statistics/picture?kpi=U60900&year=2022&format=docx&mode=ratio');
      expect(docx.status).toBe(200);
      expect(docx.headers['content-type']).toContain('wordprocessingml');
      expect(docx.headers['content-disposition']).toContain('lanets-bild-u60900-2022-kvot.docx');
      const word = await readDocx(docx.raw);
      expect(word.media.length).toBeGreaterThanOrEqual(1); // the map as a picture
      expect(word.text).toContain('Länets bild');
      expect(word.text).toContain('Källa: Kolada');
      expect(word.text).toContain(date);
      expect(word.text).toContain('Ragunda kommun');
      expect(word.text).toContain('uppgift saknas');
      expect(word.text).toContain('Länets medelvärde (medel av Kvinnor 7, Män 8, Totalt 8 av 8 kommuner)');
      expect(word.text).toContain('kvinnor/män (1 = jämställt)');

      const pdf = await download('/api/statistics/picture?kpi=N01951&year=2024&format=pdf&lang=en');
      expect(pdf.status).toBe(200);
      expect(pdf.headers['content-type']).toContain('application/pdf');
      expect(pdf.headers['content-disposition']).toContain('county-picture-n01951-2024.pdf');
      const read = await readPdf(pdf.raw);
      expect(read.text).toContain('Source: Kolada');
      expect(squash(read.text)).toContain(squash('Östersund kommun'));
      expect(squash(read.text)).toContain(squash('64,979'));
      expect(squash(read.text)).toContain('Countyaverage');
      expect(read.info.Title).toMatch(/county’s picture/);

      const bad = await reader.get('/api/statistics/picture?kpi=N01951&year=2024&format=odt');
      expect(bad.status).toBe(400);
      expect((await reader.get('/api/statistics/picture?kpi=X99999&year=2024&format=pdf')).status).toBe(404);
      expect((await anonymous.get('/api/statistics/picture?kpi=N01951&year=2024&format=pdf')).status).toBe(401);
    }, 120_000);
  },
);
