/** Goal frameworks (Agenda 2030 and own ones), their versions and items. */
import { defineCapability } from '../platform/capability.js';
import { goalRoutes } from './routes.js';
import { ensureBuiltinFrameworks } from './builtin.js';
import { goalErrors } from './errors.js';
import * as tables from './schema.js';

export const goalsCapability = defineCapability({
  name: 'goals',
  routes: goalRoutes,
  tables,
  errors: goalErrors,
  subjects: ['framework'],
  jobs: [],
  seed: ensureBuiltinFrameworks,
});

// What other capabilities may use: these functions, and the tables below for foreign keys only
// (in their schema.ts; the lint refuses other reads, ARCHITECTURE.md).
export { readableFramework } from './use-cases.js';
export {
  agenda2030Goals,
  currentPublishedVersion,
  frameworkIdByKey,
  frameworkItemsById,
  frameworkVersionsById,
  itemsOfVersions,
  type FrameworkItemInfo,
  type FrameworkVersionInfo,
} from './lookup.js';
export { ensureBuiltinFrameworks } from './builtin.js';
export { frameworkItems, frameworkVersions } from './schema.js';
