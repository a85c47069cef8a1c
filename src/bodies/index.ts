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

// What other capabilities may use: these functions, and the tables below for foreign keys (in their
// schema.ts). Some files still read them and are being moved onto functions (ARCHITECTURE.md).
export { findBody } from './repository.js';
export { bodyLeads, bodyNames } from './lookup.js';
export { addMember, createBody } from './use-cases.js';
export { bodies, memberships } from './schema.js';
export { countyBodiesWithLeads, type BodyWithLeads } from './lookup.js';
