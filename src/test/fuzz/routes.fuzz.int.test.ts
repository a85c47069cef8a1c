import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestEnv, type TestEnv } from '../harness.js';
import { world } from '../factories.js';
import { fromSchema, type Context, type JsonSchema } from './schema-arbitrary.js';
import { startFakeKolada, storeFromItems } from '../../statistics/sources/fake-kolada.js';
import { startFakeScb } from '../../statistics/sources/fake-scb.js';

/**
 * Issue 11, "keep it held": property-based fuzzing of every route in the OpenAPI document — its
 * body, query and path parameters generated from the route's contract (mostly acceptable values,
 * mixed with wrong ones at every level) — signed in as an administrator, on the embedded database.
 * For every request: no 5xx; every refusal in the documented shape; and a refused change leaves no
 * partial record behind (the row count and version sum of every table are unchanged).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 10);
const mutating = new Set(['post', 'put', 'patch', 'delete']);
/** Signing out would end the session the fuzzing runs in; it is covered by the auth tests. */
const skipped = new Set(['post /api/auth/logout']);
/** Tables a refused request may legitimately touch: failed sign-ins are counted, jobs run meanwhile. */
const volatile = new Set(['login_failures', 'sessions', 'jobs', 'job_schedules']);

interface Operation {
  method: string;
  path: string;
  body?: JsonSchema;
  query: { name: string; required: boolean; schema: JsonSchema }[];
  params: { name: string; schema: JsonSchema }[];
}

type Doc = {
  paths: Record<string, Record<string, { requestBody?: any; parameters?: any[] }>>;
  components?: { schemas?: Record<string, JsonSchema> };
};

function operations(doc: Doc): Operation[] {
  const out: Operation[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      if (skipped.has(`${method} ${path}`)) continue;
      const parameters = op.parameters ?? [];
      out.push({
        method,
        path,
        body: op.requestBody?.content?.['application/json']?.schema,
        query: parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, required: !!p.required, schema: p.schema })),
        params: parameters.filter((p) => p.in === 'path').map((p) => ({ name: p.name, schema: p.schema })),
      });
    }
  }
  return out;
}

/** As text in a URL; generated objects may have no prototype, so String() alone would throw. */
const asText = (v: unknown) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v));

/** Now and then a path segment the router itself must refuse: broken escapes, far too long. */
const rawSegments = ['%E0%A4%A', '%zz', '%', 'a'.repeat(300)];
const rawSegment = (v: unknown) =>
  typeof v === 'number' && Number.isInteger(v) && v % 17 === 0
    ? rawSegments[Math.abs(v) % rawSegments.length]!
    : encodeURIComponent(asText(v ?? ''));

function queryString(values: Record<string, unknown>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) continue;
    for (const one of Array.isArray(v) ? v : [v]) q.append(k, asText(one));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

