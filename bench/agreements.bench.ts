/**
 * Agreements benchmark (issue 4): `node --import tsx bench/agreements.bench.ts`.
 *
 * "Time to compute and serve the payment plans of 290 municipalities × 10 years, and p99 latency
 * of the overview under 50 concurrent connections."
 *
 * Per engine — PostgreSQL (when DATABASE_URL is set or postgres://postgres@127.0.0.1:5432/postgres
 * answers; a fresh database) and PGlite (a temp data directory; skipped when inserting the data
 * takes longer than BENCH_PGLITE_SEED_LIMIT seconds) — the server is started in this process with
 * prepare() and DEMO_DATA=true; then bench/lib/agreement-data.ts adds 290 municipalities to the
 * demo county, an index series with values 2016–2036 and a template with the demo's terms, issued
 * to all 290 through issueTemplate (split by population). As the demo coordinator:
 *  - Plans in process: agreementPlan(db, actor, id, { from: 2016, to: 2025 }) for all 290 in turn.
 *  - Plans over HTTP: GET /api/agreements/:id/plan?from=2016&to=2025 for all 290 in turn; then
 *    under load (autocannon in a child process, BENCH_PLAN_CONNECTIONS connections, ids
 *    round-robin); CSV and XLSX export of one plan.
 *  - Overview: GET /api/agreements (all 298 agreements of the county) alone and under
 *    BENCH_CONNECTIONS (50) connections; agreementOverview in process.
 * Results: stdout and bench/results/agreements.md. See bench/README.md for the settings.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { loadConfig } from '../src/platform/config.js';
import { prepare } from '../src/app/start.js';
import { DEMO_PASSWORD, demoPeople } from '../src/app/demo/county.js';
import { agreementPlan } from '../src/agreements/plan.js';
import { agreementOverview } from '../src/agreements/instances.js';
import type { PaymentPlan } from '../src/agreements/contract.js';
import { onEveryEngine, type Storage } from './lib/storage.js';
import { ROOT } from './lib/server.js';
import { login } from './lib/load.js';
import { spreadLoad, type SpreadOptions, type SpreadResult } from './lib/spread-load.js';
import { trackInFlight } from './lib/drain.js';
import { actorOf, seedBenchAgreements, BENCH_MUNICIPALITIES, type BenchAgreements } from './lib/agreement-data.js';
import { fmt, log } from './lib/report.js';

const env = (name: string, dflt: number) => Number(process.env[name] ?? dflt);
const connections = env('BENCH_CONNECTIONS', 50);
const planConnections = env('BENCH_PLAN_CONNECTIONS', 10);
const seconds = env('BENCH_DURATION', 10);
const warmup = env('BENCH_WARMUP', 2);
const timeout = env('BENCH_TIMEOUT', 60);
const runs = env('BENCH_RUNS', 7);
const pgliteSeedLimitMs = env('BENCH_PGLITE_SEED_LIMIT', 60) * 1000;
const FROM = 2016;
const TO = 2025;
const YEARS = TO - FROM + 1;

const loadAtStart = loadavg()[0];

interface Stats {
  median: number;
  min: number;
  max: number;
  first: number;
}
async function timed(n: number, fn: () => Promise<unknown>): Promise<Stats> {
  const t0 = performance.now();
  await fn(); // the first run (cold code, caches) is reported apart, not in the median
  const first = performance.now() - t0;
  const all: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    all.push(performance.now() - t);
  }
  all.sort((a, b) => a - b);
  return { median: all[Math.floor(all.length / 2)], min: all[0], max: all[all.length - 1], first };
}

/** Runs fn once per item in turn; the total wall time and the distribution of the single calls. */
interface Sweep {
  total: number;
  median: number;
  p99: number;
  max: number;
  first: number;
}
async function sweep<T>(items: T[], fn: (item: T) => Promise<unknown>): Promise<Sweep> {
  const all: number[] = [];
  const t0 = performance.now();
  for (const item of items) {
    const t = performance.now();
    await fn(item);
    all.push(performance.now() - t);
  }
  const total = performance.now() - t0;
  const first = all[0];
  all.sort((a, b) => a - b);
  return {
    total,
    median: all[Math.floor(all.length / 2)],
    p99: all[Math.min(all.length - 1, Math.ceil(all.length * 0.99) - 1)],
    max: all[all.length - 1],
    first,
  };
}

