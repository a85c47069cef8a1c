/** Durable jobs (see /ARCHITECTURE.md, "Jobs and mail"): what capabilities and the composition root use. */
export { defineJob, type JobContext, type JobDefinition, type JobLog } from './definition.js';
export { enqueueJob, requeueJob, type EnqueueOptions } from './queue.js';
export { createJobRunner, type JobRunner, type RunnerOptions } from './runner.js';
export { platformJobs } from './prune.js';
export { backoffMs, nextDailyRun, type DailySchedule } from './rules.js';
