import { z } from 'zod';
import { defineJob } from '../platform/jobs/definition.js';
import { todayIso } from '../platform/today.js';
import { sendNoticeReminders } from './reminders.js';

/**
 * Every morning: remind the contact persons of notice deadlines. "Today" is the day of the
 * scheduled occurrence, so a run caught up after a stopped server reminds as that morning would.
 */
export const noticeRemindersJob = defineJob({
  name: 'agreements.notice-reminders',
  schedule: { dailyAt: '06:00' },
  payload: z.object({ scheduledFor: z.iso.datetime().optional() }),
  async run(ctx, { scheduledFor }) {
    const queued = await sendNoticeReminders(ctx.services, todayIso(scheduledFor ? new Date(scheduledFor) : ctx.now));
    ctx.log.info({ queued }, 'notice reminders queued');
  },
});

/** The agreements' jobs, for their face's `jobs` list. */
export const agreementJobs = [noticeRemindersJob];
