/** Collaboration agreements: templates, instances, compensation, index series, disputes. */
import { defineCapability } from '../platform/capability.js';
import { agreementRoutes } from './routes.js';
import { agreementErrors } from './errors.js';
import * as tables from './schema.js';
import { agreementJobs } from './jobs.js';

export const agreementsCapability = defineCapability({
  name: 'agreements',
  routes: agreementRoutes,
  tables,
  errors: agreementErrors,
  subjects: ['agreement'],
  jobs: agreementJobs,
});

// What other capabilities may use. Tables are exported for read-only joins until each is
// replaced by a function of this face (ARCHITECTURE.md, “what is left”).
export { addContact } from './instances.js';
export { createTemplate, issueTemplate } from './templates.js';
export { agreementTemplates, agreements, contacts } from './schema.js';
