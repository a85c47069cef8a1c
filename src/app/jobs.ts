import { defineCapability } from '../platform/capability.js';
import * as tables from '../platform/jobs/schema.js';
import { platformJobs } from '../platform/jobs/prune.js';

/**
 * The platform's durable jobs (src/platform/jobs): listed like a capability for its tables and its
 * own upkeep job. Its tables are runtime state and are not exported (src/admin/data-file.ts).
 */
export const jobsCapability = defineCapability({
  name: 'jobs',
  tables,
  errors: {},
  subjects: [],
  jobs: platformJobs,
});
