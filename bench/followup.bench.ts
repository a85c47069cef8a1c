/**
 * Yearly follow-up and questionnaires benchmark: `node --import tsx bench/followup.bench.ts [responses] [weight] [compile]`
 * (no argument = all three parts; see bench/README.md).
 *
 * 1. responses — "Completed submissions per second on PostgreSQL with 200 concurrent respondents,
 *    and p99 latency." On a fresh PostgreSQL database (and PGlite with BENCH_RESPOND_PGLITE=true)
 *    the server is started in this process with prepare(), DEMO_DATA=true and RESPOND_RATE_LIMIT
 *    raised (all load comes from one address). bench/lib/followup-data.ts adds BENCH_INVITATIONS
 *    people and, through the real use cases, a questionnaire from the template
 *    `uppfoljning-samverkansorgan` inviting all of them (tokens read from the outbox mails); then a
 *    child process (bench/lib/respondents.ts) runs BENCH_RESPONDENTS concurrent respondents
 *    over HTTP, each taking the next invitation and doing what the respondent page does:
 *    GET /api/auth/session (CSRF cookie), GET /api/respond/:token, PUT …/:token with the first
 *    section's answers, POST …/:token/submit with the rest and a client submissionId — every
 *    BENCH_RETRY_EVERY-th invitation sends that submit twice at once (a retry). Afterwards the
 *    stored responses are counted: exactly one per completed invitation, and as many as the
 *    respondents saw succeed, or the bench exits non-zero. The same again for an anonymous
 *    questionnaire (anonymous responses = completed invitations).
 * 2. weight (bench/lib/page-weight.ts) — the JavaScript and CSS the browser loads for /svar/<token>: `vite build` into a
 *    temp directory with the manifest, the entry chunk, its static imports and their CSS (plus the
 *    respondent page's own chunk if it is lazily split), raw and gzipped (level 9), per file.
 * 3. compile — "Time to compile a cycle of 290 municipalities and 50 bodies", on PostgreSQL and
 *    PGlite: the demo county, bench/lib/agreement-data.ts's 290 municipalities with the demo's
 *    agreement, and bench/lib/followup-data.ts's two cycles of it (last year and this year, each
 *    with the seed's questionnaire answered by 50 bodies and every municipality's submitted
 *    assessment); then compileCycle in process (median of BENCH_RUNS) and
 *    GET /api/followup-cycles/:id/compilation alone and under BENCH_CONNECTIONS (10) connections.
 * Results: stdout and bench/results/followup.md (the sections of the parts that ran are replaced).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../src/platform/config.js';
import { prepare } from '../src/app/start.js';
import { DEMO_PASSWORD, demoPeople } from '../src/app/demo/county.js';
import { compileCycle } from '../src/followup/compilation.js';
import { currentFollowupYear } from '../src/app/demo/followup.js';
import { findPostgres, onEveryEngine, pgliteStorage, postgresStorage } from './lib/storage.js';
import { ROOT } from './lib/server.js';
import { actorOf, BENCH_MUNICIPALITIES, seedBenchAgreements } from './lib/agreement-data.js';
import {
  benchQuestionnaire,
  notCompleted,
  seedBenchCycles,
  seedRespondents,
  storedResponses,
  TEMPLATE_KEY,
} from './lib/followup-data.js';
import { login } from './lib/load.js';
import { spreadLoad } from './lib/spread-load.js';
import { trackInFlight } from './lib/drain.js';
import { fmt, kB, log } from './lib/report.js';
import { spawnRespondents, type Dist, type FlowResult } from './lib/respondents.js';
import { pageWeight } from './lib/page-weight.js';

const env = (name: string, dflt: number) => Number(process.env[name] ?? dflt);
type SpreadResult = Awaited<ReturnType<typeof spreadLoad>>;
type CycleCompilation = Awaited<ReturnType<typeof compileCycle>>;
type Storage = Awaited<ReturnType<typeof postgresStorage>>;
type Stored = Awaited<ReturnType<typeof storedResponses>>;

const invitationCount = env('BENCH_INVITATIONS', 2000);
const concurrency = env('BENCH_RESPONDENTS', 200);
const retryEvery = env('BENCH_RETRY_EVERY', 10);
const warmupCount = env('BENCH_RESPOND_WARMUP', 100);
const maxSeconds = env('BENCH_RESPOND_MAX_SECONDS', 45);
const compileConnections = env('BENCH_CONNECTIONS', 10);
const loadSeconds = env('BENCH_DURATION', 10);
const loadWarmup = env('BENCH_WARMUP', 2);
const timeout = env('BENCH_TIMEOUT', 60);
const runs = env('BENCH_RUNS', 7);
const compileSeedLimitMs = env('BENCH_PGLITE_SEED_LIMIT', 90) * 1000;
const loadAtStart = loadavg()[0];
const machine = () =>
  `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, ${process.platform}/${process.arch}; 1-min load average ${loadAtStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end`;

const PARTS = ['responses', 'weight', 'compile'] as const;
type Part = (typeof PARTS)[number];
const asked = process.argv.slice(2).filter((a): a is Part => (PARTS as readonly string[]).includes(a));
const parts: Part[] = asked.length ? asked : [...PARTS];
let failed = false;

// ---------------------------------------------------------------------------------------------
// 1. Responses

interface RespondRun {
  label: string;
  anonymous: boolean;
  questionnaireId: string;
  ms: { create: number; invite: number };
  flows: FlowResult;
  stored: Stored;
  lost: number;
  ok: boolean;
  verdict: string;
}

async function respondOn(storage: Storage): Promise<{ label: string; seedMs: number; runs: RespondRun[] }> {
  // All respondents come from 127.0.0.1: the per-address limit would stop them after 120 requests a minute.
  const config = loadConfig({
    ...storage.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DEMO_DATA: 'true',
    LOG_LEVEL: 'fatal',
    RESPOND_RATE_LIMIT: '1000000000',
  });
  const running = await prepare(config);
  try {
    const { db } = running.services.database;
    const coord = demoPeople.find((p) => p.key === 'coord')!;
    const actor = await actorOf(db, coord.email);
    let t = performance.now();
    const who = await seedRespondents(db, invitationCount);
    const seedMs = performance.now() - t;
    await running.app.listen({ port: 0, host: '127.0.0.1' });
    const addr = running.app.server.address();
    const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    const runs: RespondRun[] = [];
    for (const anonymous of [false, true]) {
      const kind = anonymous ? 'anonymous' : 'named';
      log(`${storage.label}: ${kind} questionnaire from ${TEMPLATE_KEY}, inviting ${invitationCount} people…`);
      const q = await benchQuestionnaire(running.services, actor, who, anonymous);
      log(
        `${storage.label}: created + opened in ${q.ms.create.toFixed(0)} ms, ${invitationCount} invited in ${q.ms.invite.toFixed(0)} ms; ${concurrency} respondents (warm-up ${warmupCount} invitations)…`,
      );
      await db.execute(sql`analyze`);
      t = performance.now();
      const flows = await spawnRespondents({
        base,
        tokens: q.tokens,
        concurrency,
        retryEvery,
        warmup: warmupCount,
        maxSeconds,
      });
      const stored = await storedResponses(db, { id: q.id, anonymous });
      const lost = await notCompleted(db, flows.succeeded);
      const seen = flows.succeeded.length;
      // The data check (what the issue asks: none lost, none doubled) and errors under load, apart.
      const wrong = [
        stored.responses !== stored.completed &&
          `${stored.responses} stored responses for ${stored.completed} completed invitations`,
        lost && `${lost} submits the respondents saw succeed are not completed (lost)`,
        stored.missing && `${stored.missing} completed invitations without a response (lost)`,
        stored.orphans && `${stored.orphans} responses of invitations not completed`,
        stored.doubled && `${stored.doubled} invitations with more than one response (doubled)`,
        flows.doubleMismatch && `${flows.doubleMismatch} double submits got two different successes`,
      ].filter(Boolean) as string[];
      const errors = [
        flows.failed.length &&
          `${flows.failed.length} flows failed after 5 attempts of a step (first: ${flows.failed[0].step} → ${flows.failed[0].status} ${flows.failed[0].body})`,
        flows.doubleOneFailed && `${flows.doubleOneFailed} double submits where one of the two failed`,
        flows.status429 && `${flows.status429} answers 429 (rate limit)`,
      ].filter(Boolean) as string[];
      const ok = wrong.length === 0 && errors.length === 0;
      const unseen = stored.completed - seen;
      const counts = `${stored.responses} ${anonymous ? 'anonymous ' : ''}responses stored, ${stored.completed} completed invitations, ${seen} submits the respondents saw succeed${unseen > 0 ? ` (${unseen} completed though the respondent gave up after errors)` : ''}, of ${stored.invitations} invited${flows.notStarted ? ` (${flows.notStarted} not started within ${maxSeconds} s)` : ''}`;
      const verdict = [
        wrong.length
          ? `**WRONG**: ${wrong.join('; ')}`
          : 'Data OK: exactly one response per completed invitation, every success the respondents saw stored (none lost, none doubled)',
        ...(errors.length ? [`**ERRORS under load**: ${errors.join('; ')}`] : []),
        counts,
      ].join('. ');
      log(
        `${storage.label} ${kind}: ${fmt(flows.completed / (flows.wallMs / 1000), 1)} completed/s over ${fmt(flows.wallMs / 1000, 1)} s; submit p99 ${fmt(flows.lat.submit.p99)} ms; ${verdict}`,
      );
      if (!ok) failed = true;
      runs.push({ label: storage.label, anonymous, questionnaireId: q.id, ms: q.ms, flows, stored, lost, ok, verdict });
    }
    return { label: storage.label, seedMs, runs };
  } finally {
    await running.close();
  }
}

function respondReport(results: Awaited<ReturnType<typeof respondOn>>[], skipped: string[]): string {
  const runs = results.flatMap((r) => r.runs);
  const cols = runs.map((r) => `${r.label}, ${r.anonymous ? 'anonymous' : 'named'}`);
  const row = (name: string, cell: (r: RespondRun) => string) => `| ${name} | ${runs.map(cell).join(' | ')} |`;
  const d = (x: Dist) => `${fmt(x.p50)} / ${fmt(x.p95)} / **${fmt(x.p99)}** (max ${fmt(x.max)})`;
  return [
    '## Respondents: completed submissions per second',
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${machine()}`,
    `- Data: demo county + ${fmt(invitationCount)} people with e-mail; per questionnaire (template \`${TEMPLATE_KEY}\`: 5 required single-choice questions and one free text in 2 sections) all ${fmt(invitationCount)} invited through \`invite\` (500 a call), tokens read from the outbox`,
    `- Load: ${concurrency} concurrent respondents in a child process over loopback (keep-alive), each taking the next invitation: \`GET /api/auth/session\`, \`GET /api/respond/:token\`, \`PUT /api/respond/:token\` (first section), \`POST /api/respond/:token/submit\` (the rest, client submissionId); every ${retryEvery}th sends the submit twice at once. The first ${warmupCount} invitations are a warm-up (50 at a time, not measured, but counted in the check). No new invitation is started after ${maxSeconds} s (those under way finish). 5xx or network errors are retried (≤ 5 attempts, 200 ms apart). \`RESPOND_RATE_LIMIT\` = 10⁹ (one address). Latencies in ms, per request (submit: each of a double submit counts)`,
    ...(skipped.length ? [`- Skipped: ${skipped.join('; ')}`] : []),
    '',
    `| Measure | ${cols.join(' | ')} |`,
    `|---|${cols.map(() => '---:').join('|')}|`,
    row(
      'Create + open from the template / invite all',
      (r) => `${fmt(r.ms.create)} ms / ${fmt(r.ms.invite / 1000, 1)} s`,
    ),
    row(
      `**Completed submissions/s** (measured flows ÷ wall time)`,
      (r) =>
        `**${fmt(r.flows.completed / (r.flows.wallMs / 1000), 1)}** (${fmt(r.flows.completed)} in ${fmt(r.flows.wallMs / 1000, 1)} s)`,
    ),
    row('**Submit** p50 / p95 / **p99**', (r) => d(r.flows.lat.submit)),
    row('**Whole flow** (4 requests) p50 / p95 / **p99**', (r) => d(r.flows.lat.flow)),
    row('… `GET /api/auth/session` p50 / p95 / p99', (r) => d(r.flows.lat.session)),
    row('… `GET /api/respond/:token` p50 / p95 / p99', (r) => d(r.flows.lat.open)),
    row('… `PUT /api/respond/:token` p50 / p95 / p99', (r) => d(r.flows.lat.save)),
    row('Completed/s in 10-second windows', (r) => r.flows.timeline.map((x) => fmt(x)).join(', ')),
    row(
      'Double submits / answers differed / one of the two failed',
      (r) => `${r.flows.doubleSubmits} / ${r.flows.doubleMismatch} / ${r.flows.doubleOneFailed}`,
    ),
    row(
      'Errors retried (5xx, network) / 429 / flows failed',
      (r) => `${r.flows.retriedErrors} / ${r.flows.status429} / ${r.flows.failed.length}`,
    ),
    row(`Invitations not started within ${maxSeconds} s`, (r) => fmt(r.flows.notStarted)),
    row(
      '**Stored** responses / completed invitations / seen succeed / invited',
      (r) =>
        `**${fmt(r.stored.responses)}** / ${fmt(r.stored.completed)} / ${fmt(r.flows.succeeded.length)} / ${fmt(r.stored.invitations)}`,
    ),
    row(
      'Check: data / errors',
      (r) =>
        `${r.verdict.startsWith('**WRONG') ? '**WRONG**' : 'OK'} / ${r.verdict.includes('ERRORS') ? '**errors**' : 'none'}`,
    ),
    '',
    ...runs.map((r) => `- ${r.label}, ${r.anonymous ? 'anonymous' : 'named'}: ${r.verdict}`),
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// 3. Compiling a follow-up cycle

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

interface CompileRun {
  label: string;
  demoMs: number;
  agreementsMs: number;
  data: Awaited<ReturnType<typeof seedBenchCycles>>;
  inProcess: Stats;
  single: Stats;
  bytes: number;
  load: SpreadResult;
  check: string;
}

/** The compilation must hold every municipality, area, body and the earlier year: otherwise the timing means nothing. */
function checkCompilation(c: CycleCompilation, d: Awaited<ReturnType<typeof seedBenchCycles>>): string {
  const bad = (m: string) => {
    throw new Error(`compilation: ${m}`);
  };
  if (c.year !== d.year) bad(`year ${c.year}, expected ${d.year}`);
  if (c.municipalities.length !== d.municipalities)
    bad(`${c.municipalities.length} municipalities, expected ${d.municipalities}`);
  if (c.areas.length !== d.areaCodes.length) bad(`${c.areas.length} areas, expected ${d.areaCodes.length}`);
  for (const a of c.areas) {
    if (a.answered !== d.municipalities) bad(`area ${a.code}: ${a.answered} ratings, expected ${d.municipalities}`);
    if (a.previous.length !== 1 || a.previous[0].year !== d.year - 1 || a.previous[0].answered !== d.municipalities)
      bad(`area ${a.code}: earlier years ${JSON.stringify(a.previous.map((p) => [p.year, p.answered]))}`);
  }
  for (const m of c.municipalities) {
    if (m.status !== 'submitted') bad(`${m.name} is ${m.status}`);
    if (m.areas.some((a) => !a.rating || a.previous.length !== 1 || !a.previous[0].rating))
      bad(`${m.name}: an area without this or last year's rating`);
  }
  const q = c.questionnaire;
  if (!q || q.invited !== d.bodies || q.completed !== d.bodies)
    bad(`questionnaire ${q ? `${q.completed}/${q.invited}` : 'missing'}, expected ${d.bodies}/${d.bodies}`);
  if (q!.questions.some((x) => (x.type === 'single_choice' && x.byBody.length !== d.bodies) || x.previous.length !== 1))
    bad('a question without every body or without last year');
  const comments = c.areas.reduce((n, a) => n + a.comments.length, 0);
  return `${c.municipalities.length} municipalities × ${c.areas.length} areas rated this year and last (${d.year - 1}), ${comments} area comments; questionnaire ${q!.completed}/${q!.invited} bodies, ${q!.questions.length} questions each beside ${d.year - 1}, ${c.suggestions.length} suggestions`;
}

