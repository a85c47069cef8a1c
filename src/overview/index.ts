/** The person's work on the overview: what waits for them, gathered from the other capabilities' faces. */
import { defineCapability } from '../platform/capability.js';
import { overviewRoutes } from './routes.js';

export const overviewCapability = defineCapability({
  name: 'overview',
  routes: overviewRoutes,
  // It owns no records: it reads through the faces of assessments, agreements, surveys and followup.
  tables: {},
  errors: {},
  subjects: [],
  jobs: [],
});
