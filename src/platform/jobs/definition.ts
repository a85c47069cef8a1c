import type { z } from 'zod';
import type { Services } from '../context.js';
import type { DailySchedule } from './rules.js';

/** What a job's code may use while it runs. */
export interface JobContext {
  services: Services;
  job: { id: string; name: string; attempt: number; maxAttempts: number; backoffSeconds: number };
  /** The runner's clock: "today" for a daily job, the base for backoff. */
  now: Date;
  log: JobLog;
}

/** The few log calls jobs use (pino, Fastify's logger, fits). */
export interface JobLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/**
 * A kind of job a capability declares (in its face's `jobs` list). `run` must be safe to run again:
 * a job whose server died mid-run is run once more after its lease ends.
 */
export interface JobDefinition {
  name: string;
  run(ctx: JobContext, payload: unknown): Promise<void>;
  /** Recurring: the runner enqueues one run per occurrence, once across all servers. */
  schedule?: DailySchedule;
  /** Attempts before the job is marked failed (default 5). */
  maxAttempts?: number;
  /** First retry delay; doubled for each further retry (default 30 s). */
  backoffSeconds?: number;
  /** How long a claim lasts without a heartbeat before another runner may take the job (default 300 s). */
  leaseSeconds?: number;
}

/** A job whose stored payload is checked against a schema before it runs (a bad payload fails the job). */
export function defineJob<S extends z.ZodType>(
  def: Omit<JobDefinition, 'run'> & { payload: S; run(ctx: JobContext, payload: z.infer<S>): Promise<void> },
): JobDefinition {
  const { payload, run, ...rest } = def;
  return { ...rest, run: (ctx, raw) => run(ctx, payload.parse(raw)) };
}

export const jobDefaults = { maxAttempts: 5, backoffSeconds: 30, leaseSeconds: 300 };
