/** Counties (län): the top of the tenancy; every record but built-in ones belongs to one. */
import { defineCapability } from '../platform/capability.js';
import { countyRoutes } from './routes.js';
import * as tables from './schema.js';

export const countiesCapability = defineCapability({
  name: 'counties',
  routes: countyRoutes,
  tables,
  errors: {},
  subjects: ['county'],
  jobs: [],
});

// What other capabilities may use: these functions, and the table below for foreign keys only
// (in their schema.ts; the lint refuses other reads, ARCHITECTURE.md).
export { findCounty, listCounties, type County } from './repository.js';
export { counties } from './schema.js';
