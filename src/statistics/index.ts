/**
 * Statistics (issue 13): key figures by women and men from Kolada (SCB and uploads to come), imported
 * as durable jobs into the county's own copy, read as a year's table and as a series per area.
 */
import { defineCapability } from '../platform/capability.js';
import { statisticsRoutes } from './routes.js';
import { statisticsErrors } from './errors.js';
import { statisticsJobs } from './jobs.js';
import * as tables from './schema.js';

export const statisticsCapability = defineCapability({
  name: 'statistics',
  routes: statisticsRoutes,
  tables,
  errors: statisticsErrors,
  subjects: ['statistics'],
  jobs: statisticsJobs,
});

/** The demo loads its figures through the real Kolada import (src/app/demo/statistics.ts). */
export { queueKoladaImport } from './imports.js';
export { runImportWith } from './run-import.js';
