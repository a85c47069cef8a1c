import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestEnv, type TestEnv } from '../harness.js';
import { world } from '../factories.js';

/**
 * The role columns of the authorisation matrix for the routes that take no record id (lists,
 * searches, overviews), generated from the OpenAPI document: every signed-in role may read them
 * — lists are filtered by the policy, not refused — except those listed here with who may.
 * A new such route is covered the moment it exists.
 */
const onlyFor: Record<string, string[]> = {
  'get /api/users': ['admin'],
  'get /api/admin/outbox': ['admin'],
  // The column mappings saved by those who upload figures: a tool for importing, not a list to read.
  'get /api/statistics/upload-mappings': ['coordinator', 'admin'],
};
const roles = ['reader', 'member', 'coordinator', 'admin'] as const;

type Doc = { paths: Record<string, Record<string, { parameters?: { in: string; required?: boolean }[] }>> };

describe('the authorisation matrix: routes without an id, by role', () => {
  let env: TestEnv;
  let doc: Doc;
  const clients: Partial<Record<(typeof roles)[number], Client>> = {};
  beforeAll(async () => {
    env = await startTestEnv('pglite');
    const w = await world(env.database.db);
    for (const role of roles) clients[role] = await new Client(env.app).login(w[role].email);
    doc = JSON.parse((await env.app.inject({ method: 'GET', url: '/api/openapi.json' })).body);
  });
  afterAll(() => env?.close());

  it('lets each role read what the policy allows and refuses the rest with 403', async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      const op = ops.get;
      if (!op || path.includes('{') || (op.parameters ?? []).some((p) => p.in === 'query' && p.required)) continue;
      if (path.startsWith('/api/auth/')) continue;
      const key = `get ${path}`;
      for (const role of roles) {
        const res = await clients[role]!.get(path);
        const allowed = !onlyFor[key] || onlyFor[key].includes(role);
        checked++;
        if (allowed ? res.status !== 200 : res.status !== 403 || res.body?.error?.code !== 'auth.forbidden') {
          wrong.push(`${role} ${key}: ${res.status} ${res.body?.error?.code ?? ''}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  }, 120_000);
});
