import { z } from 'zod';
import type { Db } from '../platform/db/database.js';
import { defineJob } from '../platform/jobs/definition.js';
import { enqueueJob } from '../platform/jobs/queue.js';
import { recordChange } from '../audit/record.js';
import { IMPORT_JOB } from './imports.js';
import { runImport } from './run-import.js';
import { findImport, insertImport, type ImportParameters } from './repository.js';
import { doneKoladaImports } from './imports-repository.js';

/** One import of figures (imports.ts queues it); a source that is down fails it, and it is tried again. */
export const importJob = defineJob({
  name: IMPORT_JOB,
  payload: z.object({ importId: z.uuid() }),
  maxAttempts: 5,
  backoffSeconds: 60,
  async run(ctx, { importId }) {
    await runImport(ctx.services, importId, ctx.log);
  },
});

export const REIMPORT_JOB = 'statistics.reimport';

/**
 * The daily re-import: for every county, each different Kolada import that ended well is queued
 * again with `fromDate` = the day the county's last successful Kolada import finished, so only what
 * changed at Kolada is fetched (and what Kolada deleted is dropped). Each new import is listed
 * (marked scheduled) and audited as the system's. Returns how many were queued.
 */
export async function queueReimports(db: Db): Promise<number> {
  const done = await doneKoladaImports(db);
  const counties = new Map<string, { last: Date; asked: Map<string, ImportParameters> }>();
  for (const r of done) {
    if (!r.finishedAt) continue;
    const c = counties.get(r.countyId) ?? { last: r.finishedAt, asked: new Map() };
    if (r.finishedAt > c.last) c.last = r.finishedAt;
    const p = r.parameters;
    const key = JSON.stringify([[...p.kpiIds].sort(), p.years, p.areaCodes]);
    if (!c.asked.has(key)) c.asked.set(key, p);
    counties.set(r.countyId, c);
  }
  let queued = 0;
  for (const [countyId, c] of counties) {
    const fromDate = c.last.toISOString().slice(0, 10);
    await db.transaction(async (tx) => {
      for (const p of c.asked.values()) {
        const parameters: ImportParameters = {
          kpiIds: p.kpiIds,
          years: p.years,
          areas: p.areas,
          areaCodes: p.areaCodes,
          fromDate,
          scheduled: true,
        };
        const id = await insertImport(tx, { countyId, kind: 'kolada', createdBy: null, parameters });
        await enqueueJob(tx, IMPORT_JOB, { importId: id }, { key: id });
        await recordChange(tx, null, {
          action: 'create',
          entityType: 'statistics_import',
          entityId: id,
          countyId,
          after: await findImport(tx, id),
        });
        queued++;
      }
    });
  }
  return queued;
}

/** Every day at 05:15 Swedish time, after Kolada's nightly publishing. */
export const reimportJob = defineJob({
  name: REIMPORT_JOB,
  payload: z.object({}).passthrough(),
  schedule: { dailyAt: '05:15' },
  maxAttempts: 3,
  async run(ctx) {
    const n = await queueReimports(ctx.services.database.db);
    ctx.log.info({ queued: n }, 'statistics: daily re-import queued');
  },
});

export const statisticsJobs = [importJob, reimportJob];