describe('fuzzing every route from its contract', async () => {
  let env: TestEnv;
  /** A local Kolada (empty): the statistics routes ask it, never the internet. */
  let kolada: Awaited<ReturnType<typeof startFakeKolada>>;
  /** And a local SCB (no tables), for the same reason. */
  let scb: Awaited<ReturnType<typeof startFakeScb>>;
  let client: Client;
  let email: string;
  let ctx: Context;
  let tables: { name: string; versioned: boolean }[];
  let doc: Doc;

  const fingerprint = async () => {
    const parts = tables.map(
      (t) =>
        `select '${t.name}' as t, count(*)::bigint${t.versioned ? ' + coalesce(sum(version), 0)::bigint * 1000003' : ''} as n from "${t.name}"`,
    );
    const res = (await env.database.db.execute(sql.raw(parts.join(' union all ')))) as unknown as {
      rows: { t: string; n: string | number }[];
    };
    return Object.fromEntries(res.rows.map((r) => [r.t, String(r.n)]));
  };

  beforeAll(async () => {
    kolada = await startFakeKolada({ store: storeFromItems([], []) });
    scb = await startFakeScb({ tables: {} });
    env = await startTestEnv('pglite', {
      MAIL_RATE_LIMIT: '100000',
      RESPOND_RATE_LIMIT: '100000',
      KOLADA_BASE_URL: kolada.baseUrl,
      SCB_BASE_URL: scb.baseUrl,
    });
    const w = await world(env.database.db);
    email = w.admin.email;
    client = await new Client(env.app).login(email);
    doc = JSON.parse((await env.app.inject({ method: 'GET', url: '/api/openapi.json' })).body);
    // Real ids of records the administrator does not stand on, so requests find something.
    ctx = {
      components: doc.components?.schemas ?? {},
      ids: [w.county.id, w.other.id, w.orgB.id, w.orgX.id, w.member.person.id, w.memberB.user.id, w.reader.person.id],
    };
    const cols = (await env.database.db.execute(
      sql`select table_name, bool_or(column_name = 'version') as versioned from information_schema.columns
          where table_schema = 'public' group by table_name order by table_name`,
    )) as unknown as { rows: { table_name: string; versioned: boolean }[] };
    tables = cols.rows
      .filter((r) => !volatile.has(r.table_name) && !r.table_name.startsWith('__'))
      .map((r) => ({ name: r.table_name, versioned: r.versioned }));
  });
  afterAll(async () => {
    await env?.close();
    await kolada?.close();
    await scb?.close();
  });

  it('finds the routes in the OpenAPI document', () => {
    expect(operations(doc).length).toBeGreaterThan(100);
  });

  it('answers every generated request without a 5xx, refusals in the one shape, and no partial record', async () => {
    const failures: string[] = [];
    let known: Record<string, string> | null = null;
    for (const op of operations(doc)) {
      const arb = fc.record({
        params: fc.record(Object.fromEntries(op.params.map((p) => [p.name, fromSchema(p.schema, ctx)]))),
        query: fc.record(Object.fromEntries(op.query.map((p) => [p.name, fromSchema(p.schema, ctx)])), {
          requiredKeys: op.query.filter((p) => p.required).map((p) => p.name),
        }),
        body: op.body ? fromSchema(op.body, ctx) : fc.constant(undefined),
      });
      const run = await fc.check(
        fc.asyncProperty(arb, async ({ params, query, body }) => {
          const path = op.path.replace(/\{(\w+)\}/g, (_, name) =>
            rawSegment((params as Record<string, unknown>)[name]),
          );
          const url = path + queryString(query as Record<string, unknown>);
          const what = `${op.method.toUpperCase()} ${url} ${JSON.stringify(body)?.slice(0, 300)}`;
          // The database as it was before this request (recounted only after a change went through).
          if (mutating.has(op.method) && !known) known = await fingerprint();
          const before = mutating.has(op.method) ? known : null;
          const res = await client.request(op.method.toUpperCase() as 'GET', url, op.body ? body : undefined);
          // Reads may write too (a questionnaire's anonymous answers are mixed into its pool when read):
          // only a refused change leaves the count as it was.
          if (res.status < 400 || !mutating.has(op.method)) known = null;
          expect(res.status, `${what} → ${JSON.stringify(res.body).slice(0, 300)}`).toBeLessThan(500);
          if (res.status >= 400) {
            expect(res.body, what).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
            expect(Object.keys(res.body.error).sort(), what).toEqual(['code', 'details', 'message']);
            if (before) expect(await fingerprint(), `${what} left a record`).toEqual(before);
          }
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
      if (run.failed) failures.push(String((run.errorInstance as Error)?.message ?? run.errorInstance).slice(0, 1200));
      // Some generated requests may legitimately end the administrator's session (their own
      // account changed); sign in again so the remaining routes are fuzzed signed in.
      if (!(await client.get('/api/auth/session')).body?.user) client = await new Client(env.app).login(email);
    }
    expect(failures).toEqual([]);
  }, 240_000);
});
