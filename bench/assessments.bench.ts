/**
 * Assessment benchmark (issue 3): `node --import tsx bench/assessments.bench.ts`.
 *
 * Per engine — PostgreSQL (when DATABASE_URL is set or postgres://postgres@127.0.0.1:5432/postgres
 * answers; a fresh database) and PGlite (a temp data directory) — the server is started in this
 * process with prepare() and DEMO_DATA=true, then a programme of BENCH_INITIATIVES (100)
 * initiatives, each with one full assessment, is inserted in bulk (bench/lib/assessment-data.ts).
 * Signed in as the demo coordinator, autocannon (a child process) loads the calls the assessment
 * page makes, one at a time: GET /api/assessments/:id, …/wheel.svg, …/actors.svg (ids
 * round-robin over all assessments) and GET /api/programmes/:id/overview.
 * Documents: renderDocx/renderPdf on sampleAssessment('full') and on a bench assessment loaded
 * with findAssessment (Swedish), and GET …/report.pdf and …/report.docx end to end.
 * Results: stdout and bench/results/assessments.md. See bench/README.md for the settings.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { loadConfig } from '../src/platform/config.js';
import { prepare } from '../src/app/start.js';
import { DEMO_PASSWORD, demoPeople } from '../src/app/demo/county.js';
import { findAssessment } from '../src/assessments/repository.js';
import { renderDocx, renderPdf } from '../src/assessments/report/index.js';
import { sampleAssessment } from '../src/assessments/report/fixture.js';
import type { Assessment } from '../src/assessments/contract.js';
import { onEveryEngine, type Storage } from './lib/storage.js';
import { ROOT } from './lib/server.js';
import { login } from './lib/load.js';
import { spreadLoad, type SpreadResult } from './lib/spread-load.js';
import { seedBenchProgramme } from './lib/assessment-data.js';
import { fmt, log } from './lib/report.js';

const env = (name: string, dflt: number) => Number(process.env[name] ?? dflt);
const connections = env('BENCH_CONNECTIONS', 50);
const seconds = env('BENCH_DURATION', 10);
const warmup = env('BENCH_WARMUP', 2);
const timeout = env('BENCH_TIMEOUT', 60);
const runs = env('BENCH_RUNS', 7);
const initiativeCount = env('BENCH_INITIATIVES', 100);
const pgliteSeedLimitMs = env('BENCH_PGLITE_SEED_LIMIT', 60) * 1000;

const loadAtStart = loadavg()[0];

interface Stats {
  median: number;
  min: number;
  max: number;
  first: number;
}
async function timed(n: number, fn: () => Promise<unknown>): Promise<Stats> {
  const t0 = performance.now();
  await fn(); // the first run (cold: fonts, module code) is reported apart, not in the median
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

interface Endpoint {
  name: string;
  paths: string[];
}
interface EngineResult {
  label: string;
  demoMs: number;
  seedMs: number;
  rows: number;
  load: { endpoint: Endpoint; single: Stats; result: SpreadResult }[];
  e2e: { pdf: Stats; docx: Stats; pdfBytes: number; docxBytes: number };
  real?: Assessment;
}

async function benchEngine(storage: Storage): Promise<EngineResult | string> {
  const config = loadConfig({ ...storage.env, PORT: '0', HOST: '127.0.0.1', DEMO_DATA: 'true', LOG_LEVEL: 'warn' });
  let t = performance.now();
  const running = await prepare(config);
  try {
    const demoMs = performance.now() - t;
    log(
      `${storage.label}: demo county loaded in ${demoMs.toFixed(0)} ms; inserting ${initiativeCount} full assessments…`,
    );
    t = performance.now();
    const data = await seedBenchProgramme(running.services.database.db, initiativeCount);
    const seedMs = performance.now() - t;
    log(`${storage.label}: ${data.rows} rows inserted in ${seedMs.toFixed(0)} ms`);
    if (storage.engine === 'pglite' && seedMs > pgliteSeedLimitMs)
      return `PGlite (inserting the bench data took ${(seedMs / 1000).toFixed(0)} s, over the ${pgliteSeedLimitMs / 1000} s limit)`;

    await running.app.listen({ port: 0, host: '127.0.0.1' });
    const addr = running.app.server.address();
    const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    const coord = demoPeople.find((p) => p.key === 'coord')!;
    const cookie = await login(base, coord.email, DEMO_PASSWORD);
    const get = async (path: string) => {
      const res = await fetch(base + path, { headers: { cookie } });
      const body = Buffer.from(await res.arrayBuffer());
      if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${body.toString().slice(0, 300)}`);
      return body;
    };

    // Check that the data is what we claim before timing anything.
    const a = JSON.parse((await get(`/api/assessments/${data.assessmentIds[0]}`)).toString()) as Assessment;
    const count = (lvl: string) => a.impacts.filter((i) => i.frameworkKind === 'agenda2030' && i.level === lvl).length;
    const shape = [
      count('goal'),
      count('target'),
      a.impacts.filter((i) => i.step === 1).length,
      a.actors.length,
      a.conflicts.length,
      a.actions.length,
      a.gates.length,
    ].join(',');
    if (shape !== '17,30,3,20,10,15,4') throw new Error(`bench assessment has the wrong shape: ${shape}`);
    const overview = JSON.parse((await get(`/api/programmes/${data.programmeId}/overview`)).toString()) as {
      rows: unknown[];
    };
    if (overview.rows.length !== initiativeCount) throw new Error(`overview has ${overview.rows.length} rows`);

    const ids = data.assessmentIds;
    const endpoints: Endpoint[] = [
      { name: 'GET /api/assessments/:id', paths: ids.map((id) => `/api/assessments/${id}`) },
      {
        name: 'GET /api/assessments/:id/wheel.svg',
        paths: ids.map((id) => `/api/assessments/${id}/wheel.svg?lang=sv`),
      },
      {
        name: 'GET /api/assessments/:id/actors.svg',
        paths: ids.map((id) => `/api/assessments/${id}/actors.svg?lang=sv`),
      },
      { name: 'GET /api/programmes/:id/overview', paths: [`/api/programmes/${data.programmeId}/overview`] },
    ];
    const load: EngineResult['load'] = [];
    for (const endpoint of endpoints) {
      let k = 0;
      const single = await timed(runs, () => get(endpoint.paths[k++ % endpoint.paths.length]));
      log(
        `${storage.label}: ${endpoint.name} — one at a time ${single.median.toFixed(0)} ms; warm-up ${warmup}s, then ${seconds}s × ${connections} connections…`,
      );
      const o = { base, paths: endpoint.paths, connections, timeout, headers: { cookie } };
      if (warmup > 0) await spreadLoad({ ...o, seconds: warmup });
      load.push({ endpoint, single, result: await spreadLoad({ ...o, seconds }) });
    }

    log(`${storage.label}: report.pdf and report.docx end to end…`);
    const pdfPath = `/api/assessments/${ids[0]}/report.pdf?lang=sv`;
    const docxPath = `/api/assessments/${ids[0]}/report.docx?lang=sv`;
    const e2e = {
      pdf: await timed(runs, () => get(pdfPath)),
      docx: await timed(runs, () => get(docxPath)),
      pdfBytes: (await get(pdfPath)).length,
      docxBytes: (await get(docxPath)).length,
    };
    // The report reads the record as anyone may; abilities do not enter a document.
    const real = {
      ...(await findAssessment(running.services.database.db, ids[0])),
      abilities: { update: false, comment: false },
    };
    return { label: storage.label, demoMs, seedMs, rows: data.rows, load, e2e, real };
  } finally {
    await running.close();
  }
}

interface DocResult {
  name: string;
  docx: Stats;
  pdf: Stats;
  docxBytes: number;
  pdfBytes: number;
}
async function benchDocuments(name: string, a: Assessment): Promise<DocResult> {
  log(`documents: ${name}, ${runs} runs each…`);
  return {
    name,
    docx: await timed(runs, () => renderDocx(a, 'sv')),
    pdf: await timed(runs, () => renderPdf(a, 'sv')),
    docxBytes: (await renderDocx(a, 'sv')).length,
    pdfBytes: (await renderPdf(a, 'sv')).length,
  };
}

// ---------------------------------------------------------------------------------------------
// Report

const ms = (n: number) => (n < 1 ? '<1' : fmt(n)); // autocannon's resolution is 1 ms
const stat = (s: Stats) => `${fmt(s.median)} ms (${fmt(s.min)}–${fmt(s.max)}; first ${fmt(s.first)})`;
const kb = (n: number) => `${fmt(n / 1024)} kB`;

function report(results: EngineResult[], docs: DocResult[], skipped: string[]): string {
  const cols = results.map((r) => r.label);
  const head = (first: string) => [`| ${first} | ${cols.join(' | ')} |`, `|---|${cols.map(() => '---:').join('|')}|`];
  const row = (name: string, cell: (r: EngineResult) => string) => `| ${name} | ${results.map(cell).join(' | ')} |`;
  const loadRows = (results[0]?.load ?? []).flatMap((l, i) => [
    row(`**${l.endpoint.name}** req/s`, (r) => fmt(r.load[i].result.rps, 1)),
    row(
      '… p50 / p99 / max latency under load',
      (r) => `${ms(r.load[i].result.p50)} / ${ms(r.load[i].result.p99)} / ${ms(r.load[i].result.max)} ms`,
    ),
    row(
      '… one request at a time: median (min–max)',
      (r) => `${fmt(r.load[i].single.median)} ms (${fmt(r.load[i].single.min)}–${fmt(r.load[i].single.max)})`,
    ),
    row(
      '… requests / non-2xx / errors / timeouts',
      (r) =>
        `${fmt(r.load[i].result.requests)} / ${r.load[i].result.non2xx} / ${r.load[i].result.errors} / ${r.load[i].result.timeouts}`,
    ),
    row('… response size', (r) => kb(r.load[i].result.bytesPerResponse)),
  ]);
  return [
    '# Samsyn assessment benchmark',
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, ${process.platform}/${process.arch}; 1-min load average ${loadAtStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end (other work on the machine skews figures)`,
    `- Data: demo county + a programme of ${initiativeCount} initiatives, each with one assessment of 3 RUS ratings (step 1), 17 goal + 30 target ratings of Agenda 2030 (step 2), 20 actors, 10 conflicts, 15 actions, 4 gates`,
    `- Load: autocannon in a child process, ${connections} connections, ${seconds} s per endpoint after a ${warmup} s warm-up, loopback, signed in as the demo coordinator; assessment ids round-robin over all ${initiativeCount}; response timeout ${timeout} s. "One request at a time": median of ${runs} sequential requests (after one discarded)`,
    `- Documents: median of ${runs} runs (min–max), after one discarded first run whose time is shown as "first"; Swedish`,
    ...(skipped.length ? [`- Skipped: ${skipped.join('; ')}`] : []),
    '',
    '## API calls of the assessment page',
    '',
    ...head('Measure'),
    row(
      'Demo county (migrate + demo data) / bench data insert',
      (r) => `${fmt(r.demoMs)} ms / ${fmt(r.seedMs)} ms (${fmt(r.rows)} rows)`,
    ),
    ...loadRows,
    row('**GET …/report.pdf** end to end (size)', (r) => `${stat(r.e2e.pdf)} (${kb(r.e2e.pdfBytes)})`),
    row('**GET …/report.docx** end to end (size)', (r) => `${stat(r.e2e.docx)} (${kb(r.e2e.docxBytes)})`),
    '',
    '## Producing the documents (in process, no HTTP)',
    '',
    '| Assessment | renderDocx | renderPdf | .docx / .pdf size |',
    '|---|---:|---:|---:|',
    ...docs.map((d) => `| ${d.name} | ${stat(d.docx)} | ${stat(d.pdf)} | ${kb(d.docxBytes)} / ${kb(d.pdfBytes)} |`),
    '',
    'Latency resolution under load is 1 ms. Non-2xx must be 0 for the figures to count. See bench/README.md.',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Main

const { results, skipped, failed } = await onEveryEngine<EngineResult>(benchEngine, log);

const docs = [
  await benchDocuments(
    "sampleAssessment('full') (6 RUS, 17 goals, 30 targets, 5 other objectives, 20 actors, 10 conflicts, 15 actions)",
    sampleAssessment('full'),
  ),
];
const real = results.find((r) => r.real)?.real;
if (real)
  docs.push(await benchDocuments(`bench assessment from findAssessment (${results.find((r) => r.real)!.label})`, real));

const md = report(results, docs, skipped);
process.stdout.write(md);
mkdirSync(`${ROOT}bench/results`, { recursive: true });
writeFileSync(`${ROOT}bench/results/assessments.md`, md);
const bad = results.some((r) => r.load.some((l) => l.result.non2xx + l.result.errors > 0));
if (bad) log('WARNING: non-2xx responses or errors during load; figures are not trustworthy');
process.exit(failed || bad ? 1 : 0);
