import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { jobs, jobSchedules } from './schema.js';
import { nextDailyRun, scheduleSpec, type DailySchedule } from './rules.js';

export type JobRow = typeof jobs.$inferSelect;

/**
 * Claim up to `limit` due jobs of the given names: queued ones whose time has come, and running
 * ones whose lease ran out (their server died). FOR UPDATE SKIP LOCKED lets runners on several
 * servers claim side by side without waiting for or taking each other's jobs.
 */
export async function claimJobs(
  db: Db,
  names: string[],
  now: Date,
  leaseUntil: (name: string) => Date,
  token: string,
  limit: number,
): Promise<JobRow[]> {
  if (!names.length) return [];
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: jobs.id, name: jobs.name })
      .from(jobs)
      .where(
        and(
          inArray(jobs.name, names),
          sql`((${jobs.state} = 'queued' and ${jobs.runAt} <= ${now.toISOString()}::timestamptz) or (${jobs.state} = 'running' and ${jobs.lockedUntil} < ${now.toISOString()}::timestamptz))`,
        ),
      )
      .orderBy(jobs.runAt)
      .limit(limit)
      .for('update', { skipLocked: true });
    const claimed: JobRow[] = [];
    for (const d of due) {
      const [row] = await tx
        .update(jobs)
        .set({
          state: 'running',
          attempts: sql`${jobs.attempts} + 1`,
          lockedBy: token,
          lockedUntil: leaseUntil(d.name),
        })
        .where(eq(jobs.id, d.id))
        .returning();
      claimed.push(row);
    }
    return claimed;
  });
}

/** Keep a claim alive while a long job runs; false when the claim was lost. */
export async function extendLease(db: Db, id: string, token: string, until: Date) {
  const rows = await db
    .update(jobs)
    .set({ lockedUntil: until })
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, token), eq(jobs.state, 'running')))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

/** Finish a claimed job; only the holder of the claim's token can (false: the claim was lost). */
export async function finishJob(
  db: Db,
  id: string,
  token: string,
  outcome: { state: 'done' } | { state: 'queued'; runAt: Date; error: string } | { state: 'failed'; error: string },
  now: Date,
) {
  const rows = await db
    .update(jobs)
    .set({
      state: outcome.state,
      lockedBy: null,
      lockedUntil: null,
      ...(outcome.state === 'queued' ? { runAt: outcome.runAt, lastError: outcome.error } : {}),
      ...(outcome.state === 'failed' ? { lastError: outcome.error, finishedAt: now } : {}),
      ...(outcome.state === 'done' ? { finishedAt: now } : {}),
    })
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, token), eq(jobs.state, 'running')))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

/** Make sure each schedule has its row; a schedule whose declaration changed gets a new next run. */
export async function registerSchedules(db: Db, list: { name: string; schedule: DailySchedule }[], now: Date) {
  for (const { name, schedule } of list) {
    const spec = scheduleSpec(schedule);
    const nextRunAt = nextDailyRun(now, schedule);
    await db
      .insert(jobSchedules)
      .values({ name, spec, nextRunAt })
      .onConflictDoUpdate({
        target: jobSchedules.name,
        set: { spec, nextRunAt },
        setWhere: sql`${jobSchedules.spec} <> ${spec}`,
      });
  }
}

/**
 * Enqueue the runs of schedules that are due. The row lock and the moved next_run_at make one
 * server the one that enqueues each occurrence; the job's key (name@occurrence) makes sure of it.
 */
export async function enqueueDueSchedules(db: Db, list: { name: string; schedule: DailySchedule }[], now: Date) {
  if (!list.length) return 0;
  const byName = new Map(list.map((s) => [s.name, s.schedule]));
  return db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(jobSchedules)
      .where(and(inArray(jobSchedules.name, [...byName.keys()]), lte(jobSchedules.nextRunAt, now)))
      .for('update', { skipLocked: true });
    for (const s of due) {
      const occurrence = s.nextRunAt;
      await tx
        .update(jobSchedules)
        .set({ nextRunAt: nextDailyRun(now, byName.get(s.name)!), lastRunAt: now })
        .where(eq(jobSchedules.name, s.name));
      await tx
        .insert(jobs)
        .values({
          name: s.name,
          key: `${s.name}@${occurrence.toISOString()}`,
          payload: { scheduledFor: occurrence.toISOString() },
          runAt: now,
        })
        .onConflictDoNothing();
    }
    return due.length;
  });
}
