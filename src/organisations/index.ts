/** Organisations of a county (municipalities, regions, others) and municipalities’ population figures. */
import { defineCapability } from '../platform/capability.js';
import { organisationRoutes } from './routes.js';
import { organisationErrors } from './errors.js';
import * as tables from './schema.js';

export const organisationsCapability = defineCapability({
  name: 'organisations',
  routes: organisationRoutes,
  tables,
  errors: organisationErrors,
  subjects: ['organisation'],
  jobs: [],
});

// What other capabilities may use. Tables are exported for read-only joins until each is
// replaced by a function of this face (ARCHITECTURE.md, “what is left”).
export { findOrganisation, organisationNames, populationsIn } from './repository.js';
export { organisations, populations } from './schema.js';
