/**
 * What the job `statistics.import` does: fetch the figures asked for from Kolada, KPI by KPI, and
 * write each KPI and year in one transaction, so a failed import never leaves half a year behind
 * and what was stored before stays. Safe to run again (a retry, a server that died mid-run):
 * every write replaces the same rows.
 */
import type { Services } from '../platform/context.js';
import { AppError } from '../platform/errors.js';
import type { JobLog } from '../platform/jobs/definition.js';
import { applyChanges, findImport, markImport, replaceYear, upsertKoladaKpis } from './repository.js';
import { fromSource, koladaClient, scbClient } from './sources-config.js';
import type { Db } from '../platform/db/database.js';
import type { ScbClient } from './sources/scb.js';
import type { KoladaClient, KoladaValueKey, KoladaValueRow } from './sources/kolada.js';
import { findImportParameters } from './imports-repository.js';
import { runScbImport } from './imports-scb.js';

function byYear<T extends { period: number }>(items: T[], years: number[]): Map<number, T[]> {
  const out = new Map(years.map((y) => [y, [] as T[]]));
  for (const i of items) out.get(i.period)?.push(i);
  return out;
}

/** The sources an import reads: the configured ones, or (the demo) a recorded answer. */
export interface ImportSources {
  kolada(): KoladaClient;
  scb(): ScbClient;
}

export async function runImport(services: Services, importId: string, log: JobLog): Promise<void> {
  const { config } = services;
  await runImportWith(
    services.database.db,
    { kolada: () => koladaClient(config), scb: () => scbClient(config) },
    importId,
    log,
  );
}

export async function runImportWith(db: Db, sources: ImportSources, importId: string, log: JobLog): Promise<void> {
  const p = await findImport(db, importId);
  if (!p) {
    log.warn({ importId }, 'statistics import no longer exists');
    return;
  }
  await markImport(db, importId, {
    status: 'running',
    attempts: p.attempts + 1,
    startedAt: new Date(),
    finishedAt: null,
    errorCode: null,
    errorMessage: null,
    progressDone: 0,
  });
  try {
    if (p.kind === 'scb') {
      const { selection } = (await findImportParameters(db, importId))!;
      await runScbImport(db, sources.scb(), { ...p, selection: selection ?? {} });
      await markImport(db, importId, { status: 'done', finishedAt: new Date() });
      return;
    }
    const client = sources.kolada();
    const kpis = await client.getKpis(p.kpiIds);
    const kpiRows = await upsertKoladaKpis(db, kpis, new Date());
    const demo = (await findImportParameters(db, importId))?.demo ?? false;
    let done = 0;
    for (const kpi of kpis) {
      const rows: KoladaValueRow[] = [];
      const deleted: KoladaValueKey[] = [];
      // All of one KPI first (every page, every area and year); nothing is written until it is in.
      for await (const page of client.valuePages({
        kpis: [kpi.id],
        municipalities: p.areaCodes,
        years: p.years,
        fromDate: p.fromDate ?? undefined,
      })) {
        rows.push(...page.rows);
        deleted.push(...page.deleted);
      }
      const fetchedAt = new Date();
      const rowsOf = byYear(rows, p.years);
      const deletedOf = byYear(deleted, p.years);
      const kpiRowId = kpiRows.get(kpi.id)!;
      for (const year of p.years) {
        await db.transaction(async (tx) => {
          const where = { countyId: p.countyId, kpiRowId };
          const counts = p.fromDate
            ? await applyChanges(tx, where, rowsOf.get(year)!, deletedOf.get(year)!, fetchedAt)
            : await replaceYear(tx, { ...where, year, areaCodes: p.areaCodes, demo }, rowsOf.get(year)!, fetchedAt);
          done++;
          await markImport(tx, importId, {
            progressDone: done,
            addRowsWritten: counts.written,
            addRowsDeleted: counts.deleted,
          });
        });
      }
    }
    await markImport(db, importId, { status: 'done', finishedAt: new Date() });
  } catch (err) {
    const mapped = fromSource(err);
    const code = mapped instanceof AppError ? mapped.code : 'internal';
    const message = mapped instanceof Error ? mapped.message : String(mapped);
    await markImport(db, importId, {
      status: 'failed',
      errorCode: code,
      errorMessage: message.slice(0, 2000),
      finishedAt: new Date(),
    });
    // The job runner writes it on the job and tries again later (or gives up after its attempts).
    throw mapped;
  }
}
