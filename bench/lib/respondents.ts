/**
 * The follow-up benchmark's respondents: concurrent respondent flows over HTTP, run in a child
 * process (this file with `--respondents`) so they do not share the server's event loop.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { fileURLToPath } from 'node:url';

const SELF = fileURLToPath(import.meta.url);

export interface FlowOptions {
  base: string;
  tokens: string[];
  concurrency: number;
  /** Every retryEvery-th invitation sends its submit twice at once (0 = never). */
  retryEvery: number;
  /** The first `warmup` tokens are answered first, unmeasured (cold code paths, JIT). */
  warmup: number;
  /** Seconds after which no new invitation is started (the ones under way finish); 0 = no limit. */
  maxSeconds: number;
}

export interface Dist {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}
export interface FlowResult {
  wallMs: number;
  /** Flows the respondent saw succeed (measured part), and in the warm-up. */
  completed: number;
  warmupCompleted: number;
  /** Tokens whose flow the respondent saw succeed (warm-up included): each must be completed in the database. */
  succeeded: string[];
  /** Invitations not started because maxSeconds had passed. */
  notStarted: number;
  /** Completed submissions per second in consecutive 10-second windows of the measured part. */
  timeline: number[];
  /** Flows that still failed after 5 attempts of a step. */
  failed: { token: string; step: string; status: number; body: string }[];
  doubleSubmits: number;
  /** Double submits where both succeeded but the two answers differed (submittedAt). */
  doubleMismatch: number;
  /** Double submits where one of the two failed (after its retries) and the other succeeded. */
  doubleOneFailed: number;
  /** Requests answered with 5xx or a network error (each retried, as the page lets the user do). */
  retriedErrors: number;
  status429: number;
  lat: Record<'session' | 'open' | 'save' | 'submit' | 'flow', Dist>;
}

interface Reply {
  status: number;
  text: string;
  setCookie: string[];
  ms: number;
}

function distOf(values: number[]): Dist {
  const v = [...values].sort((a, b) => a - b);
  const q = (p: number) => (v.length ? v[Math.min(v.length - 1, Math.ceil(v.length * p) - 1)] : 0);
  return { n: v.length, p50: q(0.5), p95: q(0.95), p99: q(0.99), max: v.at(-1) ?? 0 };
}

