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

// What other capabilities may use. Tables are exported for read-only joins until each is
// replaced by a function of this face (ARCHITECTURE.md, “what is left”).
export { findCounty, listCounties, type County } from './repository.js';
export { counties } from './schema.js';
