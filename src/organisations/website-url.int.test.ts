import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestEnv, type TestEnv } from '../test/harness.js';
import { world } from '../test/factories.js';

/** Issue 11, item 8: only http(s) addresses are accepted where a page will make a link of them. */
describe('an organisation’s website', () => {
  let env: TestEnv;
  let c: Client;
  beforeAll(async () => {
    env = await startTestEnv('pglite');
    const w = await world(env.database.db);
    c = await new Client(env.app).login(w.coordinator.email);
  });
  afterAll(() => env?.close());

  it.each([
    'javascript:alert(document.cookie)',
    'JavaScript://kommun.se/%0aalert(1)',
    'data:text/html,<script>',
    'ftp://kommun.se',
    'vbscript:msgbox',
  ])('refuses %s with 400 naming the field', async (website) => {
    const res = await c.post('/api/organisations', { type: 'agency', name: `Verket ${website.length}`, website });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain('body.website');
  });

  it('keeps an https address, and clears it when sent empty', async () => {
    const made = await c.post('/api/organisations', {
      type: 'agency',
      name: 'Trafikverket',
      website: ' https://trafikverket.se ',
    });
    expect(made.status).toBe(201);
    expect(made.body.website).toBe('https://trafikverket.se');
    const bad = await c.patch(`/api/organisations/${made.body.id}`, {
      website: 'javascript:alert(1)',
      version: made.body.version,
    });
    expect(bad.status).toBe(400);
    const cleared = await c.patch(`/api/organisations/${made.body.id}`, { website: '', version: made.body.version });
    expect(cleared.status).toBe(200);
    expect(cleared.body.website).toBeNull();
  });
});
