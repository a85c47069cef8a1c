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

// What other capabilities may use: these functions, and the table below for foreign keys (in their
// schema.ts). Some files still read it and are being moved onto functions (ARCHITECTURE.md).
export { findOrganisation } from './repository.js';
export {
  organisationCounties,
  organisationNames,
  organisationsOfCounty,
  populationsIn,
  type OrganisationName,
} from './lookup.js';
export { organisations } from './schema.js';
