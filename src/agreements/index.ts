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

// What other capabilities may use: these functions, and the table below for foreign keys only
// (in their schema.ts; the lint refuses other reads, ARCHITECTURE.md).
export { addContact } from './instances.js';
export { mainAgreementsOf, templateTerms } from './lookup.js';
export { createTemplate, issueTemplate } from './templates.js';
export { agreementTemplates } from './schema.js';
export { agreementWorkFor, templatesJoinedBy, type AgreementWork } from './my-work.js';
