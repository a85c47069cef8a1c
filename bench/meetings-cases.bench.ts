/**
 * A body's case list (issue 12, "a body's case list with 10 000 cases (p99)"):
 * `node --import tsx bench/meetings-cases.bench.ts`.
 *
 * For each engine (PostgreSQL when reachable, then PGlite), on fresh storage: the server in this process
 * with prepare() and DEMO_DATA=true. Through the real use case (`createCase`, audited), BENCH_CASES
 * (10 000) cases of Region Jämtland Härjedalen in series RS, spread over ten years, each with its first
 * step in the demo's Regionstyrelsen (PostgreSQL: BENCH_WRITERS (8) at a time; PGlite: one at a time,
 * it has one connection). Then, signed in as the demo coordinator, autocannon in a separate process with
 * BENCH_CONNECTIONS (10) connections for BENCH_DURATION (10) s after a BENCH_WARMUP (2) s warm-up, pages
 * of BENCH_PAGE (50) of `GET /api/cases` filtered to the organisation and the body: the first page, the
 * last page (offset near the end), and one year of it. Results: stdout and bench/results/meetings-cases.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { and, eq } from 'drizzle-orm';
import { loadConfig } from '../src/platform/config.js';
import { prepare } from '../src/app/start.js';
import type { Actor } from '../src/policy/policy.js';
import { DEMO_PASSWORD, demoPeople } from '../src/app/demo/county.js';
import { organisations } from '../src/organisations/index.js';
import { bodies } from '../src/bodies/index.js';
import { createCase } from '../src/meetings/cases.js';
import { onEveryEngine, type Storage } from './lib/storage.js';
import { ROOT } from './lib/server.js';
import { autocannon, login, type LoadResult } from './lib/load.js';
import { fmt, kB, log } from './lib/report.js';

const env = (name: string, dflt: number) => Number(process.env[name] ?? dflt);
const connections = env('BENCH_CONNECTIONS', 10);
const seconds = env('BENCH_DURATION', 10);
const warmup = env('BENCH_WARMUP', 2);
const total = env('BENCH_CASES', 10_000);
const writers = env('BENCH_WRITERS', 8);
const pageSize = env('BENCH_PAGE', 50);
const YEARS = 10;
const FIRST_YEAR = 2016;
const loadAtStart = loadavg()[0];

interface Run {
  name: string;
  load: LoadResult;
  total: number;
}
interface EngineResult {
  label: string;
  seedMs: number;
  runs: Run[];
}

type Db = Awaited<ReturnType<typeof prepare>>['services']['database']['db'];

async function seedCases(db: Db, parallel: number) {
  const [org] = await db
    .select({ id: organisations.id, countyId: organisations.countyId })
    .from(organisations)
    .where(eq(organisations.name, 'Region Jämtland Härjedalen'));
  const [body] = await db
    .select({ id: bodies.id })
    .from(bodies)
    .where(and(eq(bodies.organisationId, org.id), eq(bodies.name, 'Regionstyrelsen')));
  if (!body) throw new Error("the demo's Regionstyrelsen is missing");
  const registrar: Actor = {
    userId: '00000000-0000-0000-0000-000000000000',
    personId: '',
    organisationId: org.id,
    countyId: org.countyId,
    role: 'coordinator',
    name: 'Samsyn (bench)',
    email: '',
  };
  const perYear = Math.ceil(total / YEARS);
  let next = 0;
  const t0 = performance.now();
  const worker = async () => {
    for (let i = next++; i < total; i = next++) {
      const year = FIRST_YEAR + Math.floor(i / perYear);
      await createCase(db, registrar, {
        organisationId: org.id,
        series: 'RS',
        number: (i % perYear) + 1,
        year,
        kind: i % 10 === 0 ? 'motion' : 'case',
        title: `Ärende ${i + 1}: ${['Yttrande över remiss', 'Uppföljning av avtal', 'Motion om samverkan', 'Budgetfråga'][i % 4]} ${year}`,
        concerns: [],
        firstStep: { bodyId: body.id, kind: i % 3 === 0 ? 'preparation' : 'decision' },
      });
      if ((i + 1) % 1000 === 0) log(`  ${i + 1} cases`);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return { orgId: org.id, bodyId: body.id, seedMs: performance.now() - t0 };
}

async function benchEngine(storage: Storage): Promise<EngineResult> {
  const config = loadConfig({ ...storage.env, PORT: '0', HOST: '127.0.0.1', DEMO_DATA: 'true', LOG_LEVEL: 'warn' });
  const running = await prepare(config);
  try {
    log(`${storage.label}: ${fmt(total)} cases through createCase…`);
    const seeded = await seedCases(running.services.database.db, storage.engine === 'postgres' ? writers : 1);
    await running.app.listen({ port: 0, host: '127.0.0.1' });
    const addr = running.app.server.address();
    const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    const coordinator = demoPeople.find((p) => p.key === 'coord')!;
    const cookie = await login(base, coordinator.email, DEMO_PASSWORD);

    const list = `/api/cases?organisationId=${seeded.orgId}&bodyId=${seeded.bodyId}&limit=${pageSize}`;
    const check = async (path: string) => {
      const res = await fetch(base + path, { headers: { cookie } });
      const page = (await res.json()) as { items?: unknown[]; total?: number };
      if (res.status !== 200 || !Array.isArray(page.items) || !page.items.length)
        throw new Error(`GET ${path}: ${res.status} ${JSON.stringify(page).slice(0, 200)}`);
      return page.total!;
    };
    const all = await check(list);
    const paths: [string, string][] = [
      [`First page (${pageSize})`, list],
      [`Last page (offset ${fmt(all - pageSize)})`, `${list}&offset=${all - pageSize}`],
      [`One year (${FIRST_YEAR + 4}), first page`, `${list}&year=${FIRST_YEAR + 4}`],
    ];
    const runs: Run[] = [];
    for (const [name, path] of paths) {
      const n = await check(path);
      log(`${storage.label}: ${name} warm-up ${warmup}s, then ${seconds}s × ${connections} connections…`);
      if (warmup > 0) await autocannon(base + path, { connections, seconds: warmup, headers: { cookie } });
      runs.push({ name, total: n, load: await autocannon(base + path, { connections, seconds, headers: { cookie } }) });
    }
    return { label: storage.label, seedMs: seeded.seedMs, runs };
  } finally {
    await running.close();
  }
}

const ms = (n: number) => (n < 1 ? '<1' : fmt(n));
function report(results: EngineResult[], skipped: string[]): string {
  const cols = results.map((r) => r.label);
  const row = (name: string, cell: (r: EngineResult) => string) => `| ${name} | ${results.map(cell).join(' | ')} |`;
  const names = results[0]?.runs.map((r) => r.name) ?? [];
  return [
    "# Samsyn benchmark: a body's case list",
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}; 1-min load average ${loadAtStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end (other work on the machine skews figures)`,
    `- Data: the demo county and ${fmt(total)} cases of Region Jämtland Härjedalen (series RS, ${FIRST_YEAR}–${FIRST_YEAR + YEARS - 1}), each with a step in Regionstyrelsen, made through \`createCase\` (audited)`,
    `- Load: \`GET /api/cases?organisationId=…&bodyId=…&limit=${pageSize}\` signed in as the demo coordinator (session, policy scope, list and count queries, zod serialisation); autocannon, ${connections} connections, ${seconds} s per page after a ${warmup} s warm-up, loopback, load generator in a separate process`,
    ...(skipped.length ? [`- Skipped: ${skipped.join('; ')}`] : []),
    '',
    `| Measure | ${cols.join(' | ')} |`,
    `|---|${cols.map(() => '---:').join('|')}|`,
    row(
      'Creating the cases (createCase)',
      (r) => `${fmt(r.seedMs / 1000, 1)} s (${fmt((total * 1000) / r.seedMs)} /s)`,
    ),
    ...names.flatMap((name, i) => [
      row(`${name}: p50 / p99 latency`, (r) => `${ms(r.runs[i].load.p50)} / ${ms(r.runs[i].load.p99)} ms`),
      row(`${name}: req/s`, (r) => fmt(r.runs[i].load.rps)),
      row(
        `${name}: cases matching / response size`,
        (r) => `${fmt(r.runs[i].total)} / ${kB(r.runs[i].load.bytesPerResponse)}`,
      ),
    ]),
    row(
      'Non-2xx / errors / timeouts',
      (r) =>
        `${r.runs.reduce((n, x) => n + x.load.non2xx, 0)} / ${r.runs.reduce((n, x) => n + x.load.errors, 0)} / ${r.runs.reduce((n, x) => n + x.load.timeouts, 0)}`,
    ),
    '',
    'Lower latency and higher req/s are better; latency resolution is 1 ms.',
    '',
  ].join('\n');
}

const { results, skipped, failed } = await onEveryEngine<EngineResult>(benchEngine, log);
const md = report(results, skipped);
process.stdout.write(md);
mkdirSync(`${ROOT}bench/results`, { recursive: true });
writeFileSync(`${ROOT}bench/results/meetings-cases.md`, md);
const bad = results.some((r) => r.runs.some((x) => x.load.non2xx + x.load.errors > 0));
if (bad) log('WARNING: non-2xx responses or errors during load; figures are not trustworthy');
process.exit(failed || bad ? 1 : 0);