interface EngineResult {
  label: string;
  demoMs: number;
  seedMs: number;
  data: BenchAgreements;
  plansInProcess: Sweep;
  plansHttp: Sweep;
  planBytes: number;
  planLoad: SpreadResult;
  csv: Stats & { bytes: number };
  xlsx: Stats & { bytes: number };
  overviewInProcess: Stats;
  overviewSingle: Stats;
  overviewRows: number;
  overviewLoad: SpreadResult;
  check: string;
}

function checkPlan(p: PaymentPlan, disputed: boolean) {
  if (
    p.rows.length !== YEARS * 12 ||
    p.years.length !== YEARS ||
    p.years[0].year !== FROM ||
    p.years.at(-1)!.year !== TO
  )
    throw new Error(`plan ${p.agreementId}: ${p.rows.length} rows over ${p.years.length} years`);
  if (p.years.some((y) => !y.index)) throw new Error(`plan ${p.agreementId}: a year without an index value`);
  if (disputed !== p.total.withheldOre > 0)
    throw new Error(`plan ${p.agreementId}: withheld ${p.total.withheldOre} (disputed: ${disputed})`);
}

async function benchEngine(storage: Storage): Promise<EngineResult | string> {
  const config = loadConfig({ ...storage.env, PORT: '0', HOST: '127.0.0.1', DEMO_DATA: 'true', LOG_LEVEL: 'warn' });
  let t = performance.now();
  const running = await prepare(config);
  try {
    const demoMs = performance.now() - t;
    const { db } = running.services.database;
    const coord = demoPeople.find((p) => p.key === 'coord')!;
    const actor = await actorOf(db, coord.email);
    log(
      `${storage.label}: demo county loaded in ${demoMs.toFixed(0)} ms; adding ${BENCH_MUNICIPALITIES} municipalities and issuing the template to them…`,
    );
    t = performance.now();
    const data = await seedBenchAgreements(db, actor);
    const seedMs = performance.now() - t;
    log(
      `${storage.label}: data in ${seedMs.toFixed(0)} ms (municipalities ${data.ms.municipalities.toFixed(0)}, series + template ${data.ms.seriesAndTemplate.toFixed(0)}, issueTemplate ${data.ms.issue.toFixed(0)}, signatures/contacts/disputes ${data.ms.extras.toFixed(0)})`,
    );
    if (storage.engine === 'pglite' && seedMs > pgliteSeedLimitMs)
      return `PGlite (setting up the data took ${(seedMs / 1000).toFixed(0)} s, over the ${pgliteSeedLimitMs / 1000} s limit)`;

    const ids = data.agreementIds;
    const disputed = new Set(data.disputedIds);
    const range = { from: FROM, to: TO };

    // Plans in process: the use case the route calls, without HTTP, auth or serialisation.
    log(`${storage.label}: agreementPlan × ${ids.length} in process…`);
    let planTotal = 0;
    let firstYearTotal = 0;
    let firstYearIndex = 0;
    const plansInProcess = await sweep(ids, async (id) => {
      const p = await agreementPlan(db, actor, id, range);
      checkPlan(p, disputed.has(id));
      planTotal += p.total.amountOre;
      firstYearTotal += p.years[0].amountOre;
      firstYearIndex = p.years[0].index!.basisPoints;
    });
    // The split gives the 290 municipalities the county total exactly, and every plan applies the
    // same index in 2016, so the plans' 2016 amounts add up to the indexed county total (± 1 öre
    // of rounding per agreement): a check that the split and the plans agree.
    const expected2016 = (data.countyTotalOre * (10000 + firstYearIndex)) / 10000;
    if (Math.abs(firstYearTotal - expected2016) > ids.length)
      throw new Error(`the plans' ${FROM} amounts add up to ${firstYearTotal} öre, expected ≈ ${expected2016}`);
    const check = `Σ of the ${ids.length} plans ${FROM}–${TO}: ${(planTotal / 100).toLocaleString('en-US')} kr; ${FROM}: ${(firstYearTotal / 100).toLocaleString('en-US')} kr = county total ${(data.countyTotalOre / 100).toLocaleString('en-US')} kr × (1 + ${(firstYearIndex / 100).toFixed(2)} %) ± rounding (${data.populationTotal.toLocaleString('en-US')} inhabitants)`;

    const inFlight = trackInFlight(running.app);
    await running.app.listen({ port: 0, host: '127.0.0.1' });
    const addr = running.app.server.address();
    const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    const cookie = await login(base, coord.email, DEMO_PASSWORD);
    const get = async (path: string) => {
      const res = await fetch(base + path, { headers: { cookie } });
      const body = Buffer.from(await res.arrayBuffer());
      if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${body.toString().slice(0, 300)}`);
      return body;
    };

    // Warm-up, drain, measured run, drain: the server finishes the requests it had already read
    // when autocannon stopped before the next run starts (or the server closes).
    const load = async (o: Omit<SpreadOptions, 'seconds'>) => {
      const drain = async () => {
        const t = performance.now();
        const left = await inFlight.drained(timeout * 1000);
        if (left) log(`${storage.label}: WARNING ${left} requests still in flight after ${timeout} s`);
        else if (performance.now() - t > 100)
          log(`${storage.label}: drained leftover requests in ${(performance.now() - t).toFixed(0)} ms`);
      };
      if (warmup > 0) {
        await spreadLoad({ ...o, seconds: warmup });
        await drain();
      }
      const r = await spreadLoad({ ...o, seconds });
      await drain();
      return r;
    };

    // Plans over HTTP, one after the other (each response parsed and checked after its timing).
    log(`${storage.label}: GET …/plan × ${ids.length} over HTTP, one at a time…`);
    const planPath = (id: string) => `/api/agreements/${id}/plan?from=${FROM}&to=${TO}`;
    const bodies: Buffer[] = [];
    const plansHttp = await sweep(ids, async (id) => bodies.push(await get(planPath(id))));
    bodies.forEach((b, i) => checkPlan(JSON.parse(b.toString()) as PaymentPlan, disputed.has(ids[i])));
    const planBytes = Math.round(bodies.reduce((n, b) => n + b.length, 0) / bodies.length);

    log(
      `${storage.label}: GET …/plan under load: warm-up ${warmup}s, then ${seconds}s × ${planConnections} connections over ${ids.length} ids…`,
    );
    const planLoad = await load({
      base,
      paths: ids.map(planPath),
      connections: planConnections,
      timeout,
      headers: { cookie },
    });

    log(`${storage.label}: CSV and XLSX export of one plan…`);
    const exportPath = (ext: string) => `/api/agreements/${ids[0]}/plan.${ext}?from=${FROM}&to=${TO}&lang=sv`;
    const csv = { ...(await timed(runs, () => get(exportPath('csv')))), bytes: (await get(exportPath('csv'))).length };
    const xlsx = {
      ...(await timed(runs, () => get(exportPath('xlsx')))),
      bytes: (await get(exportPath('xlsx'))).length,
    };

    // The overview: every agreement of the county (8 demo + 290 bench).
    const overview = JSON.parse((await get('/api/agreements')).toString()) as unknown[];
    if (overview.length !== ids.length + 8)
      throw new Error(`the overview has ${overview.length} rows, expected ${ids.length + 8}`);
    const overviewInProcess = await timed(runs, () => agreementOverview(db, actor));
    const overviewSingle = await timed(runs, () => get('/api/agreements'));
    log(
      `${storage.label}: GET /api/agreements (${overview.length} rows) alone ${overviewSingle.median.toFixed(0)} ms; warm-up ${warmup}s, then ${seconds}s × ${connections} connections…`,
    );
    const overviewLoad = await load({ base, paths: ['/api/agreements'], connections, timeout, headers: { cookie } });

    return {
      label: storage.label,
      demoMs,
      seedMs,
      data,
      plansInProcess,
      plansHttp,
      planBytes,
      planLoad,
      csv,
      xlsx,
      overviewInProcess,
      overviewSingle,
      overviewRows: overview.length,
      overviewLoad,
      check,
    };
  } finally {
    await running.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Report

const ms = (n: number) => (n < 1 ? '<1' : fmt(n)); // autocannon's resolution is 1 ms
const ms1 = (n: number) => `${fmt(n, n < 10 ? 1 : 0)} ms`;
const stat = (s: Stats) =>
  `${ms1(s.median)} (${fmt(s.min, s.min < 10 ? 1 : 0)}–${fmt(s.max, s.max < 10 ? 1 : 0)}; first ${fmt(s.first)})`;
const kb = (n: number) => `${fmt(n / 1024, n < 10240 ? 1 : 0)} kB`;
const sweepCell = (s: Sweep) =>
  `**${fmt(s.total / 1000, 2)} s** (median ${ms1(s.median)}, p99 ${ms1(s.p99)}, max ${ms1(s.max)}; first ${ms1(s.first)})`;

function report(results: EngineResult[], skipped: string[]): string {
  const cols = results.map((r) => r.label);
  const head = [`| Measure | ${cols.join(' | ')} |`, `|---|${cols.map(() => '---:').join('|')}|`];
  const row = (name: string, cell: (r: EngineResult) => string) => `| ${name} | ${results.map(cell).join(' | ')} |`;
  const loadRows = (name: string, pick: (r: EngineResult) => SpreadResult, conns: number) => [
    row(`**${name}**, ${conns} connections: req/s`, (r) => fmt(pick(r).rps, 1)),
    row('… p50 / **p99** / max latency', (r) => `${ms(pick(r).p50)} / **${ms(pick(r).p99)}** / ${ms(pick(r).max)} ms`),
    row(
      '… requests / non-2xx / errors / timeouts',
      (r) => `${fmt(pick(r).requests)} / ${pick(r).non2xx} / ${pick(r).errors} / ${pick(r).timeouts}`,
    ),
  ];
  return [
    '# Samsyn agreements benchmark',
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, ${process.platform}/${process.arch}; 1-min load average ${loadAtStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end (other work on the machine skews figures)`,
    `- Data: demo county (8 municipalities, the demo agreement) + ${BENCH_MUNICIPALITIES} bench municipalities (codes 5000–${5000 + BENCH_MUNICIPALITIES - 1}, populations shaped like Sweden's) with the demo's terms issued to all through \`issueTemplate\` (county total split by population), index series with values 2016–2036, both parties signed, two contacts each, an open dispute (50 % of area B withheld from 2024-03-01) on every tenth`,
    `- Plans: ${FROM}–${TO} (${YEARS} years, ${YEARS * 12} monthly rows each), one agreement after the other; "in process" is \`agreementPlan(db, actor, id, { from: ${FROM}, to: ${TO} })\`, "over HTTP" is \`GET /api/agreements/:id/plan?from=${FROM}&to=${TO}\` (session, auth, zod serialisation, response read). Total = wall time for all ${BENCH_MUNICIPALITIES}`,
    `- Load: autocannon in a child process, ${seconds} s after a ${warmup} s warm-up, loopback, signed in as the demo coordinator; plan ids round-robin over all ${BENCH_MUNICIPALITIES}; response timeout ${timeout} s. "Alone": median of ${runs} sequential requests after one discarded (shown as "first")`,
    ...(skipped.length ? [`- Skipped: ${skipped.join('; ')}`] : []),
    '',
    ...head,
    row('Demo county (migrate + demo data) / bench data', (r) => `${fmt(r.demoMs)} ms / ${fmt(r.seedMs)} ms`),
    row(`… of which \`issueTemplate\` to ${BENCH_MUNICIPALITIES} municipalities`, (r) => `${fmt(r.data.ms.issue)} ms`),
    row(`**${BENCH_MUNICIPALITIES} payment plans × ${YEARS} years, in process**`, (r) => sweepCell(r.plansInProcess)),
    row(`**${BENCH_MUNICIPALITIES} payment plans × ${YEARS} years, over HTTP**`, (r) => sweepCell(r.plansHttp)),
    row('… plan response size', (r) => kb(r.planBytes)),
    ...loadRows(`GET /api/agreements/:id/plan?from=${FROM}&to=${TO}`, (r) => r.planLoad, planConnections),
    row(`GET …/plan.csv (one plan, ${YEARS} years): median (min–max)`, (r) => `${stat(r.csv)}, ${kb(r.csv.bytes)}`),
    row(`GET …/plan.xlsx (one plan, ${YEARS} years): median (min–max)`, (r) => `${stat(r.xlsx)}, ${kb(r.xlsx.bytes)}`),
    row('**Overview** `agreementOverview` in process', (r) => stat(r.overviewInProcess)),
    row(
      '**GET /api/agreements** alone (rows, size)',
      (r) => `${stat(r.overviewSingle)} (${r.overviewRows} rows, ${kb(r.overviewLoad.bytesPerResponse)})`,
    ),
    ...loadRows('GET /api/agreements', (r) => r.overviewLoad, connections),
    '',
    ...results.map((r) => `- ${r.label}: ${r.check}`),
    '',
    'Latency resolution under load is 1 ms. Non-2xx must be 0 for the figures to count. See bench/README.md.',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Main

const { results, skipped, failed } = await onEveryEngine<EngineResult>(benchEngine, log);

const md = report(results, skipped);
process.stdout.write(md);
mkdirSync(`${ROOT}bench/results`, { recursive: true });
writeFileSync(`${ROOT}bench/results/agreements.md`, md);
const bad = results.some((r) => [r.planLoad, r.overviewLoad].some((l) => l.non2xx + l.errors > 0));
if (bad) log('WARNING: non-2xx responses or errors during load; figures are not trustworthy');
process.exit(failed || bad ? 1 : 0);
