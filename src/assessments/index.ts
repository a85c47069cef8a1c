/** Programmes, initiatives and their sustainability assessments, with the report. */
import { defineCapability } from '../platform/capability.js';
import { assessmentRoutes } from './routes.js';
import { assessmentErrors } from './errors.js';
import * as tables from './schema.js';

export const assessmentsCapability = defineCapability({
  name: 'assessments',
  routes: assessmentRoutes,
  tables,
  errors: assessmentErrors,
  subjects: ['assessment'],
  jobs: [],
});
export { assessmentWorkFor, type AssessmentWork } from './my-work.js';
