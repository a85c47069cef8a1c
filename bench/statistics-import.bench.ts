/**
 * Statistics import benchmark (`npx tsx bench/statistics-import.bench.ts`, issue 13).
 *
 * Fetches 50 KPIs × 290 municipalities × 10 years × K/M/T (435 000 value rows) from the local
 * Kolada (src/statistics/sources/fake-kolada.ts, synthetic store, run in a child process so this
 * process measures only the client) through the Kolada client: real HTTP over loopback, JSON
 * paging of 5 000 items a page, ≤25 ids a path segment (2 × 12 = 24 requests, 46 pages).
 *
 * Two ways a caller can take the rows, each run BENCH_ROUNDS times (default 3, median reported):
 *  - streaming: `valuePages`, each page handed on and dropped (what an import job writing page by
 *    page does);
 *  - collected: `fetchValues`, every row held in one array (what a small query does).
 * Memory: process.memoryUsage() sampled every 10 ms and after every page: the peak RSS of the
 * client process, and the peak heap used above the baseline taken just before the run (after a
 * forced GC; the script re-spawns itself with --expose-gc for that).
 *
 * Results: stdout and bench/results/statistics-import.md.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { createKoladaClient, type ValuesQuery } from '../src/statistics/sources/kolada.js';
import { syntheticKpiId, syntheticMunicipalityId } from '../src/statistics/sources/synthetic.js';
import { ROOT } from './lib/server.js';
import { fmt, log } from './lib/report.js';

interface Run {
  ms: number;
  rows: number;
  pages: number;
  peakRss: number;
  peakHeap: number;
}

const MB = (n: number) => `${fmt(n / 1024 / 1024, 1)} MB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(work: (onPage: () => void) => Promise<{ rows: number; pages: number }>): Promise<Run> {
  globalThis.gc?.();
  const base = process.memoryUsage();
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed - base.heapUsed);
  };
  const timer = setInterval(sample, 10);
  const t0 = performance.now();
  try {
    const { rows, pages } = await work(sample);
    const ms = performance.now() - t0;
    sample();
    return { ms, rows, pages, peakRss, peakHeap };
  } finally {
    clearInterval(timer);
  }
}

async function main() {
  const shape = { kpis: 50, municipalities: 290, years: 10 };
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const loadAtStart = loadavg()[0];
  const rssAtStart = process.memoryUsage().rss;

  log(`starting the local Kolada (synthetic ${shape.kpis}×${shape.municipalities}×${shape.years}) in a child process…`);
  const server = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/statistics/sources/serve.ts',
      '--synthetic',
      `${shape.kpis}x${shape.municipalities}x${shape.years}`,
    ],
    { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const firstLine = await new Promise<string>((resolve, reject) => {
    createInterface({ input: server.stdout! }).once('line', resolve);
    server.once('exit', (code) => reject(new Error(`serve.ts exited with ${code}`)));
  });
  const { kolada: baseUrl } = JSON.parse(firstLine) as { kolada: string };

  const query: ValuesQuery = {
    kpis: Array.from({ length: shape.kpis }, (_, i) => syntheticKpiId(i)),
    municipalities: Array.from({ length: shape.municipalities }, (_, i) => syntheticMunicipalityId(i)),
    years: Array.from({ length: shape.years }, (_, i) => 2015 + i),
  };
  const expected = shape.kpis * shape.municipalities * shape.years * 3;
  const client = createKoladaClient({ baseUrl });

  const streaming = async (onPage: () => void) => {
    let rows = 0;
    let pages = 0;
    let checksum = 0;
    for await (const page of client.valuePages(query)) {
      pages++;
      rows += page.rows.length;
      for (const r of page.rows) checksum += r.value ?? 0;
      onPage();
    }
    if (checksum <= 0) throw new Error('no values');
    return { rows, pages };
  };
  const collected = async (onPage: () => void) => {
    const result = await client.fetchValues(query);
    onPage();
    return { rows: result.rows.length, pages: 0 };
  };

  const results: Record<string, Run[]> = { streaming: [], collected: [] };
  try {
    log('warm-up (one streaming pass, discarded)…');
    await streaming(() => {});
    // All streaming rounds first: RSS seldom shrinks, so the collected rounds would inflate theirs.
    for (const [name, work] of [
      ['streaming', streaming],
      ['collected', collected],
    ] as const)
      for (let i = 0; i < rounds; i++) {
        const run = await measure(work);
        if (run.rows !== expected) throw new Error(`${name}: ${run.rows} rows, expected ${expected}`);
        results[name].push(run);
        log(
          `${name} round ${i + 1}: ${fmt(run.ms)} ms, ${fmt(run.rows / (run.ms / 1000))} rows/s, peak RSS ${MB(run.peakRss)}, heap +${MB(run.peakHeap)}`,
        );
      }
  } finally {
    server.stdin!.end();
    server.kill('SIGTERM');
  }

  const line = (name: string) => {
    const runs = results[name];
    const ms = median(runs.map((r) => r.ms));
    return `| ${name} | ${fmt(expected)} | ${fmt(ms)} ms | ${fmt(expected / (ms / 1000))} | ${MB(median(runs.map((r) => r.peakRss)))} | ${MB(median(runs.map((r) => r.peakHeap)))} |`;
  };
  const md = `# Statistics import: Kolada client against the local Kolada

${new Date().toISOString()}, ${cpus().length} cores, load average ${fmt(loadAtStart, 1)} at the start, Node ${process.version}.
${shape.kpis} KPIs × ${shape.municipalities} municipalities × ${shape.years} years × K/M/T = ${fmt(expected)} value rows
from the local Kolada (\`src/statistics/sources/serve.ts --synthetic\`, its own process) over loopback:
${results.streaming[0].pages} pages of ≤5 000 items in 24 requests (≤25 ids a path segment). Median of ${rounds} rounds after one
warm-up pass. Memory, in the client process only, sampled every 10 ms and after every page: the
peak RSS of the process (${MB(rssAtStart)} before the first request: Node, tsx and the client) and the peak heap
used above the baseline taken just before the run (after a forced GC; garbage not yet collected
counts too).

| mode | rows | time | rows/s | peak RSS | peak heap above baseline |
|---|---:|---:|---:|---:|---:|
${line('streaming')}
${line('collected')}

- **streaming** = \`valuePages\`: each page parsed into rows, handed on and dropped (an import job
  storing page by page). The heap holds about one page in flight
  (5 000 items = 15 000 rows and their JSON text) plus garbage awaiting collection.
- **collected** = \`fetchValues\`: all ${fmt(expected)} rows kept in one array.
- The time includes the server building and serialising its JSON (same machine, 2 cores shared
  with the other sessions), so rows/s is a floor for the client, not its ceiling.
`;
  writeFileSync(`${ROOT}bench/results/statistics-import.md`, md);
  process.stdout.write(md);
}

// Re-spawn with --expose-gc so each run starts from a collected heap; run main() once we have it.
if (typeof globalThis.gc !== 'function' && !process.env.BENCH_CHILD) {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', ...process.argv.slice(1)], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, BENCH_CHILD: '1' },
  });
  child.on('exit', (code) => process.exit(code ?? 1));
} else {
  await main();
}
