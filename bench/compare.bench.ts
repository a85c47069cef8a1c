/**
 * Paired comparison of this checkout with another one (`BASE_TREE=/path npm run bench:compare`),
 * e.g. a worktree of an older commit with its own `npm ci`: did a change make the API slower?
 *
 * Both trees' real servers (`node --import tsx` of their entry point, demo data) run side by side on
 * fresh PostgreSQL databases (PGlite too with BENCH_PGLITE=true). Then, ROUNDS times, every
 * endpoint is loaded with autocannon on one server and then the other, the order alternating
 * round by round, so that a machine whose speed drifts (other work, thermal) affects both alike.
 * Each round gives a ratio this/base per endpoint; the report shows the median ratio of req/s and
 * of p99 latency, with each side's median figures. Results: stdout and bench/results/compare.md.
 *
 * Settings: BASE_TREE (required), ROUNDS (5), BENCH_CONNECTIONS (10), BENCH_DURATION seconds (4),
 * BENCH_ONLY (comma-separated parts of endpoint names to load, e.g. `people,programmes`; default all).
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD, demoPeople } from '../src/app/demo/county.js';
import { findPostgres, pgliteStorage, postgresStorage, type Storage } from './lib/storage.js';
import { ROOT, freePort } from './lib/server.js';
import { autocannon, login, type LoadResult } from './lib/load.js';
import { fmt, log } from './lib/report.js';

const baseTree = process.env.BASE_TREE;
/** The entry point: src/app/main.ts, or src/main.ts in checkouts from before the composition root. */
const entryOf = (tree: string) => ['src/app/main.ts', 'src/main.ts'].find((f) => existsSync(join(tree, f)));
if (!baseTree || !entryOf(baseTree) || !existsSync(join(baseTree, 'node_modules'))) {
  console.error('Set BASE_TREE to another Samsyn checkout with its node_modules installed (npm ci).');
  process.exit(2);
}
const rounds = Number(process.env.ROUNDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const seconds = Number(process.env.BENCH_DURATION ?? 4);
const commitOf = (dir: string) =>
  execFileSync('git', ['-C', dir, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();

interface Server {
  base: string;
  cookie: string;
  child: ChildProcess;
}

async function startServer(tree: string, env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', entryOf(tree)!], {
    cwd: tree,
    env: { ...process.env, ...env, DEMO_DATA: 'true', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const base = `http://127.0.0.1:${port}`;
  const t0 = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server in ${tree} exited:\n${out}`);
    if (Date.now() - t0 > 240_000) throw new Error(`server in ${tree} not ready:\n${out}`);
    const ok = await fetch(`${base}/readyz`)
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, child, cookie: await login(base, demoPeople[0].email, DEMO_PASSWORD) };
}

async function stop(s: Server) {
  if (s.child.exitCode !== null) return;
  const exited = new Promise((r) => s.child.once('exit', r));
  s.child.kill('SIGTERM');
  await exited;
}

async function getJson<T>(s: Server, path: string): Promise<T> {
  const res = await fetch(`${s.base}${path}`, { headers: { cookie: s.cookie } });
  if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
}

async function firstId(s: Server, path: string): Promise<string> {
  // Lists are pages ({ items, total, abilities }) since issue 9, plain arrays before.
  const body = await getJson<{ items: { id: string }[] } | { id: string }[]>(s, path);
  const items = Array.isArray(body) ? body : body.items;
  if (!items?.length) throw new Error(`${path} listed nothing`);
  return items[0].id;
}

/** How many people a server's demo has (the demo grew with later issues). */
const peopleTotal = async (s: Server) => (await getJson<{ total: number }>(s, '/api/people?limit=500')).total;

/**
 * The endpoints both trees answer, resolved to ids of the same demo records on each server. The
 * whole list of people differs in length when the demos do (each checkout loads its own), so the
 * list is also loaded as a page of the same length on both (`limit`: the smaller demo's count).
 */
async function endpoints(s: Server, peoplePage: number): Promise<Record<string, string>> {
  const agreement = await firstId(s, '/api/agreements');
  const programme = await firstId(s, '/api/programmes');
  const cycle = await firstId(s, '/api/followup-cycles');
  return {
    'GET /api/organisations': '/api/organisations',
    'GET /api/people': '/api/people',
    [`GET /api/people?limit=${peoplePage}`]: `/api/people?limit=${peoplePage}`,
    'GET /api/agreements': '/api/agreements',
    'GET /api/agreements/:id': `/api/agreements/${agreement}`,
    'GET /api/programmes/:id': `/api/programmes/${programme}`,
    'GET /api/followup-cycles/:id': `/api/followup-cycles/${cycle}`,
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

interface Row {
  engine: string;
  endpoint: string;
  rpsRatio: number;
  p99Ratio: number;
  head: { rps: number; p99: number; bytes: number };
  base: { rps: number; p99: number; bytes: number };
}

async function compareOn(label: string, makeStorage: () => Promise<Storage>): Promise<Row[]> {
  const [hs, bs] = [await makeStorage(), await makeStorage()];
  log(`${label}: starting both servers (demo data)…`);
  const head = await startServer(ROOT, hs.env);
  const base = await startServer(baseTree!, bs.env);
  try {
    const peoplePage = Math.min(await peopleTotal(head), await peopleTotal(base));
    const only = process.env.BENCH_ONLY?.split(',');
    const pick = (all: Record<string, string>) =>
      Object.fromEntries(Object.entries(all).filter(([name]) => !only || only.some((o) => name.includes(o))));
    const [he, be] = [pick(await endpoints(head, peoplePage)), pick(await endpoints(base, peoplePage))];
    const load = (s: Server, path: string, d = seconds) =>
      autocannon(`${s.base}${path}`, { connections, seconds: d, headers: { cookie: s.cookie } });
    const check = (r: LoadResult, what: string) => {
      if (r.non2xx || r.errors) throw new Error(`${what}: ${r.non2xx} non-2xx, ${r.errors} errors`);
    };
    const results = new Map<string, { head: LoadResult[]; base: LoadResult[] }>();
    for (const name of Object.keys(he)) {
      await load(head, he[name], 1);
      await load(base, be[name], 1);
      results.set(name, { head: [], base: [] });
    }
    for (let round = 0; round < rounds; round++) {
      for (const name of Object.keys(he)) {
        const pair = results.get(name)!;
        const order: ['head' | 'base', Server, string][] = [
          ['head', head, he[name]],
          ['base', base, be[name]],
        ];
        if (round % 2) order.reverse();
        for (const [side, s, path] of order) {
          const r = await load(s, path);
          check(r, `${side} ${name}`);
          pair[side].push(r);
        }
      }
      log(`${label}: round ${round + 1} of ${rounds} done (load ${loadavg()[0].toFixed(1)})`);
    }
    const side = (rs: LoadResult[]) => ({
      rps: median(rs.map((r) => r.rps)),
      p99: median(rs.map((r) => r.p99)),
      bytes: median(rs.map((r) => r.bytesPerResponse)),
    });
    return [...results].map(([endpoint, { head: h, base: b }]) => ({
      engine: label,
      endpoint,
      rpsRatio: median(h.map((r, i) => r.rps / b[i].rps)),
      p99Ratio: median(h.map((r, i) => (r.p99 || 1) / (b[i].p99 || 1))),
      head: side(h),
      base: side(b),
    }));
  } finally {
    await stop(head);
    await stop(base);
    await hs.dispose();
    await bs.dispose();
  }
}

const loadAtStart = loadavg()[0];
const rows: Row[] = [];
const pgBase = await findPostgres();
if (pgBase) rows.push(...(await compareOn('PostgreSQL', () => postgresStorage(pgBase))));
if (process.env.BENCH_PGLITE === 'true' || !pgBase)
  rows.push(...(await compareOn('PGlite', async () => pgliteStorage())));

const lines = [
  `# This checkout (${commitOf(ROOT)}) against ${commitOf(baseTree)}`,
  '',
  `${new Date().toISOString()}, ${cpus().length} cores, load average ${loadAtStart.toFixed(1)} at the start; ` +
    `${rounds} alternating rounds of ${seconds} s, ${connections} connections, signed in as the demo administrator.`,
  'A ratio above 1 for req/s (below 1 for p99) means this checkout is faster. Bytes: a response with its headers,',
  'this / base: where they differ, the two demos (or answer shapes) differ and the pair is not like for like.',
  '',
  '| engine | endpoint | req/s this / base | p99 this / base | this: req/s, p99 | base: req/s, p99 | bytes this / base |',
  '|---|---|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.engine} | \`${r.endpoint}\` | ${fmt(r.rpsRatio, 2)} | ${fmt(r.p99Ratio, 2)} | ` +
      `${fmt(r.head.rps)}, ${fmt(r.head.p99)} ms | ${fmt(r.base.rps)}, ${fmt(r.base.p99)} ms | ` +
      `${fmt(r.head.bytes)} / ${fmt(r.base.bytes)} |`,
  ),
];
console.log(lines.join('\n'));
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/compare.md'), lines.join('\n') + '\n');
