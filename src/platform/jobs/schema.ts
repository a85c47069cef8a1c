import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Durable jobs: one row per piece of work to run (now or later), claimed by a runner with a lease.
 * The same design runs on PostgreSQL and the embedded PGlite (see /ARCHITECTURE.md, "Jobs").
 * state: queued (waiting for run_at) → running (leased until locked_until) → done | failed.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    payload: jsonb('payload').notNull().default({}),
    /** Deduplication: at most one job per (name, key), whatever its state. */
    key: text('key'),
    state: text('state').notNull().default('queued'),
    runAt: timestamp('run_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    /** Null: the job definition's default. */
    maxAttempts: integer('max_attempts'),
    /** Null: the job definition's default; the n-th retry waits backoff × 2^(n-1). */
    backoffSeconds: integer('backoff_seconds'),
    /** The claim's fencing token: only the runner holding it may finish the job. */
    lockedBy: text('locked_by'),
    lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('jobs_name_key_idx').on(t.name, t.key),
    index('jobs_due_idx')
      .on(t.runAt)
      .where(sql`${t.state} in ('queued', 'running')`),
  ],
);

/** Recurring schedules as rows: the runner that moves next_run_at on is the one that enqueues the run. */
export const jobSchedules = pgTable('job_schedules', {
  name: text('name').primaryKey(),
  /** The schedule as declared in code (e.g. "daily 06:00 Europe/Stockholm"); a change recomputes next_run_at. */
  spec: text('spec').notNull(),
  nextRunAt: timestamp('next_run_at', { withTimezone: true, mode: 'date' }).notNull(),
  lastRunAt: timestamp('last_run_at', { withTimezone: true, mode: 'date' }),
});
