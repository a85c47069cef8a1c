/**
 * Load over a list of paths: autocannon, each new request taking the next path round-robin (so
 * 50 connections spread over the 100 assessments instead of hammering one row). Run it in a
 * child process (`spreadLoad` below does) so the load generator does not share the server's
 * event loop. As a script: argv[2] is the JSON of SpreadOptions; prints autocannon's result JSON.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { LoadResult } from './load.js';

export interface SpreadOptions {
  base: string;
  paths: string[];
  connections: number;
  seconds: number;
  /** Seconds before autocannon gives up on one response (its default is 10). */
  timeout: number;
  headers?: Record<string, string>;
}

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  throughput: { total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

export interface SpreadResult extends LoadResult {
  max: number;
}

/** Runs this file as a child process with the given options. */
export function spreadLoad(o: SpreadOptions): Promise<SpreadResult> {
  const args = ['--import', 'tsx', fileURLToPath(import.meta.url), JSON.stringify(o)];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`load child exited ${code}: ${err}`));
      const j = JSON.parse(out) as CannonResult;
      resolve({
        rps: j.requests.average,
        p50: j.latency.p50,
        p99: j.latency.p99,
        max: j.latency.max,
        requests: j.requests.total,
        non2xx: j.non2xx,
        errors: j.errors,
        timeouts: j.timeouts,
        bytesPerResponse: j.requests.total ? Math.round(j.throughput.total / j.requests.total) : 0,
      });
    });
  });
}

async function main(o: SpreadOptions) {
  // autocannon ships no types; its programmatic API resolves with the same result as --json.
  const autocannon = createRequire(import.meta.url)('autocannon') as (opts: object) => Promise<CannonResult>;
  let next = 0;
  const result = await autocannon({
    url: o.base,
    connections: o.connections,
    duration: o.seconds,
    timeout: o.timeout,
    headers: o.headers ?? {},
    requests: [{ method: 'GET', setupRequest: (req: object) => ({ ...req, path: o.paths[next++ % o.paths.length] }) }],
  });
  process.stdout.write(JSON.stringify(result));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(JSON.parse(process.argv[2]) as SpreadOptions);
