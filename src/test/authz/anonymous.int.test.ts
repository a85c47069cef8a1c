import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEnv, type TestEnv } from '../harness.js';
import { world } from '../factories.js';
import { fromSchema, type Context, type JsonSchema } from '../fuzz/schema-arbitrary.js';

/**
 * The anonymous column of the authorisation matrix (issue 11, "keep it held"), generated from the
 * OpenAPI document: every route refuses a caller without a session with 401 — given a request its
 * contract accepts, so the refusal is the policy's and not the validator's — except the routes
 * listed here as public, each with what it is for. A new route is covered the moment it exists:
 * it must refuse anonymous callers or be added below with its reason.
 */
const publicRoutes: Record<string, string> = {
  'get /api/auth/session': 'tells the browser whether it is signed in and hands out the CSRF token',
  'post /api/auth/login': 'signing in',
  'post /api/auth/logout': 'signing out is harmless without a session',
  'post /api/auth/password-reset/request': 'asking for a reset link (answers the same for any address)',
  'post /api/auth/password-reset': 'setting a new password with the link from the mail',
  'get /public/notice-board/{organisationId}': 'the notice board (anslagstavla) is public by law',
  'get /public/notice-board/{organisationId}/feed.atom': 'the notice board as a feed',
  'get /public/notice-board/{organisationId}/protocols/{meetingId}.pdf': 'an announced protocol on the notice board',
};
/** Public routes reached by a secret in the path (a respondent's single-use link). */
const byLink = /^\/api\/respond\//;

type Doc = {
  paths: Record<string, Record<string, { requestBody?: any; parameters?: any[] }>>;
  components?: { schemas?: Record<string, JsonSchema> };
};

describe('the authorisation matrix: anonymous callers', () => {
  let env: TestEnv;
  let doc: Doc;
  let ctx: Context;
  beforeAll(async () => {
    env = await startTestEnv('pglite');
    const w = await world(env.database.db);
    doc = JSON.parse((await env.app.inject({ method: 'GET', url: '/api/openapi.json' })).body);
    ctx = { components: doc.components?.schemas ?? {}, ids: [w.county.id, w.orgA.id, w.member.person.id] };
  });
  afterAll(() => env?.close());

  it('refuses every route but the public ones with 401 auth.required', async () => {
    const csrf = 'c'.repeat(43);
    const wrong: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const key = `${method} ${path}`;
        const isPublic = key in publicRoutes || byLink.test(path);
        const params = (op.parameters ?? []).filter((p) => p.in === 'path');
        const query = (op.parameters ?? []).filter((p) => p.in === 'query' && p.required);
        const sample = (schema: JsonSchema) => fc.sample(fromSchema(schema, ctx, 0, 0), { numRuns: 1, seed: 7 })[0];
        const url =
          path.replace(/\{(\w+)\}/g, (_, name) =>
            encodeURIComponent(String(sample(params.find((p) => p.name === name)!.schema))),
          ) + (query.length ? `?${new URLSearchParams(query.map((p) => [p.name, String(sample(p.schema))]))}` : '');
        const body = op.requestBody?.content?.['application/json']?.schema;
        const res = await env.app.inject({
          method: method.toUpperCase() as 'GET',
          url,
          headers: {
            cookie: `samsyn_csrf=${csrf}`,
            'x-csrf-token': csrf,
            ...(body ? { 'content-type': 'application/json' } : {}),
          },
          ...(body ? { payload: JSON.stringify(sample(body)) } : {}),
        });
        const code = res.statusCode >= 400 ? JSON.parse(res.body).error?.code : null;
        if (isPublic) {
          if (res.statusCode === 401 && code === 'auth.required') wrong.push(`${key}: public, yet 401`);
        } else if (res.statusCode !== 401 || code !== 'auth.required') {
          wrong.push(`${key}: ${res.statusCode} ${code ?? res.body.slice(0, 120)} (url ${url.slice(0, 80)})`);
        }
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});
