/**
 * Public notice board benchmark (issue 12, "the public notice board under 50 connections"):
 * `node --import tsx bench/meetings-notice-board.bench.ts`.
 *
 * For each engine (PostgreSQL when reachable, then PGlite), on fresh storage: the server in this process
 * with prepare(), DEMO_DATA=true (the demo's Region Halland with its announced § 67) and
 * RESPOND_RATE_LIMIT raised (all load comes from one address; the public routes are rate-limited per
 * address). Through the real use cases, BENCH_NOTICES (20) more protocols of Region Halland's
 * arbetsutskott are held, adjusted by the chair and the adjuster, and announced, each with BENCH_PARAGRAPHS
 * (3) §§ — so the board lists BENCH_NOTICES + 1 protocols. Then, without a session, autocannon in a
 * separate process with BENCH_CONNECTIONS (50) connections for BENCH_DURATION (10) s after a
 * BENCH_WARMUP (2) s warm-up: the board as JSON (`GET /public/notice-board/:organisationId`, what the
 * page loads) and as Atom (`…/feed.atom`), and a bare route (one primary-key SELECT) for the floor. Results: stdout and bench/results/meetings-notice-board.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { eq, sql } from 'drizzle-orm';
import { loadConfig } from '../src/platform/config.js';
import { prepare } from '../src/app/start.js';
import type { Actor } from '../src/policy/policy.js';
import { organisations } from '../src/organisations/index.js';
import { meetings } from '../src/meetings/index.js';
import { findMeeting } from '../src/meetings/repository.js';
import { createMeeting, markHeld, setParticipants } from '../src/meetings/meetings.js';
import { createItem } from '../src/meetings/items.js';
import { announceProtocol, approveProtocol } from '../src/meetings/adjusting.js';
import { onEveryEngine, type Storage } from './lib/storage.js';
import { ROOT } from './lib/server.js';
import { autocannon, type LoadResult } from './lib/load.js';
import { fmt, kB, log } from './lib/report.js';

const env = (name: string, dflt: number) => Number(process.env[name] ?? dflt);
const connections = env('BENCH_CONNECTIONS', 50);
const seconds = env('BENCH_DURATION', 10);
const warmup = env('BENCH_WARMUP', 2);
const notices = env('BENCH_NOTICES', 20);
const paragraphs = env('BENCH_PARAGRAPHS', 3);
const loadAtStart = loadavg()[0];

interface EngineResult {
  label: string;
  listed: number;
  bare: LoadResult;
  json: LoadResult;
  atom: LoadResult;
}

type Db = Awaited<ReturnType<typeof prepare>>['services']['database']['db'];

/** More announced protocols on Region Halland's board, like the demo's § 67 (same body and people). */
async function seedNotices(db: Db): Promise<string> {
  const [org] = await db
    .select({ id: organisations.id, countyId: organisations.countyId })
    .from(organisations)
    .where(eq(organisations.name, 'Region Halland'));
  if (!org) throw new Error('Region Halland is not in the demo data');
  const [first] = await db.select({ id: meetings.id }).from(meetings).where(eq(meetings.organisationId, org.id));
  const model = await findMeeting(db, first.id);
  const secretariat: Actor = {
    userId: '00000000-0000-0000-0000-000000000000',
    personId: '',
    organisationId: org.id,
    countyId: org.countyId,
    role: 'admin',
    name: 'Samsyn (bench)',
    email: '',
  };
  const inputs = model.participants.map((p) => ({
    personId: p.personId,
    name: p.personId ? null : p.name,
    role: p.role,
    present: p.present,
    adjuster: p.adjuster,
  }));
  for (let k = 0; k < notices; k++) {
    const day = new Date(Date.UTC(2026, 0, 5 + 7 * k)).toISOString().slice(0, 10);
    let m = await createMeeting(db, secretariat, model.body.id, {
      startDate: day,
      place: 'Regionens hus, Halmstad',
      keptAt: 'Regionkontoret, Region Halland',
    });
    m = await setParticipants(db, secretariat, m.id, m.version, inputs);
    m = await markHeld(db, secretariat, m.id, m.version);
    for (let p = 0; p < paragraphs; p++)
      await createItem(db, secretariat, m.id, {
        title: `Ärende ${p + 1} vid sammanträdet ${day}`,
        matter: 'Arbetsutskottet informeras om läget i arbetet.',
        decision: ['anteckna den lämnade informationen till protokollet'],
        recipients: [{ name: 'Regionstyrelsen' }],
        basis: [],
        motions: [],
        propositions: [],
        reservations: [],
        notes: [],
        statements: [],
        jav: [],
      });
    for (const a of m.adjusters)
      m = await approveProtocol(
        db,
        { ...secretariat, role: 'member', personId: a.personId, name: a.name },
        m.id,
        m.version,
      );
    await announceProtocol(db, secretariat, m.id, { version: m.version });
  }
  return org.id;
}

