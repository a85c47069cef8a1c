import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKoladaClient, type KoladaValueRow } from './kolada.js';
import { startFakeKolada, type FakeKolada } from './fake-kolada.js';
import { syntheticKpiId, syntheticMunicipalityId, syntheticStore } from './synthetic.js';

const shape = { kpis: 4, municipalities: 9, years: 3, firstYear: 2021, missingEvery: 17 };
const kpis = Array.from({ length: shape.kpis }, (_, i) => syntheticKpiId(i));
const municipalities = Array.from({ length: shape.municipalities }, (_, i) => syntheticMunicipalityId(i));
const items = shape.kpis * shape.municipalities * shape.years;
const canonical = (rows: KoladaValueRow[]) =>
  rows.map((r) => `${r.kpiId}|${r.municipalityId}|${r.period}|${r.gender}|${r.value}|${r.status}`).sort();

describe('paging is invisible to the caller', () => {
  let server: FakeKolada;
  let whole: string[];
  beforeAll(async () => {
    server = await startFakeKolada({ store: syntheticStore(shape) });
    const one = createKoladaClient({ baseUrl: server.baseUrl, sleep: async () => {} });
    whole = canonical((await one.fetchValues({ kpis, municipalities })).rows);
  });
  afterAll(() => server.close());

  it('any split of the result set into pages (and any page that breaks once) gives the same rows', async () => {
    expect(whole).toHaveLength(items * 3);
    // Some values are missing in this store: they must survive paging as null, not 0.
    expect(whole.some((r) => r.endsWith('|null|Missing'))).toBe(true);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: items + 5 }),
        fc.option(fc.integer({ min: 2, max: 12 }), { nil: undefined }),
        async (perPage, breakAt) => {
          const pages = Math.ceil(items / perPage);
          if (breakAt !== undefined && breakAt <= pages) server.breakNextPage(breakAt);
          const client = createKoladaClient({ baseUrl: server.baseUrl, perPage, sleep: async () => {} });
          const { rows } = await client.fetchValues({ kpis, municipalities });
          expect(canonical(rows)).toEqual(whole);
        },
      ),
      { numRuns: 40 },
    );
  });
});
