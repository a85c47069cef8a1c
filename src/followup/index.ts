/** The yearly follow-up: cycles, milestones, activity reports, feedback, compilation, report. */
import { defineCapability } from '../platform/capability.js';
import { followupRoutes } from './routes.js';
import { followupErrors } from './errors.js';
import * as tables from './schema.js';
import { followupJobs } from './jobs.js';

/** Converts activity reports still in the old Markdown to rich text; the app runs it at start after the migrations. */
export { convertLegacyReportTexts } from './legacy-report-texts.js';

export const followupCapability = defineCapability({
  name: 'followup',
  routes: followupRoutes,
  tables,
  errors: followupErrors,
  subjects: ['followup', 'feedback'],
  jobs: followupJobs,
});
export { followupWorkFor, type FollowupWork } from './my-work.js';
