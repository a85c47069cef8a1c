import { and, eq, lt, or } from 'drizzle-orm';
import { z } from 'zod';
import { defineJob } from './definition.js';
import { jobs } from './schema.js';

const DAY = 24 * 3600_000;

/**
 * Finished jobs are kept a while for looking into what happened, then removed: done ones after a
 * week (their payloads can hold an e-mail address), failed ones after 90 days.
 */
export const pruneJobs = defineJob({
  name: 'jobs.prune',
  schedule: { dailyAt: '03:30' },
  payload: z.object({ scheduledFor: z.string().optional() }),
  async run({ services, now, log }) {
    const removed = await services.database.db
      .delete(jobs)
      .where(
        or(
          and(eq(jobs.state, 'done'), lt(jobs.finishedAt, new Date(now.getTime() - 7 * DAY))),
          and(eq(jobs.state, 'failed'), lt(jobs.finishedAt, new Date(now.getTime() - 90 * DAY))),
        ),
      )
      .returning({ id: jobs.id });
    log.info({ removed: removed.length }, 'pruned finished jobs');
  },
});

/** The jobs the ground floor itself declares. */
export const platformJobs = [pruneJobs];
