import { randomUUID } from 'node:crypto';
import type { Services } from '../context.js';
import { jobDefaults, type JobDefinition, type JobLog } from './definition.js';
import { backoffMs } from './rules.js';
import { claimJobs, enqueueDueSchedules, extendLease, finishJob, registerSchedules, type JobRow } from './store.js';

export interface RunnerOptions {
  services: Services;
  definitions: JobDefinition[];
  log: JobLog;
  /** How long to wait between looks for due work when there was none (default 5 s). */
  pollMs?: number;
  /** Overrides every definition's lease (tests use short ones). */
  leaseMs?: number;
  /** At most this many jobs per look (default 20); each is claimed just before it runs. */
  batch?: number;
  /** The runner's clock (tests move it forward to pass backoff delays). */
  clock?: () => Date;
}

export interface JobRunner {
  /** Start looking for due work in the background. */
  start(): void;
  /** Stop looking, and wait for the job in hand to finish. */
  stop(): Promise<void>;
  /** One look: enqueue due schedules, claim due jobs and run them. Returns how many jobs ran. */
  runDue(): Promise<number>;
  /** Look again until nothing is due (tests, and the admin CLI). */
  drain(maxRounds?: number): Promise<number>;
}

const message = (e: unknown) => String(e instanceof Error ? e.message : e).slice(0, 2000);

export function createJobRunner(opts: RunnerOptions): JobRunner {
  const { services, log } = opts;
  const db = services.database.db;
  const clock = opts.clock ?? (() => new Date());
  const pollMs = opts.pollMs ?? 5000;
  const byName = new Map(opts.definitions.map((d) => [d.name, d]));
  if (byName.size !== opts.definitions.length) throw new Error('Two job definitions share a name');
  const scheduled = opts.definitions.flatMap((d) => (d.schedule ? [{ name: d.name, schedule: d.schedule }] : []));
  const leaseMs = (d: JobDefinition) => opts.leaseMs ?? (d.leaseSeconds ?? jobDefaults.leaseSeconds) * 1000;
  const runnerId = randomUUID();
  let registered = false;
  let stopped = true;
  let loop: Promise<void> | null = null;
  let wake: (() => void) | null = null;

  async function runOne(row: JobRow, token: string) {
    const def = byName.get(row.name)!;
    const maxAttempts = row.maxAttempts ?? def.maxAttempts ?? jobDefaults.maxAttempts;
    const backoffSeconds = row.backoffSeconds ?? def.backoffSeconds ?? jobDefaults.backoffSeconds;
    const ctxJob = { id: row.id, name: row.name, attempt: row.attempts, maxAttempts, backoffSeconds };
    if (row.attempts > maxAttempts) {
      // Claimed again after its lease ran out, with no attempts left: a server died running it each time.
      await finishJob(db, row.id, token, { state: 'failed', error: 'stopped mid-run too often' }, clock());
      log.error({ job: ctxJob }, 'job failed: its server stopped mid-run on every attempt');
      return;
    }
    // A heartbeat keeps the claim while the job runs; a chain of timeouts so none outlives the job.
    let beat: NodeJS.Timeout | undefined;
    let active = true;
    const heartbeat = () => {
      beat = setTimeout(
        () => {
          extendLease(db, row.id, token, new Date(clock().getTime() + leaseMs(def)))
            .then((held) => {
              if (!active) return; // the job ended while the lease was being extended
              if (held) heartbeat();
              else log.warn({ job: ctxJob }, 'job lost its claim while running');
            })
            .catch((e) => log.warn({ job: ctxJob, err: message(e) }, 'could not extend a job’s claim'));
        },
        leaseMs(def) / 3,
      );
      beat.unref();
    };
    heartbeat();
    try {
      await def.run({ services, job: ctxJob, now: clock(), log }, row.payload);
      active = false;
      clearTimeout(beat);
      if (!(await finishJob(db, row.id, token, { state: 'done' }, clock())))
        log.warn({ job: ctxJob }, 'job finished after its claim was lost; it may run again');
    } catch (e) {
      active = false;
      clearTimeout(beat);
      const error = message(e);
      if (row.attempts >= maxAttempts) {
        await finishJob(db, row.id, token, { state: 'failed', error }, clock());
        log.error({ job: ctxJob, err: error }, 'job failed for good');
      } else {
        const runAt = new Date(clock().getTime() + backoffMs(row.attempts, backoffSeconds));
        await finishJob(db, row.id, token, { state: 'queued', runAt, error }, clock());
        log.warn({ job: ctxJob, err: error, retryAt: runAt.toISOString() }, 'job failed; it will be retried');
      }
    }
  }

  async function runDue() {
    const now = clock();
    if (!registered) {
      await registerSchedules(db, scheduled, now);
      registered = true;
    }
    await enqueueDueSchedules(db, scheduled, now);
    // One claim per job, just before running it: a job waiting behind a slow one stays free for
    // another server, and its lease is not running out while it waits.
    let ran = 0;
    // (stopped with a loop running: stop() was called, so claim nothing more.)
    while (ran < (opts.batch ?? 20) && !(stopped && loop)) {
      const token = `${runnerId}:${randomUUID()}`;
      const at = clock();
      const [row] = await claimJobs(
        db,
        [...byName.keys()],
        at,
        (name) => new Date(at.getTime() + leaseMs(byName.get(name)!)),
        token,
        1,
      );
      if (!row) break;
      await runOne(row, token);
      ran++;
    }
    return ran;
  }

  async function background() {
    while (!stopped) {
      let ran = 0;
      try {
        ran = await runDue();
      } catch (e) {
        // The database may be away for a moment; the next look tries again.
        log.error({ err: message(e) }, 'the job runner could not look for work');
      }
      if (stopped) break;
      if (ran === 0)
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, pollMs);
          wake = () => {
            clearTimeout(t);
            resolve();
          };
        });
      wake = null;
    }
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      loop = background();
    },
    async stop() {
      stopped = true;
      wake?.();
      await loop;
      loop = null;
    },
    runDue,
    async drain(maxRounds = 100) {
      let total = 0;
      for (let i = 0; i < maxRounds; i++) {
        const n = await runDue();
        if (!n) return total;
        total += n;
      }
      throw new Error(`Jobs still due after ${maxRounds} rounds`);
    },
  };
}