async function compileOn(storage: Storage): Promise<CompileRun | string> {
  const config = loadConfig({ ...storage.env, PORT: '0', HOST: '127.0.0.1', DEMO_DATA: 'true', LOG_LEVEL: 'warn' });
  let t = performance.now();
  const running = await prepare(config);
  try {
    const demoMs = performance.now() - t;
    const { db } = running.services.database;
    const coord = demoPeople.find((p) => p.key === 'coord')!;
    const actor = await actorOf(db, coord.email);
    log(
      `${storage.label}: demo county in ${demoMs.toFixed(0)} ms; ${BENCH_MUNICIPALITIES} municipalities and their agreements…`,
    );
    t = performance.now();
    const agreements = await seedBenchAgreements(db, actor);
    const agreementsMs = performance.now() - t;
    t = performance.now();
    const data = await seedBenchCycles(db, actor, agreements.templateId, currentFollowupYear());
    log(
      `${storage.label}: agreements in ${agreementsMs.toFixed(0)} ms; two cycles (${data.year - 1}, ${data.year}) in ${(performance.now() - t).toFixed(0)} ms (cycles + questionnaires ${fmt(data.ms.cycles)}, ${data.bodies} bodies' answers ${fmt(data.ms.questionnaires)}, ${data.municipalities} assessments ${fmt(data.ms.feedback)} ms)`,
    );
    if (storage.engine === 'pglite' && agreementsMs + performance.now() - t > compileSeedLimitMs)
      return `PGlite (setting up the data took over ${compileSeedLimitMs / 1000} s)`;

    const check = checkCompilation(
      await compileCycle(db, actor, data.cycleId, { minGroup: running.services.config.ANONYMOUS_MIN_GROUP }),
      data,
    );
    log(`${storage.label}: compileCycle × ${runs} in process…`);
    const inProcess = await timed(runs, () =>
      compileCycle(db, actor, data.cycleId, { minGroup: running.services.config.ANONYMOUS_MIN_GROUP }),
    );

    const inFlight = trackInFlight(running.app);
    await running.app.listen({ port: 0, host: '127.0.0.1' });
    const addr = running.app.server.address();
    const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    const cookie = await login(base, coord.email, DEMO_PASSWORD);
    const path = `/api/followup-cycles/${data.cycleId}/compilation`;
    let bytes = 0;
    const get = async () => {
      const res = await fetch(base + path, { headers: { cookie } });
      const body = Buffer.from(await res.arrayBuffer());
      if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${body.toString().slice(0, 300)}`);
      bytes = body.length;
      return body;
    };
    checkCompilation(JSON.parse((await get()).toString()) as CycleCompilation, data);
    const single = await timed(runs, get);
    const drain = async () => {
      const left = await inFlight.drained(timeout * 1000);
      if (left) log(`${storage.label}: WARNING ${left} requests still in flight after ${timeout} s`);
    };
    log(
      `${storage.label}: GET …/compilation alone ${single.median.toFixed(0)} ms; warm-up ${loadWarmup} s, then ${loadSeconds} s × ${compileConnections} connections…`,
    );
    const o = { base, paths: [path], connections: compileConnections, timeout, headers: { cookie } };
    if (loadWarmup > 0) {
      await spreadLoad({ ...o, seconds: loadWarmup });
      await drain();
    }
    const load = await spreadLoad({ ...o, seconds: loadSeconds });
    await drain();
    if (load.non2xx + load.errors > 0) failed = true;
    return { label: storage.label, demoMs, agreementsMs, data, inProcess, single, bytes, load, check };
  } finally {
    await running.close();
  }
}

async function compileBench(): Promise<string> {
  const { results, skipped, failed: engineFailed } = await onEveryEngine<CompileRun>(compileOn, log);
  if (engineFailed || !results.length) failed = true;
  const cols = results.map((r) => r.label);
  const row = (name: string, cell: (r: CompileRun) => string) => `| ${name} | ${results.map(cell).join(' | ')} |`;
  const ms1 = (n: number) => `${fmt(n, n < 10 ? 1 : 0)} ms`;
  const stat = (s: Stats) =>
    `**${ms1(s.median)}** (${fmt(s.min, s.min < 10 ? 1 : 0)}–${fmt(s.max, s.max < 10 ? 1 : 0)}; first ${fmt(s.first)})`;
  const lat = (n: number) => (n < 1 ? '<1' : fmt(n));
  const d = results[0]?.data;
  return [
    '## Compiling a follow-up cycle: 290 municipalities, 50 bodies',
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${machine()}`,
    `- Data: demo county + ${BENCH_MUNICIPALITIES} bench municipalities with the demo's agreement issued to all (bench/lib/agreement-data.ts); ${d ? `${d.bodies} bodies; cycles ${d.year - 1} and ${d.year} of that template (\`createCycle\`, \`linkQuestionnaire\` → the seed's questionnaire, opened), each with ${d.bodies} body invitations answered through \`submitResponse\` and ${d.municipalities} submitted municipal assessments of the ${d.areaCodes.length} areas (bulk insert) with meeting notes and a comment on every fifth area` : ''}`,
    `- Measured: \`compileCycle(db, actor, id)\` of ${d?.year ?? 'this year'} in process (median of ${runs} after one discarded, "first"), and \`GET /api/followup-cycles/:id/compilation\` signed in as the demo coordinator, alone (median of ${runs}) and under ${compileConnections} connections (autocannon in a child process, ${loadSeconds} s after ${loadWarmup} s warm-up)`,
    ...(skipped.length ? [`- Skipped: ${skipped.join('; ')}`] : []),
    '',
    `| Measure | ${cols.join(' | ')} |`,
    `|---|${cols.map(() => '---:').join('|')}|`,
    row(
      'Demo county / 290 municipalities + agreements / two cycles with their data',
      (r) =>
        `${fmt(r.demoMs / 1000, 1)} s / ${fmt(r.agreementsMs / 1000, 1)} s / ${fmt((r.data.ms.bodies + r.data.ms.cycles + r.data.ms.questionnaires + r.data.ms.feedback) / 1000, 1)} s`,
    ),
    row('**`compileCycle` in process**: median (min–max; first)', (r) => stat(r.inProcess)),
    row('**GET …/compilation alone**: median (min–max; first)', (r) => `${stat(r.single)}, ${kB(r.bytes)}`),
    row(`GET …/compilation, ${compileConnections} connections: req/s`, (r) => fmt(r.load.rps, 1)),
    row('… p50 / **p99** / max', (r) => `${lat(r.load.p50)} / **${lat(r.load.p99)}** / ${lat(r.load.max)} ms`),
    row(
      '… requests / non-2xx / errors / timeouts',
      (r) => `${fmt(r.load.requests)} / ${r.load.non2xx} / ${r.load.errors} / ${r.load.timeouts}`,
    ),
    '',
    ...results.map((r) => `- ${r.label}: ${r.check}`),
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Main

const sections: Partial<Record<Part, string>> = {};

if (parts.includes('responses')) {
  const skipped: string[] = [];
  const results: Awaited<ReturnType<typeof respondOn>>[] = [];
  const pgBase = await findPostgres();
  const makers: (() => Promise<Storage>)[] = [];
  if (pgBase) makers.push(() => postgresStorage(pgBase));
  else skipped.push('PostgreSQL (DATABASE_URL not set and 127.0.0.1:5432 not reachable)');
  if (process.env.BENCH_RESPOND_PGLITE === 'true') makers.push(async () => pgliteStorage());
  else skipped.push('PGlite (set BENCH_RESPOND_PGLITE=true)');
  for (const make of makers) {
    const storage = await make();
    try {
      results.push(await respondOn(storage));
    } catch (e) {
      failed = true;
      log(`${storage.label} failed: ${(e as Error).stack ?? e}`);
      skipped.push(`${storage.label} (failed: ${(e as Error).message.split('\n')[0]})`);
    } finally {
      await storage.dispose();
    }
  }
  if (!results.length) failed = true;
  sections.responses = respondReport(results, skipped);
}

if (parts.includes('weight')) {
  try {
    sections.weight = await pageWeight();
  } catch (e) {
    failed = true;
    log(`weight failed: ${(e as Error).stack ?? e}`);
  }
}

if (parts.includes('compile')) {
  try {
    sections.compile = await compileBench();
  } catch (e) {
    failed = true;
    log(`compile failed: ${(e as Error).stack ?? e}`);
  }
}

// bench/results/followup.md keeps one section per part; a run replaces the sections of its parts.
const resultFile = `${ROOT}bench/results/followup.md`;
const previous = existsSync(resultFile) ? readFileSync(resultFile, 'utf8') : '';
const sectionOf = (p: Part) =>
  sections[p] ?? new RegExp(`<!-- part:${p} -->\\n([\\s\\S]*?)<!-- /part:${p} -->`).exec(previous)?.[1];
const md = [
  '# Samsyn yearly follow-up and questionnaires benchmark',
  '',
  'See bench/README.md. Each section is from the run of that part (`node --import tsx bench/followup.bench.ts <part>`).',
  '',
  ...PARTS.flatMap((p) => {
    const s = sectionOf(p);
    return s ? [`<!-- part:${p} -->`, s, `<!-- /part:${p} -->`, ''] : [];
  }),
].join('\n');
process.stdout.write(Object.values(sections).join('\n'));
mkdirSync(`${ROOT}bench/results`, { recursive: true });
writeFileSync(resultFile, md);
process.exit(failed ? 1 : 0);
