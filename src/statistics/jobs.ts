import { z } from 'zod';
import { defineJob } from '../platform/jobs/definition.js';
import { IMPORT_JOB } from './imports.js';
import { runImport } from './run-import.js';

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

export const statisticsJobs = [importJob];
