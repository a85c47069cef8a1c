/**
 * Indicator page benchmark (issue 13, "an indicator page under 50 connections (p99)"):
 * `npm run bench:statistics-indicators`.
 *
 * For each engine (PostgreSQL when reachable, then PGlite), on fresh storage: the server in this
 * process with prepare() and DEMO_DATA=true (Jämtlands län, its indicator set tied to the gender
 * equality sub-goals); the demo's five KPIs × 5 years × 8 municipalities, region and country × K/M/T
 * written as an import would (idempotent when the demo already imported them). Then, signed in as the
 * demo's reader, autocannon in a separate process with BENCH_CONNECTIONS (50) connections for
 * BENCH_DURATION (10) s after a BENCH_WARMUP (2) s warm-up: an indicator's page
 * (`GET /api/statistics/indicators/:id`), the set's page (`GET /api/statistics/indicator-sets/:id`,
 * every indicator with latest value and trend) and a bare route (one primary-key SELECT) for the floor.
 * Results: stdout and bench/results/statistics-indicators.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { eq, sql } from 'drizzle-orm';
import { loadConfig } from '../src/platform/config.js';
import { prepare } from '../src/app/start.js';
import { counties } from '../src/counties/index.js';
import { statisticsIndicatorSets, statisticsIndicators } from '../src/statistics/schema.js';
import { writeDemoFigures } from '../e2e/statistics-figures.js';
import { onEveryEngine, type Storage } from './lib/storage.js';
import { ROOT } from './lib/server.js';
import { autocannon, login, type LoadResult } from './lib/load.js';
import { fmt, kB, log } from './lib/report.js';

const env = (name: string, dflt: number) => Number(process.env[name] ?? dflt);
const connections = env('BENCH_CONNECTIONS', 50);
const seconds = env('BENCH_DURATION', 10);
const warmup = env('BENCH_WARMUP', 2);
const loadAtStart = loadavg()[0];

interface EngineResult {
  label: string;
  indicators: number;
  bare: LoadResult;
  page: LoadResult;
  set: LoadResult;
}

type Db = Awaited<ReturnType<typeof prepare>>['services']['database']['db'];

/** The demo's figures in the demo county, and the demo's set and its first indicator. */
async function seed(db: Db): Promise<{ setId: string; indicatorId: string; count: number }> {
  const [county] = await db.select().from(counties).where(eq(counties.code, '23'));
  if (!county) throw new Error('Jämtlands län is not in the demo data');
  await writeDemoFigures(db, county.id);
  const [set] = await db
    .select({ id: statisticsIndicatorSets.id })
    .from(statisticsIndicatorSets)
    .where(eq(statisticsIndicatorSets.countyId, county.id));
  if (!set) throw new Error('the demo has no indicator set');
  const indicators = await db
    .select({ id: statisticsIndicators.id })
    .from(statisticsIndicators)
    .where(eq(statisticsIndicators.setId, set.id));
  return { setId: set.id, indicatorId: indicators[0].id, count: indicators.length };
}

async function benchEngine(storage: Storage): Promise<EngineResult> {
  const config = loadConfig({ ...storage.env, PORT: '0', HOST: '127.0.0.1', DEMO_DATA: 'true', LOG_LEVEL: 'warn' });
  log(`${storage.label}: demo data and figures…`);
  const running = await prepare(config);
  try {
    const { db } = running.services.database;
    const { setId, indicatorId, count } = await seed(db);
    running.app.get('/bench/bare', { schema: { hide: true } }, async () => {
      const r = (await db.execute(
        sql`select id, name from statistics_indicator_sets where id = ${setId}`,
      )) as unknown as {
        rows: unknown[];
      };
      return r.rows[0];
    });
    await running.app.listen({ port: 0, host: '127.0.0.1' });
    const addr = running.app.server.address();
    const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    const cookie = await login(base, 'lasare@samsyn.example', 'samsyn-demo-2026');
    const pagePath = `/api/statistics/indicators/${indicatorId}`;
    const check = await fetch(base + pagePath, { headers: { cookie } });
    const body = (await check.json()) as { latest?: unknown; municipalities?: unknown[] };
    if (check.status !== 200 || !body.latest || !body.municipalities?.length)
      throw new Error(`GET ${pagePath}: ${check.status} ${JSON.stringify(body).slice(0, 200)}`);

    const run = async (url: string) => {
      log(`${storage.label}: ${url} warm-up ${warmup}s, then ${seconds}s × ${connections} connections…`);
      if (warmup > 0) await autocannon(base + url, { connections, seconds: warmup, headers: { cookie } });
      return autocannon(base + url, { connections, seconds, headers: { cookie } });
    };
    const bare = await run('/bench/bare');
    const page = await run(pagePath);
    const set = await run(`/api/statistics/indicator-sets/${setId}`);
    return { label: storage.label, indicators: count, bare, page, set };
  } finally {
    await running.close();
  }
}

