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

// What other capabilities may use. Tables are exported for read-only joins until each is
// replaced by a function of this face (ARCHITECTURE.md, “what is left”).
export { readableFramework } from './use-cases.js';
export { ensureBuiltinFrameworks } from './builtin.js';
export { frameworkItems, frameworks, frameworkVersions } from './schema.js';
