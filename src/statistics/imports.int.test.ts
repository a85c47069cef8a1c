import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { Client, engines, startTestEnv, type TestEnv } from '../test/harness.js';
import { makeOrganisation, makeUser } from '../test/factories.js';
import { counties } from '../counties/schema.js';
import { jobs } from '../platform/jobs/schema.js';
import { auditLog } from '../audit/schema.js';
import { statisticsKpis, statisticsValues } from './schema.js';
import { startFakeKolada, type FakeKolada } from './sources/fake-kolada.js';
import { startFakeScb, type FakeScb } from './sources/fake-scb.js';
import { DEMO_MUNICIPALITIES, DEMO_YEARS, demoKoladaStore, demoScbTables, demoValues } from './sources/demo.js';
import { queueReimports } from './jobs.js';

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');
const MAPPING = {
  kpiColumn: 'Nyckeltal',
  kpiName: null,
  areaColumn: 'Kommunkod',
  yearColumn: 'År',
  genderColumn: 'Kön',
  valueColumn: 'Värde',
  genderColumns: null,
};

describe.each(engines)('statistics: SCB imports, uploads and the daily re-import on %s', (engine) => {
  let env: TestEnv;
  let kolada: FakeKolada;
  let scb: FakeScb;
  let coord: Client;
  let reader: Client;
  let anonymous: Client;
  let countyId: string;

  const stored = async (source: string, sourceId: string) => {
    const db = env.database.db;
    const [kpi] = await db
      .select()
      .from(statisticsKpis)
      .where(and(eq(statisticsKpis.source, source), eq(statisticsKpis.sourceId, sourceId)));
    if (!kpi) return [];
    return db.select().from(statisticsValues).where(eq(statisticsValues.kpiId, kpi.id));
  };

  beforeAll(async () => {
    kolada = await startFakeKolada({ store: demoKoladaStore(), maxPerPage: 20 });
    scb = await startFakeScb({ tables: demoScbTables() });
    env = await startTestEnv(engine, { KOLADA_BASE_URL: kolada.baseUrl, SCB_BASE_URL: scb.baseUrl });
    const db = env.database.db;
    const [county] = await db.insert(counties).values({ code: '23', name: 'Jämtlands län' }).returning();
    countyId = county.id;
    const region = await makeOrganisation(db, county.id, { name: 'Region Jämtland Härjedalen', type: 'region' });
    for (const [code, m] of Object.entries(DEMO_MUNICIPALITIES))
      await makeOrganisation(db, county.id, { name: `${m.name} kommun`, type: 'municipality', municipalityCode: code });
    coord = await new Client(env.app).login((await makeUser(db, region.id, county.id, 'coordinator')).email);
    reader = await new Client(env.app).login((await makeUser(db, region.id, county.id, 'reader')).email);
    anonymous = new Client(env.app);
    await anonymous.get('/api/auth/session');
  }, 600_000);
  afterAll(async () => {
    await env?.close();
    await kolada?.close();
    await scb?.close();
  });

  it('reads an SCB table’s variables; an unknown table is a 404 naming it', async () => {
    const res = await coord.get('/api/statistics/scb/tables/TAB638');
    expect(res.status).toBe(200);
    expect(res.body.variables.map((v: { code: string }) => v.code)).toEqual(['Region', 'Kon', 'ContentsCode', 'Tid']);
    expect(res.body.variables.find((v: { code: string }) => v.code === 'Kon').isSex).toBe(true);
    const unknown = await coord.get('/api/statistics/scb/tables/TAB999');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ code: 'statistics.table_not_found', details: { ids: ['TAB999'] } });
    expect(unknown.body.error.message).toContain('TAB999');
    // A name every JavaScript object has is no table either (the fuzz test once found the local SCB answering it).
    expect((await coord.get('/api/statistics/scb/tables/valueOf')).status).toBe(404);
    expect((await reader.get('/api/statistics/scb/tables/TAB638')).status).toBe(403);
  });

  it('imports an SCB selection by K/M/T through a 429 and a broken answer, stored as a KPI of source scb', async () => {
    const queued = await coord.post('/api/statistics/imports', {
      source: 'scb',
      tableId: 'TAB638',
      selection: {
        Region: ['00', '23', '2380', '2303'],
        Kon: ['1', '2', '1+2'],
        ContentsCode: ['BE0101N1'],
        Tid: ['2023', '2024'],
      },
    });
    expect(queued.status).toBe(201);
    expect(queued.body).toMatchObject({ kind: 'scb', what: 'TAB638', status: 'queued', progress: { total: 2 } });
    scb.failNext(429, { retryAfter: '0' });
    await env.jobs.drain(); // wait: the 429 hits the metadata; the break hits a data answer below
    const first = (await coord.get(`/api/statistics/imports/${queued.body.id}`)).body;
    expect(first).toMatchObject({ status: 'done', progress: { done: 2, total: 2 }, rowsWritten: 2 * 4 * 3 });

    const again = await coord.post('/api/statistics/imports', {
      source: 'scb',
      tableId: 'TAB638',
      selection: {
        Region: ['2380'],
        Kon: ['1', '2', '1+2'],
        ContentsCode: ['BE0101N1'],
        Tid: ['2022', '2023', '2024'],
      },
    });
    scb.breakNextData();
    const before = scb.requests.length;
    await env.jobs.drain();
    expect((await coord.get(`/api/statistics/imports/${again.body.id}`)).body).toMatchObject({ status: 'done' });
    // Three years, three data requests, one of them broken halfway and asked again.
    expect(scb.requests.slice(before).filter((r) => r.startsWith('POST'))).toHaveLength(4);

    const values = await stored('scb', 'TAB638.BE0101N1');
    const of = (area: string, year: number, g: string) =>
      values.find((v) => v.areaCode === area && v.year === year && v.gender === g);
    const [k, m, t] = demoValues('N01951', '2380', 2024);
    expect(Number(of('2380', 2024, 'K')!.value)).toBe(k);
    expect(Number(of('2380', 2024, 'M')!.value)).toBe(m);
    expect(Number(of('2380', 2024, 'T')!.value)).toBe(t);
    expect(of('0023', 2024, 'T')).toBeDefined();
    expect(of('0000', 2023, 'T')).toBeDefined();
    const [kpi] = await env.database.db
      .select()
      .from(statisticsKpis)
      .where(eq(statisticsKpis.sourceId, 'TAB638.BE0101N1'));
    expect(kpi).toMatchObject({ source: 'scb', dividedByGender: true });
    expect(kpi.title).toMatch(/Folkmängd/);
    // The county's picture shows SCB's figures as SCB's.
    const year = await coord.get('/api/statistics/values?source=scb&kpi=TAB638.BE0101N1&year=2024');
    expect(year.status).toBe(200);
    expect(year.body.municipalities.find((a: { code: string }) => a.code === '2380')).toMatchObject({
      K: k,
      M: m,
      T: t,
      source: 'SCB',
    });
  }, 60_000);

  it('refuses a selection SCB would refuse (400) and a municipality outside the county (400)', async () => {
    const wrongValue = await coord.post('/api/statistics/imports', {
      source: 'scb',
      tableId: 'TAB638',
      selection: { Region: ['2380'], Kon: ['9'], ContentsCode: ['BE0101N1'], Tid: ['2024'] },
    });
    expect(wrongValue.status).toBe(400);
    expect(wrongValue.body.error).toMatchObject({ code: 'statistics.selection_refused', details: { variable: 'Kon' } });
    const missing = await coord.post('/api/statistics/imports', {
      source: 'scb',
      tableId: 'TAB638',
      selection: { Region: ['2380'], ContentsCode: ['BE0101N1'], Tid: ['2024'] },
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('statistics.selection_refused');
    const unknown = await coord.post('/api/statistics/imports', {
      source: 'scb',
      tableId: 'NOPE1',
      selection: { Region: ['2380'] },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('statistics.table_not_found');
  });

  it('an SCB source that is down: the import fails visibly, is retried, and the figures stored stay', async () => {
    const before = await stored('scb', 'TAB638.BE0101N1');
    const queued = await coord.post('/api/statistics/imports', {
      source: 'scb',
      tableId: 'TAB638',
      selection: { Region: ['2380'], Kon: ['1+2'], ContentsCode: ['BE0101N1'], Tid: ['2024'] },
    });
    scb.failNext(503, { times: 5, retryAfter: '0' });
    await env.jobs.drain();
    const failed = (await coord.get(`/api/statistics/imports/${queued.body.id}`)).body;
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'statistics.source_unavailable' }, attempts: 1 });
    const listed = await coord.get('/api/statistics/imports');
    expect(listed.body.items.find((i: { id: string }) => i.id === queued.body.id).status).toBe('failed');
    expect((await stored('scb', 'TAB638.BE0101N1')).length).toBe(before.length);
    const [job] = await env.database.db.select().from(jobs).where(eq(jobs.key, queued.body.id));
    expect(job).toMatchObject({ state: 'queued', attempts: 1 });
    // The retry, when its time comes, succeeds.
    await env.database.db
      .update(jobs)
      .set({ runAt: new Date(Date.now() - 1000) })
      .where(eq(jobs.id, job.id));
    await env.jobs.drain();
    expect((await coord.get(`/api/statistics/imports/${queued.body.id}`)).body).toMatchObject({
      status: 'done',
      attempts: 2,
      error: null,
    });
  }, 60_000);

  it('an upload (CSV, Windows-1252, ;, decimal comma) is mapped, checked and stored in one go; the mapping is saved', async () => {
    const csv = [
      'Nyckeltal;Kommunkod;År;Kön;Värde',
      'Andel trygga i området;2380;2024;K;71,5',
      'Andel trygga i området;2380;2024;M;80,25',
      'Andel trygga i området;2303;2024;T;..',
      'Andel trygga i området;0023;2024;T;1 234,5',
    ].join('\r\n');
    const content = b64(Buffer.from(csv, 'latin1'));
    const preview = await coord.post('/api/statistics/uploads/preview', {
      fileName: 'trygghet.csv',
      content,
      sourceName: 'Polisen',
      mapping: MAPPING,
    });
    expect(preview.status).toBe(200);
    expect(preview.body.columns).toEqual(['Nyckeltal', 'Kommunkod', 'År', 'Kön', 'Värde']);
    expect(preview.body.problems).toEqual([]);
    expect(preview.body.figures).toBe(4);
    const res = await coord.post('/api/statistics/uploads', {
      fileName: 'trygghet.csv',
      content,
      sourceName: 'Polisen',
      mapping: MAPPING,
      saveMapping: true,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'upload', what: 'trygghet.csv', status: 'done', rowsWritten: 4 });
    const [kpi] = await env.database.db
      .select()
      .from(statisticsKpis)
      .where(eq(statisticsKpis.title, 'Andel trygga i området'));
    const values = await env.database.db.select().from(statisticsValues).where(eq(statisticsValues.kpiId, kpi.id));
    const v = (area: string, g: string) => values.find((x) => x.areaCode === area && x.gender === g)!;
    expect(Number(v('2380', 'K').value)).toBe(71.5);
    expect(Number(v('2380', 'M').value)).toBe(80.25);
    expect(v('2303', 'T').value).toBeNull(); // ".." is missing, never 0
    expect(Number(v('0023', 'T').value)).toBe(1234.5);
    // The county's picture offers the uploaded KPI beside Kolada's, its figures named by their source.
    const listed = (await coord.get('/api/statistics/county-kpis')).body.items.find(
      (k: { source: string }) => k.source === 'upload',
    );
    expect(listed).toMatchObject({ id: kpi.sourceId, title: 'Andel trygga i området', years: [2024] });
    const year = await coord.get(`/api/statistics/values?source=upload&kpi=${kpi.sourceId}&year=2024`);
    expect(year.status).toBe(200);
    const bergs = year.body.municipalities.find((m: { code: string }) => m.code === '2380');
    expect(bergs).toMatchObject({ K: 71.5, M: 80.25, source: 'Polisen' });
    expect(year.body.region).toMatchObject({ code: '0023', T: 1234.5 });
    const series = await coord.get(`/api/statistics/series?source=upload&kpi=${kpi.sourceId}&area=2380`);
    expect(series.body).toMatchObject({ source: 'Polisen', points: [{ year: 2024, K: 71.5, M: 80.25 }] });
    // Asked as a Kolada KPI, the same id is not found.
    expect((await coord.get(`/api/statistics/values?kpi=${kpi.sourceId}&year=2024`)).status).toBe(404);
    const word = await coord.get(`/api/statistics/picture?source=upload&kpi=${kpi.sourceId}&year=2024&format=docx`);
    expect(word.status).toBe(200);
    // The saved mapping is offered for the next file of the same source.
    const next = await coord.post('/api/statistics/uploads/preview', {
      fileName: 'b.csv',
      content,
      sourceName: 'Polisen',
    });
    expect(next.body).toMatchObject({ mappingSaved: true, mapping: MAPPING, figures: 4 });
    expect((await coord.get('/api/statistics/upload-mappings')).body.items[0]).toMatchObject({ sourceName: 'Polisen' });
    const audited = await env.database.db.select().from(auditLog).where(eq(auditLog.entityId, res.body.id));
    expect(audited).toHaveLength(1);
  });

  it('an upload with bad rows is a 400 listing rows and columns, and nothing is stored', async () => {
    const csv = [
      'Nyckeltal,Kommunkod,År,K,M,T',
      'Andel med fritidsjobb,2380,2024,12.5,11,–',
      'Andel med fritidsjobb,0380,2024,1,2,3',
      'Andel med fritidsjobb,2309,20x4,abc,2,',
    ].join('\n');
    const body = {
      fileName: 'fritid.csv',
      content: b64(csv),
      sourceName: 'Kommunerna',
      mapping: { ...MAPPING, genderColumn: null, valueColumn: null, genderColumns: { K: 'K', M: 'M', T: 'T' } },
    };
    const res = await coord.post('/api/statistics/uploads', body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('statistics.upload_invalid');
    expect(res.body.error.details.problems).toEqual([
      { row: 3, column: 'Kommunkod', code: 'area_not_in_county', value: '0380' },
      { row: 4, column: 'År', code: 'bad_year', value: '20x4' },
      { row: 4, column: 'K', code: 'not_a_number', value: 'abc' },
    ]);
    const none = await env.database.db
      .select()
      .from(statisticsKpis)
      .where(eq(statisticsKpis.title, 'Andel med fritidsjobb'));
    expect(none).toHaveLength(0);
    const preview = await coord.post('/api/statistics/uploads/preview', body);
    expect(preview.body.problems).toHaveLength(3);
    expect((await reader.post('/api/statistics/uploads', body)).status).toBe(403);
    expect((await anonymous.post('/api/statistics/uploads', body)).status).toBe(401);
  });

  it('an Excel (.xlsx) upload is read from its first sheet', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Data');
    sheet.addRow(['Kommunkod', 'År', 'Kvinnor', 'Män']);
    sheet.addRow([2380, 2023, 55.5, 44]);
    sheet.addRow(['2309', 2023, '..', 40]);
    const content = b64(Buffer.from(await book.xlsx.writeBuffer()));
    const res = await coord.post('/api/statistics/uploads', {
      fileName: 'halsa.xlsx',
      content,
      sourceName: 'Folkhälsomyndigheten',
      mapping: {
        kpiColumn: null,
        kpiName: 'Självskattad god hälsa',
        areaColumn: 'Kommunkod',
        yearColumn: 'År',
        genderColumn: null,
        valueColumn: null,
        genderColumns: { K: 'Kvinnor', M: 'Män', T: null },
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'upload', rowsWritten: 4 });
    const [kpi] = await env.database.db
      .select()
      .from(statisticsKpis)
      .where(eq(statisticsKpis.title, 'Självskattad god hälsa'));
    const values = await env.database.db.select().from(statisticsValues).where(eq(statisticsValues.kpiId, kpi.id));
    expect(values.find((v) => v.areaCode === '2309' && v.gender === 'K')!.value).toBeNull();
    expect(Number(values.find((v) => v.areaCode === '2380' && v.gender === 'K')!.value)).toBe(55.5);
    const broken = await coord.post('/api/statistics/uploads/preview', {
      fileName: 'x.xlsx',
      content: b64('PK not a zip'),
      sourceName: 'X',
    });
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('statistics.upload_unreadable');
  });

  it('the daily re-import queues each Kolada import again from the last successful date, listed as scheduled', async () => {
    const first = await coord.post('/api/statistics/imports', {
      source: 'kolada',
      kpiIds: ['N01951'],
      years: DEMO_YEARS,
      areas: 'county',
    });
    await env.jobs.drain();
    const done = (await coord.get(`/api/statistics/imports/${first.body.id}`)).body;
    expect(done.status).toBe('done');
    const before = kolada.requests.length;
    const queued = await queueReimports(env.database.db);
    expect(queued).toBe(1);
    const list = (await coord.get('/api/statistics/imports')).body.items;
    const scheduled = list.find((i: { scheduled: boolean }) => i.scheduled);
    expect(scheduled).toMatchObject({ kind: 'kolada', kpiIds: ['N01951'], fromDate: done.finishedAt.slice(0, 10) });
    await env.jobs.drain();
    expect((await coord.get(`/api/statistics/imports/${scheduled.id}`)).body.status).toBe('done');
    expect(kolada.requests.slice(before).some((r) => r.includes(`from_date=${done.finishedAt.slice(0, 10)}`))).toBe(
      true,
    );
    const audited = await env.database.db.select().from(auditLog).where(eq(auditLog.entityId, scheduled.id));
    expect(audited[0]).toMatchObject({ actorName: 'system', countyId });
    // No route starts it: the schedule is the job runner's alone.
    expect((await anonymous.post('/api/statistics/reimport', {})).status).toBe(404);
  }, 60_000);
});
