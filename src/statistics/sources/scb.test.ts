import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import recordedData from './fixtures/scb-data.recorded.json' with { type: 'json' };
import recordedMetadata from './fixtures/scb-metadata.recorded.json' with { type: 'json' };
import { createScbClient, parseJsonStat2, parseMetadata } from './scb.js';
import { startFakeScb, type FakeScb } from './fake-scb.js';
import { SourceError } from './http.js';
import { demoScbTables } from './demo.js';

describe('JSON-stat2 parsing (the recorded answer)', () => {
  it('turns the cube into rows with region, time, contents and sex 1/2/1+2 as M/K/T', () => {
    const rows = parseJsonStat2(recordedData);
    expect(rows).toHaveLength(12);
    expect(rows[0]).toEqual({
      region: '2380',
      time: '2023',
      contents: 'BE0101N1',
      sex: 'M',
      variables: {},
      value: 32410,
      status: null,
    });
    const ostersund2024 = rows.filter((r) => r.region === '2380' && r.time === '2024');
    expect(Object.fromEntries(ostersund2024.map((r) => [r.sex, r.value]))).toEqual({ M: 32655, K: 32324, T: 64979 });
  });

  it('keeps the missing cell as null with SCB\'s status "..", not 0', () => {
    const ragundaWomen2023 = parseJsonStat2(recordedData).find(
      (r) => r.region === '2303' && r.time === '2023' && r.sex === 'K',
    )!;
    expect(ragundaWomen2023.value).toBeNull();
    expect(ragundaWomen2023.status).toBe('..');
  });

  it('reads sparse value objects, other variables and tables without roles', () => {
    const rows = parseJsonStat2({
      id: ['Region', 'Alder', 'Kon', 'Tid'],
      size: [1, 2, 2, 1],
      dimension: {
        Region: { category: { index: { '2380': 0 } } },
        Alder: { category: { index: ['20-24', '25-29'] } },
        Kon: { label: 'kön', category: { index: { '2': 0, '1+2': 1 } } },
        Tid: { category: { index: { '2024': 0 } } },
      },
      value: { '0': 5, '3': 7 },
    });
    expect(rows.map((r) => [r.variables.Alder, r.sex, r.value, r.region, r.time])).toEqual([
      ['20-24', 'K', 5, '2380', '2024'],
      ['20-24', 'T', null, '2380', '2024'],
      ['25-29', 'K', null, '2380', '2024'],
      ['25-29', 'T', 7, '2380', '2024'],
    ]);
    expect(() => parseJsonStat2({ id: ['A'], size: [2], dimension: { A: { category: { index: ['x'] } } } })).toThrow(
      SourceError,
    );
  });

  it('reads the variables and values of a table from its metadata', () => {
    const meta = parseMetadata(recordedMetadata, 'TAB638');
    expect(meta.variables.map((v) => [v.code, v.role])).toEqual([
      ['Region', 'geo'],
      ['Kon', null],
      ['ContentsCode', 'metric'],
      ['Tid', 'time'],
    ]);
    expect(meta.variables[1].values).toEqual([
      { code: '1', label: 'män' },
      { code: '2', label: 'kvinnor' },
      { code: '1+2', label: 'totalt' },
    ]);
  });
});

describe('SCB client against the local SCB', () => {
  let server: FakeScb;
  const sleeps: number[] = [];
  const client = () =>
    createScbClient({ baseUrl: server.baseUrl, sleep: async (ms) => void sleeps.push(ms), maxAttempts: 3 });
  beforeAll(async () => {
    server = await startFakeScb({ tables: demoScbTables(), maxDataCells: 100 });
  });
  afterAll(() => server.close());

  it('reads the metadata and fetches a selection as rows', async () => {
    const meta = await client().tableMetadata('TAB638');
    expect(meta.label).toBe('Folkmängden efter region, kön, tabellinnehåll och år');
    expect(meta.variables.find((v) => v.code === 'Region')!.values).toHaveLength(10);
    const result = await client().fetchSelection('TAB638', {
      Region: ['2380', '2303'],
      Kon: ['1', '2', '1+2'],
      ContentsCode: ['BE0101N1'],
      Tid: ['2024'],
    });
    expect(result.source).toBe('SCB');
    expect(result.rows).toHaveLength(6);
    const ost = result.rows.filter((r) => r.region === '2380');
    expect(ost.find((r) => r.sex === 'T')!.value).toBe(64979);
    expect(ost.find((r) => r.sex === 'K')!.value! + ost.find((r) => r.sex === 'M')!.value!).toBe(64979);
    expect(server.requests.at(-1)).toBe('POST /api/v2/tables/TAB638/data?lang=sv&outputFormat=json-stat2');
  });

  it('waits out a 429 and retries a 5xx, then fails typed after the last try', async () => {
    sleeps.length = 0;
    server.failNext(429, { retryAfter: '2' });
    server.failNext(500);
    await expect(client().tableMetadata('TAB638')).resolves.toMatchObject({ id: 'TAB638' });
    expect(sleeps).toEqual([2000, 1000]);
    server.failNext(503, { times: 3 });
    await expect(client().tableMetadata('TAB638')).rejects.toMatchObject({ code: 'source.unavailable' });
  });

  it('an unknown table is not found, too many cells is too large, a bad value is a bad request', async () => {
    await expect(client().tableMetadata('TAB0')).rejects.toMatchObject({
      code: 'source.not_found',
      details: { ids: ['TAB0'] },
    });
    const all = { Region: ['*'], Kon: ['*'], ContentsCode: ['*'], Tid: ['*'] }; // 150 cells > 100
    await expect(client().fetchSelection('TAB638', all)).rejects.toMatchObject({ code: 'source.too_large' });
    await expect(
      client().fetchSelection('TAB638', { Region: ['9999'], Kon: ['1'], ContentsCode: ['BE0101N1'], Tid: ['2024'] }),
    ).rejects.toMatchObject({ code: 'source.bad_request', details: { status: 400 } });
  });
});
