import { defineCapability } from '../platform/capability.js';
import { outboxRoutes } from '../platform/mail/routes.js';
import * as tables from '../platform/mail/schema.js';
import { mailErrors } from '../platform/mail/errors.js';
import { mailJobs } from '../platform/mail/send-job.js';
import { recordChange } from '../audit/index.js';

/** The platform's mail outbox, shown under Administration; listed like a capability for its route and table. */
export const mailCapability = defineCapability({
  name: 'mail',
  routes: (services) => outboxRoutes(services, recordChange),
  tables,
  errors: mailErrors,
  subjects: ['outbox'],
  // Sending the outbox.
  jobs: mailJobs,
});