async function benchEngine(storage: Storage): Promise<EngineResult> {
  const config = loadConfig({
    ...storage.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DEMO_DATA: 'true',
    LOG_LEVEL: 'warn',
    RESPOND_RATE_LIMIT: '1000000000',
  });
  log(`${storage.label}: demo data and ${notices} announced protocols…`);
  const running = await prepare(config);
  try {
    const { db } = running.services.database;
    const orgId = await seedNotices(db);
    // The floor, as in api.bench.ts: Fastify + one primary-key SELECT on the same database.
    running.app.get('/bench/bare', { schema: { hide: true } }, async () => {
      const r = (await db.execute(sql`select id, name from organisations where id = ${orgId}`)) as unknown as {
        rows: unknown[];
      };
      return r.rows[0];
    });
    await running.app.listen({ port: 0, host: '127.0.0.1' });
    const addr = running.app.server.address();
    const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    const path = `/public/notice-board/${orgId}`;
    const check = await fetch(base + path);
    const board = (await check.json()) as { items?: unknown[] };
    if (check.status !== 200 || !Array.isArray(board.items)) throw new Error(`GET ${path}: ${check.status}`);

    const run = async (url: string) => {
      log(`${storage.label}: ${url} warm-up ${warmup}s, then ${seconds}s × ${connections} connections…`);
      if (warmup > 0) await autocannon(base + url, { connections, seconds: warmup });
      return autocannon(base + url, { connections, seconds });
    };
    const bare = await run('/bench/bare');
    const json = await run(path);
    const atom = await run(`${path}/feed.atom`);
    return { label: storage.label, listed: board.items.length, bare, json, atom };
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
    '# Samsyn public notice board benchmark',
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}; 1-min load average ${loadAtStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end (other work on the machine skews figures)`,
    `- Board: Region Halland (demo), the demo's § 67 and ${notices} more announced protocols of ${paragraphs} §§ each, made through the use cases`,
    `- Load: autocannon, ${connections} connections, ${seconds} s per endpoint after a ${warmup} s warm-up, no session, loopback, load generator in a separate process; \`RESPOND_RATE_LIMIT\` = 10⁹ (one address)`,
    ...(skipped.length ? [`- Skipped: ${skipped.join('; ')}`] : []),
    '',
    `| Measure | ${cols.join(' | ')} |`,
    `|---|${cols.map(() => '---:').join('|')}|`,
    row('Protocols listed', (r) => String(r.listed)),
    row('Bare route (1 indexed SELECT) req/s', (r) => fmt(r.bare.rps)),
    row('Bare route p50 / p99 latency', (r) => `${ms(r.bare.p50)} / ${ms(r.bare.p99)} ms`),
    ...load('`GET /public/notice-board/:id` (JSON)', (r) => r.json),
    ...load('`GET /public/notice-board/:id/feed.atom`', (r) => r.atom),
    row('Throughput ratio JSON / bare', (r) => fmt(r.json.rps / r.bare.rps, 2)),
    row('Requests JSON / Atom', (r) => `${fmt(r.json.requests)} / ${fmt(r.atom.requests)}`),
    row(
      'Non-2xx / errors / timeouts',
      (r) =>
        `${r.json.non2xx + r.atom.non2xx} / ${r.json.errors + r.atom.errors} / ${r.json.timeouts + r.atom.timeouts}`,
    ),
    '',
    'Higher req/s and lower latency are better; latency resolution is 1 ms. Per request: the organisation, the',
    'announced meetings, the names of all its bodies in one query (src/bodies bodyNames) and the §§ of all the',
    'protocols — four queries whatever the number of protocols. The ratio is the share of the bare-route',
    'throughput the board keeps.',
    '',
  ].join('\n');
}

const { results, skipped, failed } = await onEveryEngine<EngineResult>(benchEngine, log);
const md = report(results, skipped);
process.stdout.write(md);
mkdirSync(`${ROOT}bench/results`, { recursive: true });
writeFileSync(`${ROOT}bench/results/meetings-notice-board.md`, md);
const bad = results.some((r) => r.json.non2xx + r.atom.non2xx + r.json.errors + r.atom.errors > 0);
if (bad) log('WARNING: non-2xx responses or errors during load; figures are not trustworthy');
process.exit(failed || bad ? 1 : 0);
