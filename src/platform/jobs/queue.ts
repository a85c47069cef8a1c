import { sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { jobs } from './schema.js';

export interface EnqueueOptions {
  /** Deduplication key: a second job with the same name and key is not added. */
  key?: string;
  runAt?: Date;
  maxAttempts?: number;
  backoffSeconds?: number;
}

/**
 * Add a job. Pass the open transaction of the change that causes it, so the job exists exactly
 * when the change does. Returns the job's id, or null when a job with the same key exists.
 */
export async function enqueueJob(
  exec: Executor,
  name: string,
  payload: unknown = {},
  opts: EnqueueOptions = {},
): Promise<string | null> {
  const [row] = await exec
    .insert(jobs)
    .values({
      name,
      payload: payload ?? {},
      key: opts.key ?? null,
      runAt: opts.runAt ?? new Date(),
      maxAttempts: opts.maxAttempts ?? null,
      backoffSeconds: opts.backoffSeconds ?? null,
    })
    .onConflictDoNothing()
    .returning({ id: jobs.id });
  return row?.id ?? null;
}

/**
 * Run a keyed job again now with fresh attempts (e.g. "send again" on a failed mail); adds it if it
 * was pruned. A job that is running right now is left alone: returns false.
 */
export async function requeueJob(exec: Executor, name: string, key: string, payload: unknown): Promise<boolean> {
  const rows = await exec
    .insert(jobs)
    .values({ name, key, payload })
    .onConflictDoUpdate({
      target: [jobs.name, jobs.key],
      set: {
        state: 'queued',
        attempts: 0,
        runAt: sql`now()`,
        lockedBy: null,
        lockedUntil: null,
        finishedAt: null,
      },
      setWhere: sql`${jobs.state} <> 'running'`,
    })
    .returning({ id: jobs.id });
  return rows.length > 0;
}
