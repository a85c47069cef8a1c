/**
 * Samsyn platform benchmark (`npm run bench`).
 *
 * For each engine — PGlite (always) and PostgreSQL (when DATABASE_URL is set or
 * postgres://postgres@127.0.0.1:5432/postgres answers) — on fresh, throw-away storage:
 *
 *  1. Start-up: spawn the real server (src/app/main.ts) on the empty database with DEMO_DATA=true
 *     (migrations + built-in frameworks + demo county: a real first start) and time spawn →
 *     first 200 from /readyz. Stop it, start it again on the now-filled database: restart time.
 *  2. Load: start the server in this process with prepare(), add a bare route GET /bench/bare
 *     doing ONE indexed SELECT (organisations by primary key) on the same database, sign in as
 *     the demo admin, and hit both the bare route and the authenticated list endpoint
 *     GET /api/organisations with autocannon (a separate process) over loopback.
 *     Each measured run is preceded by a warm-up run whose figures are discarded.
 *
 * The throughput ratio api/bare says how much of the database+framework floor the real endpoint
 * keeps: session lookup (a 4-table join), authorisation, the list query, zod response
 * serialisation. Results: stdout and bench/results/latest.md.
 *
 * Settings: BENCH_CONNECTIONS (10), BENCH_DURATION seconds (10), BENCH_WARMUP seconds (2).
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../src/platform/config.js';
import { prepare } from '../src/app/start.js';
import { DEMO_PASSWORD, demoPeople } from '../src/app/demo/county.js';
import { onEveryEngine, type Storage } from './lib/storage.js';
import { timeStart, ROOT, type StartResult } from './lib/server.js';
import { autocannon, login, type LoadResult } from './lib/load.js';
import { fmt, log } from './lib/report.js';

const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const seconds = Number(process.env.BENCH_DURATION ?? 10);
const warmup = Number(process.env.BENCH_WARMUP ?? 2);

interface EngineResult {
  label: string;
  firstStart: StartResult;
  restart: StartResult;
  bare: LoadResult;
  api: LoadResult;
  organisations: number;
}

const loadAtStart = loadavg()[0];

async function benchEngine(storage: Storage): Promise<EngineResult> {
  log(`${storage.label}: first start (empty database, DEMO_DATA=true)…`);
  const firstStart = await timeStart({ ...storage.env, DEMO_DATA: 'true' });
  log(`${storage.label}: restart (filled database)…`);
  const restart = await timeStart({ ...storage.env, DEMO_DATA: 'true' });

  // The load test runs the server in-process so the bench route can be added before listen().
  const config = loadConfig({ ...storage.env, PORT: '0', HOST: '127.0.0.1', DEMO_DATA: 'false', LOG_LEVEL: 'warn' });
  const running = await prepare(config);
  try {
    const { db } = running.services.database;
    const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;
    const [org] = rowsOf<{ id: string }>(await db.execute(sql`select id from organisations order by name limit 1`));
    if (!org) throw new Error('no organisations: demo data was not loaded');
    // The floor: Fastify + one primary-key lookup on the same database, no session, no schema.
    running.app.get('/bench/bare', { schema: { hide: true } }, async () => {
      const rows = rowsOf<{ id: string; name: string }>(
        await db.execute(sql`select id, name from organisations where id = ${org.id}`),
      );
      return rows[0];
    });
    await running.app.listen({ port: 0, host: '127.0.0.1' });
    const addr = running.app.server.address();
    const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;

    const cookie = await login(base, demoPeople[0].email, DEMO_PASSWORD);
    const check = await fetch(`${base}/api/organisations`, { headers: { cookie } });
    const page = (await check.json()) as { items?: unknown[] };
    if (check.status !== 200 || !Array.isArray(page.items)) throw new Error(`GET /api/organisations: ${check.status}`);

    const run = async (path: string, headers?: Record<string, string>) => {
      log(`${storage.label}: ${path} warm-up ${warmup}s, then ${seconds}s × ${connections} connections…`);
      if (warmup > 0) await autocannon(base + path, { connections, seconds: warmup, headers });
      return autocannon(base + path, { connections, seconds, headers });
    };
    const bare = await run('/bench/bare');
    const api = await run('/api/organisations', { cookie });
    return { label: storage.label, firstStart, restart, bare, api, organisations: page.items.length };
  } finally {
    await running.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Report

// autocannon records latency in whole milliseconds; 0 means under 1 ms.
const ms = (n: number) => (n < 1 ? '<1' : fmt(n));
const startCell = (s: StartResult) =>
  `${fmt(s.ms)} ms` + (s.selfReportedMs !== null ? ` (in-app ${fmt(s.selfReportedMs)} ms)` : '');

function report(results: EngineResult[], skipped: string[]): string {
  const cols = results.map((r) => r.label);
  const row = (name: string, cell: (r: EngineResult) => string) => `| ${name} | ${results.map(cell).join(' | ')} |`;
  const lines = [
    '# Samsyn platform benchmark',
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, ${process.platform}/${process.arch}; 1-min load average ${loadAtStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end (other work on the machine skews figures)`,
    `- Load: autocannon, ${connections} connections, ${seconds} s per endpoint after a ${warmup} s warm-up, loopback, load generator in a separate process`,
    `- Start-up: spawn \`node --import tsx src/app/main.ts\` → first 200 from GET /readyz (polled every 20 ms); "in-app" is the server's own "ready in" figure (config → listening, without Node/tsx boot)`,
    ...(skipped.length ? [`- Skipped: ${skipped.join('; ')}`] : []),
    '',
    `| Measure | ${cols.join(' | ')} |`,
    `|---|${cols.map(() => '---:').join('|')}|`,
    row('First start to 200 (empty DB: migrate + demo data)', (r) => startCell(r.firstStart)),
    row('Restart to 200 (filled DB)', (r) => startCell(r.restart)),
    row('Bare route (1 indexed SELECT) req/s', (r) => fmt(r.bare.rps)),
    row('Bare route p50 / p99 latency', (r) => `${ms(r.bare.p50)} / ${ms(r.bare.p99)} ms`),
    row('GET /api/organisations req/s', (r) => fmt(r.api.rps)),
    row('GET /api/organisations p50 / p99 latency', (r) => `${ms(r.api.p50)} / ${ms(r.api.p99)} ms`),
    row('Throughput ratio api / bare', (r) => fmt(r.api.rps / r.bare.rps, 2)),
    row(
      'Response size bare / api (bytes, incl. headers)',
      (r) => `${fmt(r.bare.bytesPerResponse)} / ${fmt(r.api.bytesPerResponse)}`,
    ),
    row('Organisations per list response', (r) => String(r.organisations)),
    row('Requests bare / api', (r) => `${fmt(r.bare.requests)} / ${fmt(r.api.requests)}`),
    row(
      'Non-2xx / errors / timeouts (bare + api)',
      (r) => `${r.bare.non2xx + r.api.non2xx} / ${r.bare.errors + r.api.errors} / ${r.bare.timeouts + r.api.timeouts}`,
    ),
    '',
    'Higher req/s and lower latency are better. The ratio is the share of the bare-route throughput the real',
    'endpoint keeps (1.00 = the endpoint costs no more than one indexed SELECT). Latency resolution is 1 ms.',
    'See bench/README.md.',
    '',
  ];
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Main

const { results, skipped, failed } = await onEveryEngine<EngineResult>(benchEngine, log, 'pglite-first');

const md = report(results, skipped);
process.stdout.write(md);
mkdirSync(`${ROOT}bench/results`, { recursive: true });
writeFileSync(`${ROOT}bench/results/latest.md`, md);
const bad = results.some((r) => r.bare.non2xx + r.api.non2xx + r.bare.errors + r.api.errors > 0);
if (bad) log('WARNING: non-2xx responses or errors during load; figures are not trustworthy');
process.exit(failed || bad ? 1 : 0);