async function respondents(o: FlowOptions): Promise<FlowResult> {
  const url = new URL(o.base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.concurrency * 2 + 10 });
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    new Promise<Reply>((resolve) => {
      const data = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
      const t = performance.now();
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          method,
          path,
          agent,
          headers: {
            accept: 'application/json',
            ...(data ? { 'content-type': 'application/json', 'content-length': String(data.length) } : {}),
            ...headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              text: Buffer.concat(chunks).toString(),
              setCookie: res.headers['set-cookie'] ?? [],
              ms: performance.now() - t,
            }),
          );
          res.on('error', (e) => resolve({ status: 0, text: String(e), setCookie: [], ms: performance.now() - t }));
        },
      );
      req.setTimeout(120_000, () => req.destroy(new Error('timeout')));
      req.on('error', (e) => resolve({ status: 0, text: String(e), setCookie: [], ms: performance.now() - t }));
      req.end(data);
    });

  const lat = {
    session: [] as number[],
    open: [] as number[],
    save: [] as number[],
    submit: [] as number[],
    flow: [] as number[],
  };
  const result = {
    completed: 0,
    warmupCompleted: 0,
    succeeded: [] as string[],
    notStarted: 0,
    failed: [] as FlowResult['failed'],
    doubleSubmits: 0,
    doubleMismatch: 0,
    doubleOneFailed: 0,
    retriedErrors: 0,
    status429: 0,
  };
  const doneAt: number[] = [];
  let measuring = false;
  let t0 = 0;

  class StepFailed extends Error {
    constructor(
      readonly step: string,
      readonly reply: Reply,
    ) {
      super(step);
    }
  }
  /** One step; 5xx and network errors are retried (up to 5 attempts, 200 ms apart), as the page lets the user retry. */
  const step = async (name: keyof typeof lat, send: () => Promise<Reply>): Promise<Reply> => {
    for (let attempt = 1; ; attempt++) {
      const r = await send();
      if (measuring) lat[name].push(r.ms);
      if (r.status === 429) result.status429++;
      if (r.status === 200) return r;
      if ((r.status >= 500 || r.status === 0) && attempt < 5) {
        result.retriedErrors++;
        await new Promise((res) => setTimeout(res, 200));
        continue;
      }
      throw new StepFailed(name, r);
    }
  };

  async function flow(token: string, i: number) {
    const start = performance.now();
    const path = `/api/respond/${token}`;
    // A new browser: the CSRF cookie from GET /api/auth/session, as the respondent page asks for it.
    const s = await step('session', () => call('GET', '/api/auth/session'));
    const csrf = s.setCookie.map((c) => c.split(';')[0]).find((c) => c.startsWith('samsyn_csrf='));
    if (!csrf) throw new StepFailed('session', { ...s, text: 'no samsyn_csrf cookie' });
    const headers = { cookie: csrf, 'x-csrf-token': csrf.slice('samsyn_csrf='.length) };
    const view = JSON.parse((await step('open', () => call('GET', `${path}?lang=sv`, undefined, headers))).text) as {
      sections: { questions: { key: string; type: string; options?: { code: string }[] }[] }[];
    };
    // Answers from the questions the page shows: an option by the invitation's number, some text.
    const answer = (q: { key: string; type: string; options?: { code: string }[] }, k: number) =>
      q.options
        ? q.options[(i + k) % q.options.length].code
        : q.type.endsWith('_text')
          ? i % 3
            ? `Synpunkt ${i}: mer tid för förankring i kommunerna och tydligare underlag inför mötena.`
            : null
          : null;
    const answers = view.sections.map((sec) =>
      Object.fromEntries(sec.questions.map((q, k) => [q.key, answer(q, k)]).filter(([, v]) => v !== null)),
    );
    // Saved once (the first section), then submitted with the rest.
    await step('save', () => call('PUT', path, { answers: answers[0] }, headers));
    const submit = { submissionId: randomUUID(), answers: Object.assign({}, ...answers.slice(1)) };
    const send = () => step('submit', () => call('POST', `${path}/submit`, submit, headers));
    if (o.retryEvery > 0 && i % o.retryEvery === 0) {
      if (measuring) result.doubleSubmits++;
      // Two tabs, or a retry while the first is under way: both must get the same success.
      const [a, b] = await Promise.allSettled([send(), send()]);
      if (a.status === 'rejected' && b.status === 'rejected') throw a.reason;
      if (a.status === 'fulfilled' && b.status === 'fulfilled') {
        if (JSON.parse(a.value.text).submittedAt !== JSON.parse(b.value.text).submittedAt) result.doubleMismatch++;
      } else result.doubleOneFailed++;
    } else {
      await send();
    }
    result.succeeded.push(token);
    if (measuring) {
      const now = performance.now();
      lat.flow.push(now - start);
      doneAt.push(now - t0);
      result.completed++;
    } else result.warmupCompleted++;
  }

  async function run(tokens: string[], offset: number, concurrency: number, deadline = Infinity) {
    let next = 0;
    const worker = async () => {
      while (next < tokens.length && performance.now() < deadline) {
        const k = next++;
        try {
          await flow(tokens[k], offset + k);
        } catch (e) {
          if (!(e instanceof StepFailed)) throw e;
          result.failed.push({
            token: tokens[k],
            step: e.step,
            status: e.reply.status,
            body: e.reply.text.slice(0, 300),
          });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, tokens.length) }, worker));
    return tokens.length - next;
  }

  await run(o.tokens.slice(0, o.warmup), 0, Math.min(o.concurrency, 50));
  measuring = true;
  t0 = performance.now();
  result.notStarted = await run(
    o.tokens.slice(o.warmup),
    o.warmup,
    o.concurrency,
    o.maxSeconds > 0 ? t0 + o.maxSeconds * 1000 : Infinity,
  );
  const wallMs = performance.now() - t0;
  agent.destroy();
  // Per 10-second window; a last window shorter than 2 s is left out (its rate says little).
  const windows = Math.floor(wallMs / 10_000) + (wallMs % 10_000 >= 2_000 ? 1 : 0);
  const timeline = Array.from(
    { length: Math.max(1, windows) },
    (_, k) =>
      doneAt.filter((t) => t >= k * 10_000 && t < (k + 1) * 10_000).length / Math.min(10, wallMs / 1000 - k * 10),
  );
  return {
    wallMs,
    ...result,
    timeline,
    lat: {
      session: distOf(lat.session),
      open: distOf(lat.open),
      save: distOf(lat.save),
      submit: distOf(lat.submit),
      flow: distOf(lat.flow),
    },
  };
}

/** Runs the respondents in a child process (so they do not share the server's event loop); options go over stdin. */
export function spawnRespondents(o: FlowOptions): Promise<FlowResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SELF, '--respondents'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as FlowResult) : reject(new Error(`respondents exited ${code}: ${err}`)),
    );
    child.stdin.end(JSON.stringify(o));
  });
}

if (process.argv[1] === SELF && process.argv[2] === '--respondents') {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  process.stdout.write(JSON.stringify(await respondents(JSON.parse(Buffer.concat(chunks).toString()) as FlowOptions)));
  process.exit(0);
}
