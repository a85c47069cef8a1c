import type { Db } from '../src/platform/db/database.js';
import type { Running } from '../src/app/start.js';
import { Client } from '../src/test/harness.js';
import { DEMO, startSamsyn } from './harness.js';
import { replaceYear, upsertKoladaKpis } from '../src/statistics/repository.js';
import { parseDataValues, parseKpi, type KoladaKpi } from '../src/statistics/sources/kolada.js';
import { DEMO_MUNICIPALITIES, DEMO_YEARS, demoKoladaItems } from '../src/statistics/sources/demo.js';
import kpiAnswer from '../src/statistics/sources/fixtures/kolada-kpi.recorded.json' with { type: 'json' };

/** When the figures written here say they were fetched. */
export const FIGURES_FETCHED = new Date('2025-03-20T08:00:00Z');

/**
 * The demo's recorded Kolada answers (metadata real, values made up) written for a county as an import
 * would, marked demo and fetched at a fixed date, whatever the demo loaded at start. Returns the KPIs.
 */
export async function writeDemoFigures(db: Db, countyId: string): Promise<KoladaKpi[]> {
  const kpis = kpiAnswer.values.map(parseKpi).filter((k): k is KoladaKpi => !!k);
  const items = demoKoladaItems();
  const areaCodes = [...Object.keys(DEMO_MUNICIPALITIES), '0023', '0000'];
  await db.transaction(async (tx) => {
    const ids = await upsertKoladaKpis(tx, kpis, FIGURES_FETCHED);
    for (const kpi of kpis)
      for (const year of DEMO_YEARS) {
        const { rows } = parseDataValues(
          items.filter((i) => i.kpi === kpi.id && i.period === year),
          'demo',
        );
        const where = { countyId, kpiRowId: ids.get(kpi.id)!, year, areaCodes, demo: true };
        await replaceYear(tx, where, rows, FIGURES_FETCHED);
      }
  });
  return kpis;
}

/** Samsyn with the demo, and the demo's figures written for the coordinator's county (writeDemoFigures). */
export async function startWithDemoFigures(): Promise<{ running: Running; url: string; kpis: KoladaKpi[] }> {
  const { running, url } = await startSamsyn();
  const api = await new Client(running.app).login(DEMO.coordinator, DEMO.password);
  const { countyId } = (await api.get('/api/auth/session')).body.user as { countyId: string };
  return { running, url, kpis: await writeDemoFigures(running.services.database.db, countyId) };
}
