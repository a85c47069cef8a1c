import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { engines, startTestEnv, type TestEnv } from '../../test/harness.js';
import { defineJob, type JobDefinition } from './definition.js';
import { enqueueJob } from './queue.js';
import { createJobRunner } from './runner.js';
import { jobs, jobSchedules } from './schema.js';
import { claimJobs, finishJob } from './store.js';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

describe.each(engines)('the job runner on %s', (engine) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startTestEnv(engine);
  });
  afterAll(async () => {
    await env?.close();
  });
  const runnerWith = (definitions: JobDefinition[], extra: Partial<Parameters<typeof createJobRunner>[0]> = {}) =>
    createJobRunner({ services: env.services, definitions, log: quiet, ...extra });

  it('runs a job once, keeps its key unique, and retries a failure after the backoff', async () => {
    const db = env.database.db;
    const seen: string[] = [];
    let failFirst = true;
    const job = defineJob({
      name: 'test.flaky',
      payload: z.object({ word: z.string() }),
      backoffSeconds: 60,
      async run(_ctx, { word }) {
        seen.push(word);
        if (failFirst) {
          failFirst = false;
          throw new Error('not yet');
        }
      },
    });
    expect(await enqueueJob(db, 'test.flaky', { word: 'hej' }, { key: 'one' })).not.toBeNull();
    expect(await enqueueJob(db, 'test.flaky', { word: 'igen' }, { key: 'one' })).toBeNull();
    let offset = 0;
    const runner = runnerWith([job], { clock: () => new Date(Date.now() + offset) });
    expect(await runner.drain()).toBe(1);
    const [failed] = await db.select().from(jobs).where(eq(jobs.key, 'one'));
    expect(failed).toMatchObject({ state: 'queued', attempts: 1, lastError: 'not yet' });
    offset = 59_000;
    expect(await runner.drain()).toBe(0);
    offset = 61_000;
    expect(await runner.drain()).toBe(1);
    const [done] = await db.select().from(jobs).where(eq(jobs.key, 'one'));
    expect(done).toMatchObject({ state: 'done', attempts: 2, lockedBy: null });
    expect(seen).toEqual(['hej', 'hej']);
  });

  it('fails a job whose payload does not match its schema, naming the problem', async () => {
    const db = env.database.db;
    const job = defineJob({
      name: 'test.strict',
      payload: z.object({ n: z.number() }),
      maxAttempts: 1,
      run: async () => {},
    });
    await enqueueJob(db, 'test.strict', { n: 'three' }, { key: 'bad' });
    await runnerWith([job]).drain();
    const [row] = await db.select().from(jobs).where(eq(jobs.key, 'bad'));
    expect(row.state).toBe('failed');
    expect(row.lastError).toMatch(/expected number/);
  });

  it('takes over a job whose server stopped mid-run once its lease is over; the old claim can no longer finish it', async () => {
    const db = env.database.db;
    const runs: number[] = [];
    const job = defineJob({
      name: 'test.resumable',
      payload: z.object({}),
      async run(ctx) {
        runs.push(ctx.job.attempt);
      },
    });
    await enqueueJob(db, 'test.resumable', {}, { key: 'r' });
    // A server claims it and dies: nothing else happens to the row.
    const now = new Date();
    const [claimed] = await claimJobs(
      db,
      ['test.resumable'],
      now,
      () => new Date(now.getTime() + 1000),
      'dead-server',
      1,
    );
    expect(claimed.state).toBe('running');
    const runner = runnerWith([job]);
    expect(await runner.drain()).toBe(0); // still leased
    await new Promise((r) => setTimeout(r, 1100));
    expect(await runner.drain()).toBe(1);
    expect(runs).toEqual([2]);
    expect(await finishJob(db, claimed.id, 'dead-server', { state: 'done' }, new Date())).toBe(false);
    const [row] = await db.select().from(jobs).where(eq(jobs.id, claimed.id));
    expect(row).toMatchObject({ state: 'done', attempts: 2 });
  });

  it('enqueues a due daily run once, however many runners look', async () => {
    const db = env.database.db;
    const runs: string[] = [];
    const daily = defineJob({
      name: 'test.daily',
      schedule: { dailyAt: '06:00' },
      payload: z.object({ scheduledFor: z.string() }),
      async run(_ctx, { scheduledFor }) {
        runs.push(scheduledFor);
      },
    });
    const a = runnerWith([daily]);
    const b = runnerWith([daily]);
    await Promise.all([a.drain(), b.drain()]);
    const [schedule] = await db.select().from(jobSchedules).where(eq(jobSchedules.name, 'test.daily'));
    expect(schedule.nextRunAt.getTime()).toBeGreaterThan(Date.now());
    expect(runs).toEqual([]);
    const due = new Date(Date.now() - 60_000);
    await db.update(jobSchedules).set({ nextRunAt: due }).where(eq(jobSchedules.name, 'test.daily'));
    await Promise.all([a.drain(), b.drain(), a.drain(), b.drain()]);
    expect(runs).toEqual([due.toISOString()]);
    const [moved] = await db.select().from(jobSchedules).where(eq(jobSchedules.name, 'test.daily'));
    expect(moved.nextRunAt.getTime()).toBeGreaterThan(Date.now());
    expect(moved.lastRunAt).not.toBeNull();
  });

  it('runs queued work in the background once started, and stop() waits for the job in hand', async () => {
    const db = env.database.db;
    let finished = false;
    const slow = defineJob({
      name: 'test.slow',
      payload: z.object({}),
      async run() {
        await new Promise((r) => setTimeout(r, 300));
        finished = true;
      },
    });
    const runner = runnerWith([slow], { pollMs: 20 });
    runner.start();
    await enqueueJob(db, 'test.slow', {}, { key: 's' });
    await expect.poll(async () => (await db.select().from(jobs).where(eq(jobs.key, 's')))[0].state).toBe('running');
    await runner.stop();
    expect(finished).toBe(true);
    expect((await db.select().from(jobs).where(eq(jobs.key, 's')))[0].state).toBe('done');
  });
});
