/**
 * The demo's key figures (issue 13, item 7): the eight Jämtland municipalities, the region and the
 * country, five gender-split KPIs over 2020–2024, loaded through the real Kolada import — checked,
 * recorded as an import, fetched page by page and written year by year — from the recorded demo
 * answer served by the local Kolada (src/statistics/sources/fake-kolada.ts) for the time it takes.
 * Every figure is marked demo (statistics_values.demo), and so is the import.
 */
import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../policy/policy.js';
import { queueKoladaImport, runImportWith } from '../../statistics/index.js';
import { createKoladaClient } from '../../statistics/sources/kolada.js';
import { createScbClient } from '../../statistics/sources/scb.js';
import { startFakeKolada } from '../../statistics/sources/fake-kolada.js';
import { DEMO_KPIS, DEMO_YEARS, demoKoladaStore } from '../../statistics/sources/demo.js';

const quiet = { info() {}, warn() {}, error() {} };

export async function loadDemoStatistics(db: Db, coordinator: Actor): Promise<void> {
  const recorded = await startFakeKolada({ store: demoKoladaStore() });
  try {
    // No waiting between tries: the recorded answer is on this machine.
    const kolada = createKoladaClient({ baseUrl: recorded.baseUrl, baseDelayMs: 0 });
    const queued = await queueKoladaImport(
      db,
      coordinator,
      { source: 'kolada', kpiIds: DEMO_KPIS, years: DEMO_YEARS, areas: 'county' },
      kolada,
      { demo: true },
    );
    await runImportWith(
      db,
      {
        kolada: () => kolada,
        scb: () => createScbClient({ baseUrl: recorded.baseUrl }),
      },
      queued.id,
      quiet,
    );
  } finally {
    await recorded.close();
  }
}
