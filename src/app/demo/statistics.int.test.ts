import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { Client, engines, startTestEnv, type TestEnv } from '../../test/harness.js';
import { statisticsImports, statisticsValues } from '../../statistics/schema.js';
import { DEMO_KPIS, DEMO_MUNICIPALITIES, DEMO_YEARS } from '../../statistics/sources/demo.js';
import { jobs } from '../../platform/jobs/schema.js';
import { loadDemo } from './load.js';

describe.each(engines)('the demo’s key figures, loaded through the Kolada import, on %s', (engine) => {
  let env: TestEnv;
  let login: { email: string; password: string };
  let ms = 0;
  beforeAll(async () => {
    env = await startTestEnv(engine);
    const t0 = performance.now();
    login = await loadDemo(env.database.db);
    ms = performance.now() - t0;
  }, 600_000);
  afterAll(async () => env?.close());

  it('holds five KPIs × five years × 8 municipalities, the region and the country × K/M/T, all marked demo', async () => {
    const rows = await env.database.db.select().from(statisticsValues);
    const areas = Object.keys(DEMO_MUNICIPALITIES).length + 2;
    expect(rows).toHaveLength(DEMO_KPIS.length * DEMO_YEARS.length * areas * 3);
    expect(rows.every((r) => r.demo)).toBe(true);
    const [imp] = await env.database.db.select().from(statisticsImports);
    expect(imp).toMatchObject({ kind: 'kolada', status: 'done', progressDone: 25, progressTotal: 25 });
    expect(imp.parameters).toMatchObject({ demo: true });
    // No job was queued: the demo ran its import at once, from the recorded answer.
    expect(await env.database.db.select().from(jobs).where(eq(jobs.name, 'statistics.import'))).toEqual([]);
    console.info(`loadDemo on ${engine}: ${ms.toFixed(0)} ms`);
  });

  it('the figures read back for the demo coordinator as Kolada’s', async () => {
    const coord = await new Client(env.app).login(login.email, login.password);
    const v = await coord.get('/api/statistics/values?kpi=N01951&year=2024');
    expect(v.status).toBe(200);
    expect(v.body.municipalities).toHaveLength(8);
    expect(v.body.municipalities.find((m: { code: string }) => m.code === '2380')).toMatchObject({ T: 64979 });
    const list = await coord.get('/api/statistics/imports');
    expect(list.body.items[0]).toMatchObject({ kind: 'kolada', status: 'done' });
    expect(
      (await env.database.db.select().from(statisticsValues).where(eq(statisticsValues.areaCode, '0000'))).length,
    ).toBe(DEMO_KPIS.length * DEMO_YEARS.length * 3);
  });
});
