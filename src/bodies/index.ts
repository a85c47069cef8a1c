/** Bodies (groups, councils, networks) and their memberships. */
import { defineCapability } from '../platform/capability.js';
import { bodyRoutes } from './routes.js';
import { bodyErrors } from './errors.js';
import * as tables from './schema.js';

export const bodiesCapability = defineCapability({
  name: 'bodies',
  routes: bodyRoutes,
  tables,
  errors: bodyErrors,
  subjects: ['body'],
  jobs: [],
});

// What other capabilities may use. Tables are exported for read-only joins until each is
// replaced by a function of this face (ARCHITECTURE.md, “what is left”).
export { findBody } from './repository.js';
export { addMember, createBody } from './use-cases.js';
export { bodies, memberships } from './schema.js';