const ms = (n: number) => (n < 1 ? '<1' : fmt(n));
function report(results: EngineResult[], skipped: string[]): string {
  const cols = results.map((r) => r.label);
  const row = (name: string, cell: (r: EngineResult) => string) => `| ${name} | ${results.map(cell).join(' | ')} |`;
  const load = (name: string, pick: (r: EngineResult) => LoadResult) => [
    row(`${name} req/s`, (r) => fmt(pick(r).rps)),
    row(`${name} p50 / p99 latency`, (r) => `${ms(pick(r).p50)} / ${ms(pick(r).p99)} ms`),
    row(`${name} response size (incl. headers)`, (r) => kB(pick(r).bytesPerResponse)),
  ];
  return [
    '# Samsyn indicator page benchmark',
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}; 1-min load average ${loadAtStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end (other work on the machine skews figures)`,
    '- Data: the demo (Jämtlands län, 8 municipalities, the region and the country), 5 KPIs × 5 years × K/M/T; the demo’s indicator set tied to the gender equality sub-goals',
    `- Load: autocannon, ${connections} connections, ${seconds} s per endpoint after a ${warmup} s warm-up, signed in as the demo’s reader, loopback, load generator in a separate process`,
    ...(skipped.length ? [`- Skipped: ${skipped.join('; ')}`] : []),
    '',
    `| Measure | ${cols.join(' | ')} |`,
    `|---|${cols.map(() => '---:').join('|')}|`,
    row('Indicators in the set', (r) => String(r.indicators)),
    row('Bare route (1 indexed SELECT) req/s', (r) => fmt(r.bare.rps)),
    row('Bare route p50 / p99 latency', (r) => `${ms(r.bare.p50)} / ${ms(r.bare.p99)} ms`),
    ...load('`GET /api/statistics/indicators/:id` (indicator page)', (r) => r.page),
    ...load('`GET /api/statistics/indicator-sets/:id` (set page)', (r) => r.set),
    row('Throughput ratio indicator page / bare', (r) => fmt(r.page.rps / r.bare.rps, 2)),
    row(
      'Non-2xx / errors / timeouts',
      (r) => `${r.page.non2xx + r.set.non2xx} / ${r.page.errors + r.set.errors} / ${r.page.timeouts + r.set.timeouts}`,
    ),
    '',
    'Higher req/s and lower latency are better; latency resolution is 1 ms. Per indicator page: the',
    'indicator, its goal links, the KPI, the county and its municipalities, the goal items and their',
    'frameworks, and every figure of the KPI in the county in one query; the trend, target and the',
    'county against the country are computed in memory (src/statistics/indicator-rules.ts).',
    '',
  ].join('\n');
}

const { results, skipped, failed } = await onEveryEngine<EngineResult>(benchEngine, log);
const md = report(results, skipped);
process.stdout.write(md);
mkdirSync(`${ROOT}bench/results`, { recursive: true });
writeFileSync(`${ROOT}bench/results/statistics-indicators.md`, md);
const bad = results.some((r) => r.page.non2xx + r.set.non2xx + r.page.errors + r.set.errors > 0);
if (bad) log('WARNING: non-2xx responses or errors during load; figures are not trustworthy');
process.exit(failed || bad ? 1 : 0);
