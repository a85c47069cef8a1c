import { z } from 'zod';
import { defineJob } from '../platform/jobs/definition.js';
import { todayIso } from '../platform/today.js';
import { remindAllOwners } from './reminders.js';

/** Every morning: remind the owners of overdue milestones (and those due within 3 days), at most weekly. */
export const ownerRemindersJob = defineJob({
  name: 'followup.owner-reminders',
  schedule: { dailyAt: '06:10' },
  payload: z.object({ scheduledFor: z.iso.datetime().optional() }),
  async run(ctx, { scheduledFor }) {
    const day = scheduledFor ? new Date(scheduledFor) : ctx.now;
    const queued = await remindAllOwners(ctx.services, ctx.now, todayIso(day));
    ctx.log.info({ queued }, 'milestone owner reminders queued');
  },
});

/** The follow-up's jobs, for its face's `jobs` list. */
export const followupJobs = [ownerRemindersJob];
